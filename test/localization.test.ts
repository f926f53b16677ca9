import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {$, $$, captureConsole, openDefinition, textOf, tipOf} from './helpers.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise


async function panelIn(lang: string) {
  const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang=${lang}></secondary-liver-info>`);
  await el.updateComplete;
  return el;
}

const EXPECTED = {
  cy: {title: 'Canser eilaidd yr iau', date: '24 Gorffennaf 2023', lastReviewed: 'Adolygwyd y ffynhonnell ddiwethaf', notice: "Nid yw clinigydd wedi gwirio'r cyfieithiad hwn, a gallai gynnwys camgymeriadau.", separator: ', ', editorial: 7, dir: 'ltr'},
  pl: {title: 'Przerzuty nowotworowe do wątroby', date: '24 lipca 2023', lastReviewed: 'Ostatnia weryfikacja źródła', notice: 'To tłumaczenie nie zostało sprawdzone przez personel medyczny i może zawierać błędy.', separator: ', ', editorial: 7, dir: 'ltr'},
  ar: {title: 'سرطان الكبد الثانوي', date: '', lastReviewed: 'آخر مراجعة للمصدر', notice: 'لم يراجع أيّ مختص في الرعاية الصحية هذه الترجمة، وقد تحتوي على أخطاء.', separator: '، ', editorial: 8, dir: 'rtl'},
  ur: {title: 'جگر کا ثانوی کینسر', date: '24 جولائی 2023', lastReviewed: 'ماخذ کا آخری جائزہ', notice: 'اس ترجمے کو کسی طبی ماہر نے چیک نہیں کیا، اور اس میں غلطیاں ہو سکتی ہیں۔', separator: '، ', editorial: 7, dir: 'rtl'},
  bn: {title: 'লিভারের সেকেন্ডারি ক্যান্সার', date: '২৪ জুলাই ২০২৩', lastReviewed: 'উৎসের সর্বশেষ পর্যালোচনা', notice: 'এই অনুবাদটি কোনো চিকিৎসা-পেশাজীবী যাচাই করেননি, তাই এতে ভুল থাকতে পারে।', separator: ', ', editorial: 7, dir: 'ltr'},
  pa: {title: 'ਜਿਗਰ ਦਾ ਸੈਕੰਡਰੀ ਕੈਂਸਰ', date: '24 ਜੁਲਾਈ 2023', lastReviewed: 'ਸਰੋਤ ਦੀ ਪਿਛਲੀ ਸਮੀਖਿਆ', notice: 'ਇਸ ਅਨੁਵਾਦ ਦੀ ਕਿਸੇ ਸਿਹਤ ਮਾਹਿਰ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਅਤੇ ਇਸ ਵਿੱਚ ਗ਼ਲਤੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।', separator: ', ', editorial: 7, dir: 'ltr'},
  ro: {title: 'Cancerul hepatic secundar', date: '24 iulie 2023', lastReviewed: 'Ultima revizuire a sursei', notice: 'Această traducere nu a fost verificată de un cadru medical și poate conține greșeli.', separator: ', ', editorial: 7, dir: 'ltr'},
} as const;

describe('localization', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  for (const [locale, expected] of Object.entries(EXPECTED)) {
    it(`renders the whole panel in ${locale}, UI strings included, with the unreviewed notice`, async () => {
      const el = await panelIn(locale);
      const root = $(el, '[part~="base"]');
      expect(root.getAttribute('lang')).to.equal(locale);
      expect(root.getAttribute('dir')).to.equal(expected.dir);
      expect(textOf($(el, '[part~="heading"]'))).to.equal(expected.title);
      expect($$(el, '[part~="section-which-cancers"] li')).to.have.length(7);
      expect($$(el, '[part~="section-symptoms"] li')).to.have.length(9);
      expect($$(el, '[part~="section-tests"] li')).to.have.length(6);
      expect($$(el, '[part~="references"] li')).to.have.length(4);
      expect(textOf($(el, '[part~="about"]'))).to.contain(expected.lastReviewed);
      expect(textOf($(el, '[part~="unreviewed-notice"]'))).to.contain(expected.notice);
      // Dates are in the bundle's language: Welsh month names even though Chromium has no Welsh date data.
      const lastReviewed = $<HTMLTimeElement>(el, 'time');
      expect(lastReviewed.dateTime).to.equal('2023-07-24');
      expect(textOf(lastReviewed)).to.equal(
        expected.date || new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2023, 6, 24))
      );
      // References stay in English and say so (WCAG 3.1.2).
      expect($$(el, '[part~="references"] li').every((li) => li.getAttribute('lang') === 'en')).to.equal(true);
      expect($$(el, '[part~="references"] li').every((li) => li.getAttribute('translate') === 'no')).to.equal(true);
      // The source page is named as published, in English, so no page in the reader's language is implied.
      const source = $(el, '[part~="about"] dd span[lang]');
      expect(source.getAttribute('lang')).to.equal('en');
      expect(source.getAttribute('translate')).to.equal('no');
      expect(textOf(source)).to.equal('Patient information page: What is secondary liver cancer?');
      // The editors' definitions are listed with the language's own separator, not a Latin comma.
      const editorial = textOf($(el, '[part~="editorial-definitions"]')).split(': ')[1]!;
      expect(editorial.split(expected.separator)).to.have.length(expected.editorial);
      if (expected.separator !== ', ') expect(editorial).not.to.contain(', ');
      await expect(el).to.be.accessible();
    });
  }

  for (const rtl of ['ar', 'ur']) {
    it(`mirrors the layout in ${rtl} through logical properties`, async () => {
      const el = await panelIn(rtl);
      const caveat = $(el, '[part~="caveat"]');
      const style = getComputedStyle(caveat);
      expect(style.borderRightWidth).to.not.equal('0px');
      expect(style.borderLeftWidth).to.equal('0px');
      const list = $(el, '[part~="section-symptoms"] ul');
      expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
      expect(getComputedStyle(list).paddingLeft).to.equal('0px');
    });
  }

  it('sets Urdu in Nastaliq with room between lines, in the panel and the definition pop-up, unless the host chooses a font', async () => {
    const el = await panelIn('ur');
    const root = $(el, '[part~="base"]');
    const family = getComputedStyle(root).fontFamily;
    expect(family).to.match(/^"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting"/);
    const lineHeight = (node: Element) => parseFloat(getComputedStyle(node).lineHeight) / parseFloat(getComputedStyle(node).fontSize);
    expect(lineHeight(root)).to.be.at.least(2);
    expect(lineHeight($(el, '[part~="heading"]'))).to.be.at.least(1.75);
    const term = $<GlossaryTerm>(el, 'glossary-term');
    await openDefinition(term);
    const tip = tipOf(term)!;
    expect(getComputedStyle(tip).fontFamily).to.equal(family);
    expect(lineHeight(tip)).to.be.at.least(2);
    // What is marked as English inside Urdu (the references, the source's name) is not set in
    // Nastaliq, whose Latin letters, digits and brackets are heavy and crowded.
    for (const english of [$(el, '[part~="references"] li[lang="en"]'), $(el, '[part~="about"] span[lang="en"]')]) {
      expect(getComputedStyle(english).fontFamily, english.localName).to.not.contain('Nastaliq');
      expect(lineHeight(english)).to.equal(1.5);
    }
    // Other languages keep the host's font and the ordinary line height.
    const ar = await panelIn('ar');
    expect(getComputedStyle($(ar, '[part~="base"]')).fontFamily).to.not.contain('Nastaliq');
    expect(lineHeight($(ar, '[part~="base"]'))).to.equal(1.5);
    el.style.setProperty('--sli-font-family', 'Host Urdu Font');
    expect(getComputedStyle(root).fontFamily).to.equal('"Host Urdu Font"');
  });

  it('shows no unreviewed notice for English or for a translation marked reviewed', async () => {
    const en = await panelIn('en-GB');
    expect(en.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.equal(null);
    const reviewed = cloneEnGB();
    reviewed.locale = 'cy';
    reviewed.meta.translation = {sourceLocale: 'en-GB', status: 'reviewed', reviewedBy: 'A clinical reviewer', reviewedOn: '2025-01-01'};
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info .bundle=${reviewed}></secondary-liver-info>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="unreviewed-notice"]')).to.equal(null);
    const unreviewed = {...reviewed, meta: {...reviewed.meta, translation: {sourceLocale: 'en-GB', status: 'unreviewed'}}};
    el.bundle = unreviewed;
    await el.updateComplete;
    // UI strings follow the bundle's language: the notice is in Welsh.
    expect(textOf($(el, '[part~="unreviewed-notice"]'))).to.contain("Nid yw clinigydd wedi gwirio'r cyfieithiad hwn, a gallai gynnwys camgymeriadau");
  });

  it('resolves the language: own lang, nearest ancestor, <html lang>, then en-GB, with BCP 47 fallback', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="pl-PL">
      <section lang="cy-GB"><symptom-list id="ancestor"></symptom-list></section>
      <symptom-list id="own" lang="ar-EG"></symptom-list>
      <symptom-list id="outer"></symptom-list>
    </div>`);
    const lists = [...host.querySelectorAll<SymptomList>('symptom-list')];
    await Promise.all(lists.map((l) => l.updateComplete));
    const langOf = (id: string) => $(host.querySelector(`#${id}`)!, '[part~="base"]').getAttribute('lang');
    expect(langOf('ancestor')).to.equal('cy');
    expect(langOf('own')).to.equal('ar');
    expect(langOf('outer')).to.equal('pl');

    document.documentElement.setAttribute('lang', 'de-DE');
    const unknown = await fixture<SymptomList>(html`<symptom-list></symptom-list>`);
    await unknown.updateComplete;
    expect($(unknown, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
    document.documentElement.removeAttribute('lang');
    const none = await fixture<SymptomList>(html`<symptom-list></symptom-list>`);
    await none.updateComplete;
    expect($(none, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
  });

  it('re-renders without a reload when <html lang> changes, standalone terms included', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info sections="symptoms"></secondary-liver-info>
      <p><glossary-term term="jaundice">jaundice</glossary-term></p>
    </div>`);
    const panel = host.querySelector('secondary-liver-info')!;
    const term = host.querySelector('glossary-term')! as GlossaryTerm;
    await panel.updateComplete;
    expect(textOf($(panel, '[part~="heading"]'))).to.equal('Secondary liver cancer');

    document.documentElement.setAttribute('lang', 'cy');
    await oneEvent(panel, 'sli-content-load');
    await panel.updateComplete;
    await term.updateComplete;
    expect(textOf($(panel, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
    expect(textOf($(panel, '[part~="about"]'))).to.contain('Adolygwyd y ffynhonnell ddiwethaf');
    await openDefinition(term);
    expect(textOf(tipOf(term))).to.contain('clefyd melyn');
    expect(tipOf(term)!.querySelector('[part~="close"]')!.getAttribute('aria-label')).to.equal('Cau');
    term.click();

    document.documentElement.setAttribute('lang', 'en-GB');
    await panel.updateComplete;
    expect(textOf($(panel, '[part~="heading"]'))).to.equal('Secondary liver cancer');
  });

  it("re-renders when the element's own lang changes", async () => {
    const el = await panelIn('en-GB');
    el.setAttribute('lang', 'pl');
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Przerzuty nowotworowe do wątroby');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
  });

  it('shows two languages side by side, each entirely in its own language', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <secondary-liver-info lang="cy" collapsible sections="symptoms"></secondary-liver-info>
      <secondary-liver-info lang="en-GB" collapsible sections="symptoms"></secondary-liver-info>
    </div>`);
    const [cy, en] = [...host.querySelectorAll('secondary-liver-info')];
    await cy!.updateComplete;
    await en!.updateComplete;
    expect(textOf($(cy!, '[part~="toggle-all"]'))).to.equal('Dangos pob adran');
    expect(textOf($(en!, '[part~="toggle-all"]'))).to.equal('Show all sections');
    expect(textOf($(cy!, '[part~="section-symptoms"] [part~="section-toggle"]'))).to.equal('Symptomau');
    expect(textOf($(en!, '[part~="section-symptoms"] [part~="section-toggle"]'))).to.equal('Symptoms');
    await expect(host).to.be.accessible();
  });

  it('places the toggletip against the start edge of the term in right-to-left text', async () => {
    const host = await fixture<HTMLElement>(html`<p lang="ar" dir="rtl" style="width: 30em">
      هذا نص <glossary-term term="ascites">الاستسقاء</glossary-term> للاختبار
    </p>`);
    const term = host.querySelector('glossary-term')! as GlossaryTerm;
    await term.updateComplete;
    const button = term;
    await openDefinition(term);
    const tip = tipOf(term)!;
    expect(tip.getAttribute('dir')).to.equal('rtl');
    const tipBox = tip.getBoundingClientRect();
    const termBox = button.getBoundingClientRect();
    expect(Math.abs(tipBox.right - termBox.right)).to.be.below(2);
    expect(tipBox.left).to.be.at.least(0);
    await expect(term).to.be.accessible();
    button.click();
  });

  it('falls back to en-GB, with a warning, for a lang that is not a language tag', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await panelIn('not a language!');
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('en-GB');
      expect(warnings.calls.some((w) => w.includes('"not a language!"') && w.includes('is not a language tag'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('does not show a translated bundle that fails validation: the built-in Welsh, with a Welsh notice, instead', async () => {
    const broken = cloneEnGB();
    broken.locale = 'cy';
    broken.meta.title = 'Teitl';
    broken.glossary.pop();
    const errors = captureConsole('error');
    try {
      const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" .bundle=${broken}></secondary-liver-info>`);
      await el.updateComplete;
      expect($(el, '[part~="base"]').getAttribute('lang')).to.equal('cy');
      expect(textOf($(el, '[part~="heading"]'))).to.equal('Canser eilaidd yr iau');
      expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain("Nid oedd modd dangos yr wybodaeth");
      expect(errors.calls[0]).to.contain('neuroendocrine-tumour');
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('marks a glossary term kept in English inside a translated bundle with its language (WCAG 3.1.2)', async () => {
    const bundle = cloneEnGB();
    bundle.locale = 'cy';
    bundle.meta.translation = {sourceLocale: 'en-GB', status: 'unreviewed'};
    bundle.glossary.find((entry: {id: string}) => entry.id === 'ascites').lang = 'en';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const term = el.shadowRoot!.querySelector<GlossaryTerm>('glossary-term[term="ascites"]')!;
    await openDefinition(term);
    const label = tipOf(term)!.querySelector('b')!;
    expect(label.getAttribute('lang')).to.equal('en');
    expect(tipOf(term)!.getAttribute('lang')).to.equal('cy');
    term.hide();
  });
});
