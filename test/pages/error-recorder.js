// Loaded first on test pages: records what a host would see go wrong (uncaught errors, unhandled
// rejections, console errors), for the browser suite to read.
window.__problems = [];
window.addEventListener('error', (event) => window.__problems.push(`uncaught: ${event.message || event.error}`));
window.addEventListener('unhandledrejection', (event) => window.__problems.push(`unhandled rejection: ${event.reason}`));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__problems.push(`console.error: ${args.join(' ')}`);
  consoleError(...args);
};
