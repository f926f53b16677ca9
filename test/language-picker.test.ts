import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {ContentLoadDetail} from '../src/events.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {$, $$, captureConsole, nextFrame, textOf} from './helpers.js';
import {expectTargetsLargeEnough} from './target-size.js';
import './fixtures/clocks.js'; // today is before the content's review date

/** Each built-in language as its speakers write it, and its review status in that language. */
const EXPECTED: Record<string, {name: string; status: string; dir: 'ltr' | 'rtl'}> = {
  'en-GB': {name: 'English', status: 'Original version', dir: 'ltr'},
  cy: {name: 'Cymraeg', status: 'Cyfieithiad heb ei wirio gan glinigydd eto', dir: 'ltr'},
  pl: {name: 'Polski', status: 'Tłumaczenie jeszcze niesprawdzone przez personel medyczny', dir: 'ltr'},
  ar: {name: 'العربية', status: 'ترجمة لم يراجعها مختص في الرعاية الصحية بعد', dir: 'rtl'},
  ro: {name: 'Română', status: 'Traducere neverificată încă de un cadru medical', dir: 'ltr'},
  ur: {name: 'اردو', status: 'اس ترجمے کو ابھی تک کسی طبی ماہر نے چیک نہیں کیا', dir: 'rtl'},
  bn: {name: 'বাংলা', status: 'অনুবাদটি এখনও কোনো চিকিৎসা-পেশাজীবী যাচাই করেননি', dir: 'ltr'},
  pa: {name: 'ਪੰਜਾਬੀ', status: 'ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਤੱਕ ਕਿਸੇ ਸਿਹਤ ਮਾਹਿਰ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ', dir: 'ltr'},
};

const list = (el: Element) => $<HTMLDetailsElement>(el, '[part~="languages"]');
const buttons = (el: Element) => $$<HTMLButtonElement>(el, '[part~="language"]');
const buttonFor = (el: Element, locale: string) => $<HTMLButtonElement>(el, `[part~="language"][lang="${locale}"]`);
const current = (el: Element) => $$<HTMLButtonElement>(el, '[part~="language"][aria-current="true"]').map((button) => button.lang);
const announcement = (el: Element) => $(el, '[part~="language-announcement"]');
const rootLang = (el: Element) => $(el, '[part~="base"]').getAttribute('lang');
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Tabs from the page into the element until `target` has the focus. */
async function tabTo(el: Element, target: Element) {
  for (let i = 0; i < 15 && focused(el) !== target; i++) await sendKeys({press: 'Tab'});
  expect(focused(el), 'reachable with the keyboard').to.equal(target);
}

/** Chooses `locale` with a click, and waits until that language is shown. */
async function choose(el: SecondaryLiverInfo, locale: string): Promise<ContentLoadDetail> {
  list(el).open = true;
  const loaded = oneEvent(el, 'sli-content-load');
  buttonFor(el, locale).click();
  const {detail} = (await loaded) as CustomEvent<ContentLoadDetail>;
  await el.updateComplete;
  return detail;
}

describe('the language list (`languages`)', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('is not there on a default panel, which never requests its file', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    expect(el.languages).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="languages"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="language"]')).to.equal(null);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('language-list'))).to.deep.equal([]);
  });

  it('lists every built-in language in its own name, with lang, direction and its review status in that language', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    const details = list(el);
    expect(details.localName).to.equal('details');
    expect(details.open, 'closed at first').to.equal(false);
    // After the title, before the notices and the sections.
    expect($(el, '.title').compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(details.compareDocumentPosition($(el, '[part~="section-symptoms"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf($(el, '[part~="languages-toggle"]'))).to.equal('Choose a language');
    expect(buttons(el).map((button) => button.lang)).to.deep.equal([...BUILT_IN_LOCALES]);
    expect(Object.keys(EXPECTED).sort()).to.deep.equal([...BUILT_IN_LOCALES].sort());
    for (const button of buttons(el)) {
      const expected = EXPECTED[button.lang]!;
      const [name, status] = [...button.querySelectorAll('span')];
      expect(button.type).to.equal('button');
      expect(button.value, 'the language it switches to, as hreflang would say').to.equal(button.lang);
      expect(textOf(name), button.lang).to.equal(expected.name);
      expect(name!.getAttribute('translate'), 'page translators leave names alone').to.equal('no');
      expect(name!.dir).to.equal(expected.dir);
      expect(textOf(status), button.lang).to.equal(expected.status);
      expect(status!.dir).to.equal(expected.dir);
      expect(getComputedStyle(name!).direction).to.equal(expected.dir);
    }
    expect(current(el)).to.deep.equal(['en-GB']);
    expect(buttonFor(el, 'en-GB').part.contains('current-language')).to.equal(true);
    expect(buttonFor(el, 'cy').hasAttribute('aria-current')).to.equal(false);
    expect(announcement(el).getAttribute('role')).to.equal('status');
    expect(textOf(announcement(el)), 'nothing said before a choice').to.equal('');
  });

  it('switches this panel only, with no reload: the focus stays on the button, sli-content-load fires and the change is announced', async function () {
    this.timeout(30_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="what-is-it symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    const summary = $(el, '[part~="languages-toggle"]');
    await tabTo(el, summary);
    await sendKeys({press: 'Enter'});
    expect(list(el).open).to.equal(true);
    const welsh = buttonFor(el, 'cy');
    await tabTo(el, welsh);
    const events: ContentLoadDetail[] = [];
    el.addEventListener('sli-content-load', (event) => events.push((event as CustomEvent<ContentLoadDetail>).detail));
    const loaded = oneEvent(el, 'sli-content-load');
    await sendKeys({press: 'Enter'});
    await loaded;
    await el.updateComplete;
    expect(events).to.deep.equal([{locale: 'cy', origin: 'built-in'}]);
    expect(rootLang(el)).to.equal('cy');
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
    expect(el.getAttribute('lang'), 'the host’s lang is left alone').to.equal(null);
    // The same button, still focused, now the current language.
    expect(buttonFor(el, 'cy')).to.equal(welsh);
    expect(focused(el)).to.equal(welsh);
    expect(welsh.getAttribute('aria-current')).to.equal('true');
    expect(current(el)).to.deep.equal(['cy']);
    expect(list(el).open, 'the list stays open').to.equal(true);
    // Said in the new language, in a live region inside the list.
    expect(textOf(announcement(el))).to.equal("Mae'r wybodaeth hon bellach yn cael ei dangos yn Gymraeg.");
    expect(textOf($(el, '[part~="languages-toggle"]'))).to.equal('Dewis iaith');
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode<{role: string; name: string; focused?: boolean}>(
      snapshot as never,
      (each) => each.role === 'button' && each.name.startsWith('Cymraeg') && !!each.focused
    );
    expect(node, 'the focused button, named by its language').to.not.equal(null);
    // Space works too, back to English (one step back with Shift+Tab).
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused(el)).to.equal(buttonFor(el, 'en-GB'));
    const back = oneEvent(el, 'sli-content-load');
    await sendKeys({press: 'Space'});
    expect(((await back) as CustomEvent<ContentLoadDetail>).detail.locale).to.equal('en-GB');
    await el.updateComplete;
    expect(rootLang(el)).to.equal('en-GB');
    expect(focused(el)).to.equal(buttonFor(el, 'en-GB'));
    expect(textOf(announcement(el))).to.equal('This information is now shown in English.');
  });

  it('is accessible open, in English and in Arabic (right to left), with targets of at least 24 by 24 pixels', async function () {
    this.timeout(30_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    list(el).open = true;
    await expect(el).to.be.accessible();
    await expectTargetsLargeEnough(el, 9);
    await choose(el, 'ar');
    expect(rootLang(el)).to.equal('ar');
    expect(getComputedStyle(list(el)).direction).to.equal('rtl');
    expect(textOf($(el, '[part~="languages-toggle"]'))).to.equal('اختر اللغة');
    expect(textOf(announcement(el))).to.equal('تُعرض هذه المعلومات الآن باللغة العربية.');
    // English in an Arabic list keeps its own direction.
    expect(getComputedStyle(buttonFor(el, 'en-GB').querySelector('span')!).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
    await expectTargetsLargeEnough(el, 9);
  });

  it('an Urdu panel sets Urdu in the list in Nastaliq with room between lines, and the other languages in neither', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="ur" languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    list(el).open = true;
    expect(textOf($(el, '[part~="languages-toggle"]'))).to.equal('زبان منتخب کریں');
    expect(current(el)).to.deep.equal(['ur']);
    const urdu = getComputedStyle(buttonFor(el, 'ur'));
    expect(urdu.fontFamily).to.contain('Noto Nastaliq Urdu');
    expect(parseFloat(urdu.lineHeight) / parseFloat(urdu.fontSize)).to.be.at.least(2);
    // Other scripts are not set in Nastaliq (Arabic in Naskh, as its readers expect), with the usual room between lines.
    expect(getComputedStyle(buttonFor(el, 'ar')).fontFamily).to.not.contain('Nastaliq');
    const bengali = getComputedStyle(buttonFor(el, 'bn'));
    expect(parseFloat(bengali.lineHeight) / parseFloat(bengali.fontSize)).to.be.closeTo(1.5, 0.01);
    await expect(el).to.be.accessible();
  });

  it('two panels on a page do not interfere', async function () {
    this.timeout(20_000);
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info languages sections="symptoms" label="First"></secondary-liver-info>
      <secondary-liver-info languages sections="symptoms" label="Second"></secondary-liver-info>
    </div>`);
    const [first, second] = [...host.children] as [SecondaryLiverInfo, SecondaryLiverInfo];
    await first.updateComplete;
    await second.updateComplete;
    let secondLoads = 0;
    second.addEventListener('sli-content-load', () => secondLoads++);
    expect((await choose(first, 'pl')).locale).to.equal('pl');
    await second.updateComplete;
    expect(rootLang(first)).to.equal('pl');
    expect(rootLang(second)).to.equal('en-GB');
    expect(current(first)).to.deep.equal(['pl']);
    expect(current(second)).to.deep.equal(['en-GB']);
    expect(textOf(announcement(second))).to.equal('');
    expect(secondLoads).to.equal(0);
  });

  it("lasts until the page asks for another language, which wins, and does not come back with the page's old language", async function () {
    this.timeout(20_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    await choose(el, 'pl');
    expect(rootLang(el)).to.equal('pl');
    let loaded = oneEvent(el, 'sli-content-load');
    document.documentElement.setAttribute('lang', 'cy');
    expect(((await loaded) as CustomEvent<ContentLoadDetail>).detail.locale).to.equal('cy');
    await el.updateComplete;
    expect(current(el)).to.deep.equal(['cy']);
    loaded = oneEvent(el, 'sli-content-load');
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(((await loaded) as CustomEvent<ContentLoadDetail>).detail.locale, 'not the Polish chosen over English before').to.equal('en-GB');
    await el.updateComplete;
    expect(rootLang(el)).to.equal('en-GB');
  });

  it('the element’s own lang changing is a newer request too', async function () {
    this.timeout(20_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    await choose(el, 'ro');
    expect(rootLang(el)).to.equal('ro');
    expect(el.getAttribute('lang')).to.equal('cy');
    el.setAttribute('lang', 'pl');
    await oneEvent(el, 'sli-content-load');
    await el.updateComplete;
    expect(rootLang(el)).to.equal('pl');
    expect(current(el)).to.deep.equal(['pl']);
  });

  it('choosing ends "Read in English"; choosing the translation it was made on just goes back to it', async function () {
    this.timeout(20_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    $(el, '[part~="switch-language"]').click();
    await el.updateComplete;
    expect(rootLang(el)).to.equal('en-GB');
    expect(current(el), 'the English shown is the current language').to.deep.equal(['en-GB']);
    list(el).open = true;
    buttonFor(el, 'cy').click();
    await el.updateComplete;
    expect(rootLang(el)).to.equal('cy');
    expect(textOf($(el, '[part~="unreviewed-notice"]'))).to.contain("Mae'r wybodaeth hon yn cael ei dangos yn Gymraeg eto.");
    expect(textOf(announcement(el)), 'the callout already says it').to.equal('');
    // From the English original, choosing English shows English in full: no notice about a translation.
    $(el, '[part~="switch-language"]').click();
    await el.updateComplete;
    buttonFor(el, 'en-GB').click();
    await oneEvent(el, 'sli-content-load');
    await el.updateComplete;
    expect(rootLang(el)).to.equal('en-GB');
    expect(el.shadowRoot!.querySelector('[part~="english-notice"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.equal(null);
    expect(textOf(announcement(el))).to.equal('This information is now shown in English.');
  });

  it('is not offered with a partner bundle, which is in one language, and says so once', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms" .bundle=${cloneEnGB()}></secondary-liver-info>`);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
      expect(el.shadowRoot!.querySelector('[part~="languages"]')).to.equal(null);
      expect(warnings.calls.filter((call) => call.includes('languages is ignored'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('reads "false" as off and coerces properties of other types, as the other boolean attributes do', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages="false" sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    expect(el.languages).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="languages"]')).to.equal(null);
    (el as unknown as {languages: unknown}).languages = 'true';
    await el.updateComplete;
    expect(el.languages).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~="languages"]')).to.not.equal(null);
    (el as unknown as {languages: unknown}).languages = 'FALSE';
    await el.updateComplete;
    expect(el.languages).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="languages"]')).to.equal(null);
    (el as unknown as {languages: unknown}).languages = 1;
    await el.updateComplete;
    expect(el.languages).to.equal(true);
    el.setAttribute('languages', 'false');
    await el.updateComplete;
    expect(el.languages).to.equal(false);
  });

  it('taking the list away takes the choice with it: the panel follows the page again', async function () {
    this.timeout(20_000);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    await choose(el, 'pl');
    const loaded = oneEvent(el, 'sli-content-load');
    el.languages = false;
    expect(((await loaded) as CustomEvent<ContentLoadDetail>).detail.locale).to.equal('en-GB');
    await el.updateComplete;
    expect(rootLang(el)).to.equal('en-GB');
  });

  it('marks the current language without colour alone (a thicker edge, a bold name), and is hidden in print', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    list(el).open = true;
    const width = (locale: string) => parseFloat(getComputedStyle(buttonFor(el, locale)).borderInlineStartWidth);
    expect(width('en-GB')).to.be.greaterThan(width('cy') * 2);
    expect(getComputedStyle(buttonFor(el, 'en-GB').querySelector('span')!).fontWeight).to.equal('700');
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(list(el)).display).to.equal('none');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('in light-DOM mode, the list is in the page and styled there', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info light-dom languages sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    const details = el.querySelector<HTMLDetailsElement>('[part~="languages"]')!;
    expect(details).to.not.equal(null);
    details.open = true;
    await nextFrame();
    const english = el.querySelector<HTMLButtonElement>('[part~="language"][lang="en-GB"]')!;
    expect(getComputedStyle(english).display).to.equal('flex');
    expect(english.getAttribute('aria-current')).to.equal('true');
  });
});
