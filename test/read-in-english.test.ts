import {expect, fixture, html} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {$, textOf} from './helpers.js';
import './fixtures/clocks.js'; // today is before the content's review date

const WELSH = {
  readInEnglish: 'Darllen yn Saesneg',
  readInWelsh: 'Darllen yn Gymraeg',
  shownInEnglish: "Mae'r wybodaeth hon bellach yn cael ei dangos yn Saesneg, fel yn y gwreiddiol.",
  shownInWelsh: "Mae'r wybodaeth hon yn cael ei dangos yn Gymraeg eto.",
  notice: "Nid yw clinigydd wedi gwirio'r cyfieithiad hwn, a gallai gynnwys camgymeriadau.",
};

const button = (el: Element) => $<HTMLButtonElement>(el, '[part~="switch-language"]');
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Tabs from the page into the element until its switch has the focus. */
async function tabTo(el: SecondaryLiverInfo | SymptomList) {
  const target = button(el);
  for (let i = 0; i < 5 && focused(el) !== target; i++) await sendKeys({press: 'Tab'});
  expect(focused(el), 'reachable with the keyboard').to.equal(target);
}

describe('"Read in English" in the translation notice', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('is not offered on the default (English) panel, which has no translation notice', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="switch-language"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.equal(null);
  });

  it('switches a Welsh panel to English and back with the keyboard; focus stays on the button, and each change is announced in Welsh', async function () {
    this.timeout(30_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" sections="what-is-it symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    const root = $(el, '[part~="base"]');
    const callout = $(el, '[part~="callout"]');
    expect(textOf($(el, '[part~="unreviewed-notice"]'))).to.contain(WELSH.notice);
    const control = button(el);
    expect(control.type).to.equal('button');
    expect(textOf(control)).to.equal(WELSH.readInEnglish);
    expect(callout.contains(control), 'inside the notice').to.equal(true);
    await tabTo(el);

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(root.getAttribute('lang')).to.equal('en-GB');
    expect(root.getAttribute('dir')).to.equal('ltr');
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
    expect(textOf($(el, '[part~="section-symptoms"] li'))).to.equal('feeling generally unwell');
    expect(el.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.equal(null);
    // Said in the reader's language, in the live region, marked as Welsh inside the English panel.
    const english = $(el, '[part~="english-notice"]');
    expect(english.getAttribute('lang')).to.equal('cy');
    expect(textOf(english)).to.contain(WELSH.shownInEnglish);
    expect(callout.getAttribute('role')).to.equal('status');
    expect(callout.contains(english)).to.equal(true);
    // The same button, still focused, now offering the way back.
    expect(button(el)).to.equal(control);
    expect(focused(el)).to.equal(control);
    expect(textOf(control)).to.equal(WELSH.readInWelsh);
    const snapshot = await a11ySnapshot({});
    expect(findAccessibilityNode<{role: string; name: string; focused?: boolean}>(snapshot as never, (node) => node.name === WELSH.readInWelsh && node.role === 'button' && !!node.focused)).to.not.equal(null);
    await expect(el).to.be.accessible();

    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(root.getAttribute('lang')).to.equal('cy');
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
    const notice = textOf($(el, '[part~="unreviewed-notice"]'));
    expect(notice).to.contain(WELSH.shownInWelsh).and.contain(WELSH.notice);
    expect(button(el)).to.equal(control);
    expect(focused(el)).to.equal(control);
    expect(textOf(control)).to.equal(WELSH.readInEnglish);
    await expect(el).to.be.accessible();
  });

  it('in Arabic, the English panel is left to right while the notice about it stays Arabic and right to left', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="ar" sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    expect(textOf(button(el))).to.equal('اقرأ باللغة الإنجليزية');
    button(el).click();
    await el.updateComplete;
    const root = $(el, '[part~="base"]');
    expect(root.getAttribute('dir')).to.equal('ltr');
    const notice = $(el, '[part~="english-notice"]');
    expect(notice.getAttribute('lang')).to.equal('ar');
    expect(notice.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(notice).direction).to.equal('rtl');
    expect(textOf(button(el))).to.equal('اقرأ باللغة العربية');
    await expect(el).to.be.accessible();
  });

  it('works the same in <symptom-list>, and changes only that element', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="pl">
      <symptom-list></symptom-list>
      <secondary-liver-info sections="symptoms"></secondary-liver-info>
    </div>`);
    const [list, panel] = [...host.children] as [SymptomList, SecondaryLiverInfo];
    await list.updateComplete;
    await panel.updateComplete;
    expect(textOf(button(list))).to.equal('Czytaj po angielsku');
    button(list).click();
    await list.updateComplete;
    expect($(list, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
    expect(textOf($(list, '[part~="heading"]'))).to.equal('Symptoms');
    expect(textOf(button(list))).to.equal('Czytaj po polsku');
    expect($(panel, '[part~="base"]').getAttribute('lang'), 'the other element keeps its language').to.equal('pl');
    await expect(list).to.be.accessible();
  });

  it('ends when the element is given another language: the new translation is shown, with its own notice', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" sections="treatment"></secondary-liver-info>`);
    await el.updateComplete;
    button(el).click();
    await el.updateComplete;
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
    el.setAttribute('lang', 'pl');
    await el.updateComplete;
    expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('pl');
    expect(textOf(button(el))).to.equal('Czytaj po angielsku');
    expect(textOf($(el, '[part~="unreviewed-notice"]'))).to.not.contain('znowu');
  });
});
