import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {loadFrame} from './page-frame.js';
import {openDefinition, tipOf} from './helpers.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

const PAGES = ['index', 'hospital', 'charity', 'portal', 'theming', 'broken-src'];
const LOCALES = BUILT_IN_LOCALES;

/** All widget elements on a page have rendered their content. */
const settled = (win: Window) => {
  const widgets = [...win.document.querySelectorAll('secondary-liver-info, symptom-list')];
  return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'));
};

/** The focused element, looking inside shadow roots. */
const deepActive = (): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('demo pages at 320 px', () => {
  for (const page of PAGES) {
    it(`${page}.html has no horizontal overflow in any locale`, async () => {
      for (const locale of LOCALES) {
        const frame = await loadFrame(`/demo/${page}.html?lang=${locale}`, settled, 8000);
        frame.style.width = '320px';
        await new Promise((r) => setTimeout(r, 50));
        const doc = frame.contentDocument!;
        expect(doc.documentElement.scrollWidth, `${page} ${locale}`).to.be.at.most(doc.documentElement.clientWidth);
        frame.remove();
      }
    });
  }

  it('the language toggle given a language with no bundle falls back to English with a notice', async () => {
    const frame = await loadFrame('/demo/portal.html', settled);
    const doc = frame.contentDocument!;
    (doc.querySelector('[data-set-lang="fr"]') as HTMLButtonElement).click();
    const panel = doc.querySelector('secondary-liver-info')!;
    await (panel as any).updateComplete;
    expect(doc.documentElement.lang).to.equal('fr');
    expect(panel.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en-GB');
    expect(panel.shadowRoot!.querySelector('[part~="language-notice"]')!.textContent).to.contain('not available in the language of this page').and.contain('ask your doctor or nurse');
    frame.remove();
  });

  it('the broken-src page shows what a partner sees: English, a notice and the error event', async () => {
    const frame = await loadFrame('/demo/broken-src.html', (win) => !!win.document.querySelector('#event-log li'));
    const doc = frame.contentDocument!;
    const panel = doc.querySelector('secondary-liver-info')!;
    expect(panel.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.not.equal(null);
    expect(doc.querySelector('#event-log')!.textContent).to.contain('sli-content-error').and.contain('http-status');
    frame.remove();
  });
});

describe('focus and toggletips, in the test page', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('shows a visible focus indicator on every interactive control', async () => {
    await fixture(html`<div>
      <button id="start">start</button>
      <secondary-liver-info collapsible sections="symptoms tests"></secondary-liver-info>
      <p>A build up of <glossary-term term="ascites">fluid</glossary-term>.</p>
    </div>`);
    document.querySelector<HTMLButtonElement>('#start')!.focus();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await sendKeys({press: 'Tab'});
      const active = deepActive();
      if (!active || active === document.body) break;
      const style = getComputedStyle(active);
      const label = `${active.localName}[part=${active.getAttribute('part')}]`;
      seen.push(label);
      expect(style.outlineStyle, label).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), label).to.be.at.least(2);
    }
    // Toggle-all, every section toggle and every glossary term were reached.
    expect(seen.filter((s) => s.includes('toggle-all'))).to.have.length(1);
    expect(seen.filter((s) => s.includes('section-toggle'))).to.have.length(2);
    expect(seen.filter((s) => s.includes('term')).length).to.be.at.least(1);
  });

  it('keeps every glossary toggletip inside the viewport at 320 px, in both directions', async () => {
    await setViewport({width: 320, height: 640});
    for (const lang of ['en-GB', 'ar']) {
      const el = await fixture<HTMLElement>(html`<secondary-liver-info lang=${lang}></secondary-liver-info>`);
      await (el as any).updateComplete;
      const terms = [...el.shadowRoot!.querySelectorAll<GlossaryTerm>('glossary-term')];
      expect(terms.length).to.be.greaterThan(10);
      for (const term of terms) {
        term.scrollIntoView({block: 'center'});
        await openDefinition(term);
        const box = tipOf(term)!.getBoundingClientRect();
        expect(box.left, `${lang} ${term.term}`).to.be.at.least(0);
        expect(box.right, `${lang} ${term.term}`).to.be.at.most(320);
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(640);
        term.hide();
      }
    }
  });
});
