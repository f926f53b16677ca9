// The portal's own language toggle: it only changes <html lang> (and dir); the widgets follow.
const RTL = new Set(['ar']);
for (const button of document.querySelectorAll('[data-set-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.setLang;
    document.documentElement.lang = lang;
    document.documentElement.dir = RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
    for (const other of document.querySelectorAll('[data-set-lang]')) other.setAttribute('aria-pressed', String(other === button));
  });
}
