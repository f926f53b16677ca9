import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {builtInEnGB} from './fixtures/bundles.js';

// The rich snippet made with `snippet --light-dom --structured-data` (build/snippets/light-en-GB.html).
type Run = string | {text?: string; em?: string};
const plain = (runs: readonly Run[]) => runs.map((run) => (typeof run === 'string' ? run : run.text ?? run.em)).join('');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const s = builtInEnGB.sections;
const FACTS = [
  ...s['what-is-it'].body.map(plain),
  ...s.symptoms.items.map((item) => plain(item.text)),
  ...s.tests.items.map((item) => plain(item.text)),
  plain(s.treatment.curative),
  ...s.outlook.body.map(plain),
].map(squash);

async function readability(win: Window) {
  const script = await (await fetch('/node_modules/@mozilla/readability/Readability.js')).text();
  // Evaluated here, run on the frame's cloned document, as Firefox's reader does.
  const Readability = new Function(`${script}; return Readability;`)();
  return new Readability(win.document.cloneNode(true)).parse();
}

describe('light-DOM rich snippet (snippet --light-dom)', () => {
  it('without JavaScript: every fact is in the page once, Reader View reads it, and the host list is untouched', async () => {
    const frame = await loadFrame('/__test__/light-snippet?js=0', (win) => !!win.document.querySelector('secondary-liver-info li'));
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const panel = doc.querySelector('secondary-liver-info')!;
    expect(panel.shadowRoot).to.equal(null);
    const text = squash(doc.body.innerText);
    for (const fact of FACTS.filter((f) => f.length > 40)) expect(text.split(fact).length - 1, fact).to.equal(1);
    const article = await readability(win);
    for (const fact of FACTS) expect(squash(article.textContent), fact).to.contain(fact);
    expect(win.getComputedStyle(doc.getElementById('host-list')!).boxSizing).to.equal('content-box');
    const heading = panel.querySelector('[part~="heading"]')!;
    expect(parseFloat(win.getComputedStyle(heading).fontSize)).to.be.greaterThan(parseFloat(win.getComputedStyle(panel.querySelector('li')!).fontSize));
    expect(JSON.parse(panel.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('MedicalWebPage');
    frame.remove();
  });

  it('with the script: taken over in place, content once, one JSON-LD block', async () => {
    const frame = await loadFrame('/__test__/light-snippet?js=1', (win) => {
      const panel = win.document.querySelector('secondary-liver-info') as (Element & {updateComplete?: unknown}) | null;
      return !!panel && win.customElements.get('secondary-liver-info') !== undefined && !!panel.querySelector('[part~="base"]') && !panel.querySelector('#sli-en-gb-what-is-it-which-cancers-symptoms-tests-treatment-outlook-title');
    }, 8000);
    const doc = frame.contentDocument!;
    const panel = doc.querySelector('secondary-liver-info') as Element & {updateComplete: Promise<unknown>};
    await panel.updateComplete;
    expect(panel.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(panel.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    const text = squash(doc.body.innerText);
    for (const fact of FACTS.filter((f) => f.length > 40)) expect(text.split(fact).length - 1, fact).to.equal(1);
    frame.remove();
  });

  it('follows a section link once the script has taken it over (#sli-tests)', async () => {
    const frame = await loadFrame('/__test__/light-snippet?js=1#sli-tests', (win) => {
      const active = win.document.activeElement;
      return !!active && active.matches('[part~="heading"]');
    }, 8000);
    const active = frame.contentDocument!.activeElement!;
    expect(active.textContent!.trim()).to.equal(s.tests.heading);
    expect(active.closest('[part~="section-tests"]')).to.not.equal(null);
    frame.remove();
  });
});
