import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {expectTargetsLargeEnough} from './target-size.js';
import {textOf} from './helpers.js';

type Clipboard = {writeText(text: string): Promise<void>} | undefined;

/** Runs `body` with `navigator.clipboard` replaced, then puts the browser's own back. */
async function withClipboard(clipboard: Clipboard, body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', {value: clipboard, configurable: true});
  try {
    await body();
  } finally {
    delete (navigator as {clipboard?: unknown}).clipboard;
  }
}

const inside = (el: SecondaryLiverInfo) => el.renderRoot as ParentNode;
const buttons = (el: SecondaryLiverInfo) => [...inside(el).querySelectorAll<HTMLButtonElement>('[part~="copy-link"]')];
const settle = async (el: SecondaryLiverInfo) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('section-links: "Copy link" after each section heading', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('is off by default', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    expect(buttons(el)).to.have.length(0);
  });

  for (const light of [false, true]) {
    it(`${light ? 'light-dom' : 'shadow DOM'}: copies the section's link, and says so in a live region`, async () => {
      const copied: string[] = [];
      await withClipboard({writeText: async (text) => void copied.push(text)}, async () => {
        const el = await fixture<SecondaryLiverInfo>(
          light
            ? html`<secondary-liver-info light-dom section-links collapsible sections="symptoms outlook"></secondary-liver-info>`
            : html`<secondary-liver-info section-links id="faq" sections="symptoms outlook"></secondary-liver-info>`
        );
        const [symptoms, outlook] = buttons(el);
        expect(buttons(el)).to.have.length(2);
        // Named with its section (label in name: the visible text comes first).
        expect(textOf(symptoms)).to.equal('Copy link (Symptoms)');
        expect(textOf(outlook)).to.equal('Copy link (Outlook)');
        expect(symptoms!.getBoundingClientRect().height).to.be.at.least(24);
        // The section's name is for screen readers: visually it says "Copy link".
        expect(symptoms!.getBoundingClientRect().width).to.be.below(120);
        const status = symptoms!.parentElement!.querySelector('[role="status"]')!;
        expect(textOf(status)).to.equal('');
        outlook!.click();
        await settle(el);
        expect(copied).to.deep.equal([new URL(light ? '#sli-outlook' : '#faq-outlook', location.href).href]);
        expect(textOf(outlook!.parentElement!.querySelector('[role="status"]'))).to.equal('Link copied');
        expect(textOf(status), 'only beside the button pressed').to.equal('');
        // Another press moves the message.
        symptoms!.click();
        await settle(el);
        expect(textOf(status)).to.equal('Link copied');
        expect(textOf(outlook!.parentElement!.querySelector('[role="status"]'))).to.equal('');
        await expect(el).to.be.accessible();
        await expectTargetsLargeEnough(el, 2);
        // Not on paper.
        await emulateMedia({media: 'print'});
        expect(symptoms!.getBoundingClientRect().height).to.equal(0);
      });
    });
  }

  for (const [name, clipboard] of [
    ['refused (permission or an iframe without clipboard-write)', {writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))}],
    ['missing (not a secure context)', undefined],
  ] as const) {
    it(`clipboard ${name}: shows the link, selected, to copy by hand`, async () => {
      await withClipboard(clipboard, async () => {
        const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info section-links sections="tests"></secondary-liver-info>`);
        const [button] = buttons(el);
        button!.click();
        await settle(el);
        const field = inside(el).querySelector<HTMLInputElement>('[part~="copy-fallback"] input')!;
        expect(field.value).to.equal(new URL('#sli-tests', location.href).href);
        expect(field.readOnly).to.equal(true);
        expect(textOf(field.closest('label'))).to.equal('Copy this link:');
        expect(el.shadowRoot!.activeElement).to.equal(field);
        expect(field.selectionStart).to.equal(0);
        expect(field.selectionEnd).to.equal(field.value.length);
        expect(field.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(textOf(button!.parentElement!.querySelector('[role="status"]'))).to.equal('');
        await expect(el).to.be.accessible();
      });
    });
  }

  it('is translated and right to left in Arabic, and in every language has its own words', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info section-links lang="ar" sections="symptoms"></secondary-liver-info>`);
    const [button] = buttons(el);
    expect(textOf(button).startsWith('نسخ الرابط')).to.equal(true);
    const row = button!.parentElement!;
    expect(getComputedStyle(row).direction).to.equal('rtl');
    // Right to left: the button starts at the right edge of its row.
    expect(Math.abs(button!.getBoundingClientRect().right - row.getBoundingClientRect().right)).to.be.below(1);
    await expect(el).to.be.accessible();
    const words = new Set<string>();
    for (const lang of ['en-GB', 'ar', 'bn', 'cy', 'pa', 'pl', 'ro', 'ur']) {
      const panel = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info section-links lang=${lang} sections="symptoms"></secondary-liver-info>`);
      words.add(textOf(buttons(panel)[0]!).replace(/\s*\(.*$/, ''));
    }
    expect(words.size, [...words].join(' | ')).to.equal(8);
  });
});
