// Shows the widget's events on the page, as a host's analytics or error reporting would see them.
const log = document.querySelector('#event-log');
if (log) {
  for (const type of ['sli-content-error', 'sli-content-load', 'sli-section-toggle', 'sli-glossary-open', 'sli-glossary-close']) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      item.textContent = `${type} ${JSON.stringify({...event.detail, problems: undefined})}`;
      log.append(item);
    });
  }
}
