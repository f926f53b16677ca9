import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {AFTER_DUE, onDay} from './fixtures/clocks.js';
import {$, $$} from './helpers.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/** The host pages users have: light, dark, and an NHS-style tinted page with its own font. */
const HOSTS = {
  light: 'background: #ffffff; color: #212b32;',
  dark: 'background: #121212; color: #f0f0f0;',
  'NHS-style tinted': 'background: #f0f4f5; color: #212b32; font-family: Arial, sans-serif; font-size: 19px;',
};

describe('looks at home on the host page', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level ${level}: headings are sized by role, never smaller than the body text`, async () => {
      const el = await fixture<SecondaryLiverInfo>(
        html`<secondary-liver-info heading-level=${level} sections="what-is-it symptoms"></secondary-liver-info>`
      );
      const body = px($(el, '[part~="section-symptoms"] p'));
      const [title, section] = $$(el, '[part~="heading"]').map(px);
      const sub = px($(el, '[part~="about"] [part~="heading"]:not(:first-child), #references-heading'));
      expect(title).to.be.greaterThan(section!);
      expect(section).to.be.greaterThan(sub);
      expect(sub).to.be.at.least(body);
      expect(px($(el, 'figcaption'))).to.be.at.least(0.875 * body - 0.01);
    });
  }

  it('the symptom list heading is a section heading at any level', async () => {
    for (const level of [2, 6]) {
      const el = await fixture(html`<symptom-list heading-level=${level}></symptom-list>`);
      expect(px($(el, '[part~="heading"]'))).to.be.greaterThan(px($(el, 'li')));
    }
  });

  it('is transparent and takes the host\'s text colour and font by default; a card is one ::part rule', async () => {
    const host = await fixture<HTMLElement>(html`<div style="background: #f0f4f5; color: rgb(33, 43, 50); font-family: Arial, sans-serif">
      <secondary-liver-info sections="symptoms"></secondary-liver-info>
    </div>`);
    const base = $(host.querySelector('secondary-liver-info')!, '[part~="base"]');
    const style = getComputedStyle(base);
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.color).to.equal('rgb(33, 43, 50)');
    expect(style.fontFamily).to.contain('Arial');
    expect(style.borderTopStyle).to.equal('none');
  });

  for (const [name, css] of Object.entries(HOSTS)) {
    it(`stays legible and accessible on a ${name} page, with the callout, a definition and every section`, () => onDay(AFTER_DUE, async () => {
      const host = await fixture<HTMLElement>(html`<div style=${css}>
        <secondary-liver-info collapsible></secondary-liver-info>
        <symptom-list lang="cy"></symptom-list>
      </div>`);
      const panel = host.querySelector<SecondaryLiverInfo>('secondary-liver-info')!;
      await panel.updateComplete;
      $<HTMLButtonElement>(panel, '[part~="toggle-all"]').click();
      await panel.updateComplete;
      await expect(host).to.be.accessible();
    }));
  }

  describe('at 320 px', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    for (const locale of BUILT_IN_LOCALES) {
      it(`${locale}: a glossary term never breaks from the brackets and stops beside it`, async () => {
        const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang=${locale}></secondary-liver-info>`);
        await el.updateComplete;
        const lineOf = (node: Node, from: number, to: number) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, to);
          return range.getClientRects()[0]!;
        };
        // The nearest text beside a node, past Lit's comment markers.
        const textBeside = (node: Node, next: boolean): Node | null => {
          let sibling = next ? node.nextSibling : node.previousSibling;
          while (sibling && (sibling.nodeType === Node.COMMENT_NODE || (sibling.nodeType === Node.TEXT_NODE && sibling.textContent === '')))
            sibling = next ? sibling.nextSibling : sibling.previousSibling;
          return sibling;
        };
        let checked = 0;
        for (const term of $$(el, 'glossary-term')) {
          const rects = term.getClientRects();
          const before = textBeside(term, false);
          const after = textBeside(term, true);
          if (before?.nodeType === Node.TEXT_NODE && /[([«“]$/.test(before.textContent!)) {
            const length = before.textContent!.length;
            const bracket = lineOf(before, length - 1, length);
            expect(Math.abs(bracket.top - rects[0]!.top), `"(" before ${term.textContent} is on its line`).to.be.below(4);
            checked++;
          }
          if (after?.nodeType === Node.TEXT_NODE && /^[)\].,»”]/.test(after.textContent!)) {
            const closing = lineOf(after, 0, 1);
            expect(Math.abs(closing.top - rects[rects.length - 1]!.top), `"${after.textContent![0]}" after ${term.textContent} is on its line`).to.be.below(4);
            checked++;
          }
        }
        expect(checked, 'terms with brackets or stops beside them').to.be.greaterThan(5);
      });
    }
  });
});
