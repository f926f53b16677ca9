// Records the widget's content errors and console errors on a page whose CSP refuses its policy.
window.__contentErrors = [];
document.addEventListener('sli-content-error', (event) => window.__contentErrors.push([event.target.localName, event.detail.reason]));
window.__consoleErrors = [];
const error = console.error.bind(console);
console.error = (...args) => {
  window.__consoleErrors.push(args.join(' '));
  error(...args);
};
