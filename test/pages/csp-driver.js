// Exercises everything that could trip a strict CSP or Trusted Types: rendering, a toggletip
// (popover, CSSOM positioning), disclosures, a lazily loaded locale and the lazily loaded validator.
const until = async (check, what) => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

try {
  await customElements.whenDefined('secondary-liver-info');
  const panel = document.querySelector('secondary-liver-info');
  await until(() => panel.shadowRoot?.querySelector('li'), 'the panel');
  const term = panel.shadowRoot.querySelector('glossary-term');
  // A term has no shadow root: it is clicked itself, and its definition opens in the panel's one shared pop-up.
  const definition = () => panel.shadowRoot.querySelector('sli-glossary-popup')?.shadowRoot.querySelector('[part~="toggletip"] [role="status"]');
  term.click();
  await until(() => definition()?.textContent.trim(), 'the definition');
  panel.shadowRoot.querySelector('[part~="toggle-all"]')?.click();
  const welsh = document.querySelector('symptom-list');
  welsh.setAttribute('lang', 'cy');
  await until(() => welsh.shadowRoot?.querySelector('h2')?.textContent === 'Symptomau', 'Welsh');
  const validated = document.querySelector('#validated');
  validated.bundle = {not: 'a bundle'};
  await until(() => validated.shadowRoot?.querySelector('[part~="fallback-notice"]'), 'the validator');
  // The illustration's drawing is a lazy file: it must arrive (it once failed under ?ver=).
  if (panel.getAttribute('sections')?.includes('what-is-it')) await until(() => panel.shadowRoot.querySelector('figure svg'), 'the drawing');
  // Structured data: a JSON-LD block added under require-trusted-types-for 'script' (no sink used).
  const wantsJsonLd = panel.hasAttribute('structured-data');
  if (wantsJsonLd) await until(() => panel.querySelector('script[type="application/ld+json"]'), 'the structured data');
  window.__rendered = {
    structuredData: wantsJsonLd ? JSON.parse(panel.querySelector('script[type="application/ld+json"]').textContent)['@type'] : undefined,
    drawing: !!panel.shadowRoot.querySelector('figure svg'),
    litCopies: (window.litHtmlVersions ?? []).length,
    panelItems: panel.shadowRoot.querySelectorAll('[part~="section-symptoms"] li').length,
    definition: definition().textContent.trim(),
    welsh: welsh.shadowRoot.querySelector('h2').textContent,
  };
} catch (error) {
  window.__errors.push(`driver: ${error}`);
}
window.__done = true;
