// The portal's own language toggle: it changes <html lang> (and dir) and nothing else; the
// widgets follow. `?lang=cy` in the address does the same on load (used by the screenshots).
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

function setPageLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  }
}

for (const button of document.querySelectorAll('[data-set-lang]')) {
  button.addEventListener('click', () => setPageLanguage(button.dataset.setLang));
}
const requested = new URLSearchParams(location.search).get('lang');
if (requested) setPageLanguage(requested);
