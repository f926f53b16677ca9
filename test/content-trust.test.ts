import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import {partnerWarnings} from '../src/bundle/partner-warnings.js';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {plainHtml} from '../src/static/plain-html.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {AFTER_DUE, BEFORE_DUE, onDay} from './fixtures/clocks.js';
import {$, $$, definitionOf, openDefinition, textOf, tipOf} from './helpers.js';

/** What each language says, as the reader sees it. */
const LOCALES = {
  'en-GB': {important: 'Important', overdue: 'Ask your doctor or nurse', unreviewed: null},
  // The risk a reader must hear is a wrong translation, not only an unclear one.
  cy: {important: 'Pwysig', overdue: "Gofynnwch i'ch meddyg neu'ch nyrs", unreviewed: "Nid yw clinigydd wedi gwirio'r cyfieithiad hwn, a gallai gynnwys camgymeriadau."},
  pl: {important: 'Ważne', overdue: 'zapytaj lekarza lub pielęgniarkę', unreviewed: 'To tłumaczenie nie zostało sprawdzone przez personel medyczny i może zawierać błędy.'},
  ar: {important: 'مهم', overdue: 'اسأل طبيبك أو فريق التمريض', unreviewed: 'لم يراجع أيّ مختص في الرعاية الصحية هذه الترجمة، وقد تحتوي على أخطاء.'},
  ur: {important: 'اہم', overdue: 'اپنے ڈاکٹر یا نرس سے پوچھیں', unreviewed: 'اس ترجمے کو کسی طبی ماہر نے چیک نہیں کیا، اور اس میں غلطیاں ہو سکتی ہیں۔'},
  bn: {important: 'গুরুত্বপূর্ণ', overdue: 'আপনার ডাক্তার বা নার্সকে জিজ্ঞাসা করুন', unreviewed: 'এই অনুবাদটি কোনো চিকিৎসা-পেশাজীবী যাচাই করেননি, তাই এতে ভুল থাকতে পারে।'},
  pa: {important: 'ਮਹੱਤਵਪੂਰਨ', overdue: 'ਆਪਣੇ ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਨੂੰ ਪੁੱਛੋ', unreviewed: 'ਇਸ ਅਨੁਵਾਦ ਦੀ ਕਿਸੇ ਸਿਹਤ ਮਾਹਿਰ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਅਤੇ ਇਸ ਵਿੱਚ ਗ਼ਲਤੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।'},
  ro: {important: 'Important', overdue: 'Întrebați medicul sau asistenta medicală', unreviewed: 'Această traducere nu a fost verificată de un cadru medical și poate conține greșeli.'},
} as const;

/** The text of the plain snippet's "About this information" for an en-GB bundle's tests section. */
const plainAbout = (bundle: unknown) => {
  const options = {element: 'secondary-liver-info', sections: ['tests'], headingLevel: 2, idPrefix: 'p', today: BEFORE_DUE()} as const;
  const html = plainHtml(bundle as Parameters<typeof plainHtml>[0], localizeUiStrings(undefined), options);
  return textOf(new DOMParser().parseFromString(html, 'text/html').querySelector('.sli-about'));
};

describe('content trust: the same notices on every element, truthful review labels', () => {
  for (const [locale, expected] of Object.entries(LOCALES)) {
    it(`${locale}: the panel and <symptom-list> show one titled callout with the overdue and translation notices`, () => onDay(AFTER_DUE, async () => {
      const host = await fixture<HTMLElement>(html`<div lang=${locale}>
        <secondary-liver-info sections="symptoms"></secondary-liver-info>
        <symptom-list></symptom-list>
      </div>`);
      for (const el of [...host.children] as (SecondaryLiverInfo | SymptomList)[]) {
        await el.updateComplete;
        const callout = $(el, '[part~="callout"]');
        expect(callout.getAttribute('role'), 'announced once, as a live region').to.equal('status');
        expect(textOf(callout.firstElementChild)).to.equal(expected.important);
        expect(textOf($(el, '[part~="overdue-notice"]'))).to.contain(expected.overdue);
        const unreviewed = el.shadowRoot!.querySelector('[part~="unreviewed-notice"]');
        if (expected.unreviewed) expect(textOf(unreviewed)).to.contain(expected.unreviewed);
        else expect(unreviewed).to.equal(null);
        expect($$(el, '[part~="callout"]'), 'one callout, not a box per notice').to.have.length(1);
        await expect(el).to.be.accessible();
      }
    }));

    it(`${locale}: a standalone term's definition says the same, in its language`, () => onDay(AFTER_DUE, async () => {
      const el = await fixture<GlossaryTerm>(html`<glossary-term lang=${locale} term="ascites">ascites</glossary-term>`);
      await el.updateComplete;
      await openDefinition(el);
      const notes = [...tipOf(el)!.querySelectorAll('[part~="definition-notice"]')].map(textOf);
      expect(notes.some((note) => note.includes(expected.overdue))).to.equal(true);
      expect(notes.some((note) => !!expected.unreviewed && note.includes(expected.unreviewed))).to.equal(!!expected.unreviewed);
      // The notes are inside the live region, so they are announced with the definition.
      expect(definitionOf(el)).to.contain(notes[0]);
      await expect(el).to.be.accessible();
      el.hide();
    }));
  }

  it('a term inside a panel leaves the notices to the panel', () => onDay(AFTER_DUE, async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy" sections="symptoms"></secondary-liver-info>`);
    await el.updateComplete;
    const term = el.shadowRoot!.querySelector<GlossaryTerm>('glossary-term')!;
    await openDefinition(term);
    expect(definitionOf(term)).to.not.equal('');
    expect(tipOf(term)!.querySelector('[part~="definition-notice"]')).to.equal(null);
    term.hide();
  }));

  it('a translation says when its source was reviewed, and separately that the translation is unchecked', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="pl" sections="tests"></secondary-liver-info>`);
    await el.updateComplete;
    const about = textOf($(el, '[part~="about"]'));
    expect(about).to.contain('Ostatnia weryfikacja źródła').and.contain('24 lipca 2023');
    expect(about).to.contain('Tłumaczenie').and.contain('Jeszcze niesprawdzone przez personel medyczny');
    const english = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="tests"></secondary-liver-info>`);
    const original = textOf($(english, '[part~="about"]'));
    expect(original).to.contain('Last reviewed').and.not.contain('Source last reviewed').and.not.contain('Translation');
  });

  it('names the editorial definitions of the sections shown, in the about section and in print', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms tests"></secondary-liver-info>`);
    await el.updateComplete;
    expect(textOf($(el, '[part~="editorial-definitions"]'))).to.equal(
      'Definitions written by the editors, not given by the source page: ultrasound scan, CT scan, MRI scan, PET-CT scan, liver biopsy.'
    );
    // Print lists only the terms of the sections shown, and marks the editorial ones.
    const printed = $$(el, '[part~="print-glossary"] dt').map(textOf);
    expect(printed).to.deep.equal(['ascites', 'jaundice', 'abdomen', 'ultrasound scan', 'CT scan', 'MRI scan', 'PET-CT scan', 'liver biopsy']);
    const ct = $$(el, '[part~="print-glossary"] dd')[4]!;
    expect(textOf(ct)).to.match(/\(written by the editors; not yet checked by a clinician\)$/);
    expect(textOf($$(el, '[part~="print-glossary"] dd')[0])).to.not.contain('written by the editors');
  });

  it('says an editors\' definition is unchecked in its pop-up and in the plain snippet, until a review record is added', async () => {
    const term = await fixture<GlossaryTerm>(html`<glossary-term term="ct-scan">CT scan</glossary-term>`);
    await openDefinition(term);
    expect(definitionOf(term)).to.match(/\(written by the editors; not yet checked by a clinician\)$/);
    term.hide();
    const source = await fixture<GlossaryTerm>(html`<glossary-term term="ascites">ascites</glossary-term>`);
    await openDefinition(source);
    expect(definitionOf(source)).to.contain('fluid').and.not.contain('editors');
    source.hide();
    const welsh = await fixture<GlossaryTerm>(html`<glossary-term lang="cy" term="ct-scan">sgan CT</glossary-term>`);
    await openDefinition(welsh);
    expect(definitionOf(welsh)).to.contain('heb ei wirio gan glinigydd eto');
    welsh.hide();

    const plainGlossary = (bundle: unknown) => {
      const options = {element: 'secondary-liver-info', sections: ['tests'], headingLevel: 2, idPrefix: 'p', today: BEFORE_DUE()} as const;
      const doc = new DOMParser().parseFromString(plainHtml(bundle as Parameters<typeof plainHtml>[0], localizeUiStrings(undefined), options), 'text/html');
      return [...doc.querySelectorAll('.sli-glossary dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
    };
    const bundle = cloneEnGB();
    const ct = () => plainGlossary(bundle).find(([term]) => term === 'CT scan')![1];
    expect(ct()).to.contain('(written by the editors; not yet checked by a clinician)');
    Object.assign(bundle.glossary.find((entry: {id: string}) => entry.id === 'ct-scan'), {reviewedBy: 'Dr B Radiologist', reviewedOn: '2024-03-01'});
    expect(ct()).to.contain('(written by the editors)').and.not.contain('not yet checked');
  });

  it('quotes the references note as the source page\'s, and a translation says its contact works in English', async () => {
    const english = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="outlook"></secondary-liver-info>`);
    const note = $(english, '[part~="references"]').nextElementSibling!;
    expect(textOf(note)).to.match(/^The source page says: The information on this page is based on literature searches/);
    expect(textOf(note)).to.not.contain('in English');
    const polish = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="pl" sections="outlook"></secondary-liver-info>`);
    const translated = textOf($(polish, '[part~="references"]').nextElementSibling);
    expect(translated).to.match(/^Strona źródłowa podaje: /);
    expect(translated).to.match(/Strona źródłowa i podany na niej kontakt są w języku angielskim\.$/);
  });

  it('shows a partner bundle\'s publisher, source link, note and review records, in the panel and the plain snippet alike; the built-in one has none to invent', async () => {
    const bundle = cloneEnGB();
    Object.assign(bundle.meta.source, {publisher: 'Example Hospital Trust', url: 'https://hospital.example/liver', reviewedBy: 'Dr A Reviewer', note: 'Written with patients.'});
    bundle.meta.references[1].url = 'https://www.nice.example/guidance';
    const ct = bundle.glossary.find((entry: {id: string}) => entry.id === 'ct-scan');
    Object.assign(ct, {reviewedBy: 'Dr B Radiologist', reviewedOn: '2024-03-01'});
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="tests" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const about = $(el, '[part~="about"]');
    expect(textOf(about)).to.contain('Example Hospital Trust: Patient information page');
    expect(about.querySelector('a[href="https://hospital.example/liver"]')).to.not.equal(null);
    expect(textOf(about)).to.contain('Reviewed by').and.contain('Dr A Reviewer');
    expect(textOf(about)).to.contain('Written with patients.');
    expect(textOf($(el, '[part~="references"]'))).to.contain('Microwave ablation for treating liver metastases (www.nice.example)');
    expect(textOf($(el, '[part~="editorial-definitions"]'))).to.contain('CT scan (Dr B Radiologist, 1 March 2024)');

    // The plain snippet, for content systems that strip the widget, tells the reader the same.
    expect(plainAbout(bundle)).to.equal(textOf(about));
    // And for a translation reviewed with a record.
    bundle.meta.translation = {sourceLocale: 'en-GB', status: 'reviewed', reviewedBy: 'A clinical reviewer', reviewedOn: '2025-01-01'};
    el.bundle = structuredClone(bundle);
    await el.updateComplete;
    expect(textOf($(el, '[part~="about"]'))).to.contain('A clinical reviewer, 1 January 2025');
    expect(plainAbout(bundle)).to.equal(textOf($(el, '[part~="about"]')));

    const builtIn = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="tests"></secondary-liver-info>`);
    expect(textOf($(builtIn, '[part~="about"]'))).to.not.contain('Reviewed by');
    expect(textOf($(builtIn, '[part~="about"]'))).to.not.contain('Published by').and.not.contain('Online at').and.not.contain('Licence');
    expect($(builtIn, '[part~="about"]').querySelectorAll('dd a')).to.have.length(0);
  });

  it('names the publisher, its online address and the licence when a partner bundle gives them, in the panel and the plain snippet alike', async () => {
    const bundle = cloneEnGB();
    Object.assign(bundle.meta, {
      publisher: {name: 'Example Hospital Trust', url: 'https://hospital.example/'},
      sourceUrl: 'https://hospital.example/patients/secondary-liver-cancer',
      licence: {name: 'Open Government Licence v3.0', url: 'https://licences.example/ogl-3'},
    });
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="tests" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const about = $(el, '[part~="about"]');
    const facts = $$(el, '[part~="about"] dl > div').map((fact) => `${textOf(fact.querySelector('dt'))}: ${textOf(fact.querySelector('dd'))}`);
    expect(facts[0]).to.equal('Published by: Example Hospital Trust (hospital.example)');
    expect(facts[1]).to.equal('Online at: https://hospital.example/patients/secondary-liver-cancer');
    expect(facts).to.include('Licence: Open Government Licence v3.0 (licences.example)');
    expect(about.querySelector('a[href="https://hospital.example/patients/secondary-liver-cancer"]')).to.not.equal(null);
    expect(about.querySelector('a[href="https://licences.example/ogl-3"]')).to.not.equal(null);
    expect(plainAbout(bundle)).to.equal(textOf(about));
    await expect(el).to.be.accessible();

    // Only https: the validator refuses anything else for each of the new links.
    for (const [field, value] of [['publisher', {name: 'X', url: 'http://x.example/'}], ['sourceUrl', 'javascript:alert(1)'], ['licence', {name: 'L', url: 'ftp://x.example/'}]] as const) {
      const bad = cloneEnGB();
      bad.meta[field] = value;
      const problem = validateBundle(bad).problems[0]!;
      expect(problem.path).to.match(new RegExp(`^\\$\\.meta\\.${field}`));
      expect(problem.reason).to.contain('https URL');
    }
  });

  it('warns, without refusing, when a partner bundle names no publisher, online address or licence', () => {
    const bundle = cloneEnGB();
    const result = validateBundle(bundle);
    expect(result.valid).to.equal(true);
    expect(partnerWarnings(result.valid ? result.bundle : (undefined as never)).map((w) => w.path)).to.deep.equal([
      '$.meta.publisher',
      '$.meta.sourceUrl',
      '$.meta.licence',
    ]);
    Object.assign(bundle.meta, {publisher: {name: 'P'}, sourceUrl: 'https://p.example/x', licence: {name: 'L'}});
    const complete = validateBundle(bundle);
    expect(complete.valid && partnerWarnings(complete.bundle)).to.deep.equal([]);
  });

  it('checks the review record: only editorial definitions carry one, and it names who and when', () => {
    const notEditorial = cloneEnGB();
    notEditorial.glossary[0].reviewedBy = 'Dr A';
    notEditorial.glossary[0].reviewedOn = '2024-01-01';
    expect(validateBundle(notEditorial).problems[0]).to.deep.equal({path: '$.glossary[0]', reason: 'only an editorial definition has its own review record'});
    const half = cloneEnGB();
    const index = half.glossary.findIndex((entry: {editorial?: boolean}) => entry.editorial);
    half.glossary[index].reviewedBy = 'Dr A';
    expect(validateBundle(half).problems[0]).to.deep.equal({path: `$.glossary[${index}]`, reason: 'a review record names both reviewedBy and reviewedOn'});
  });

  it('gives the outlook definition the source\'s advice to speak to a doctor, in every language', async () => {
    for (const [locale, advice] of [
      ['en-GB', 'Speak to your doctor who can give you more information about your outlook.'],
      ['cy', 'meddyg'],
      ['pl', 'lekarzem'],
      ['ar', 'طبيبك'],
      ['ro', 'Vorbiți cu medicul dumneavoastră'],
      ['ur', 'اپنے ڈاکٹر سے بات کریں'],
      ['bn', 'আপনার ডাক্তারের সঙ্গে কথা বলুন'],
      ['pa', 'ਆਪਣੇ ਡਾਕਟਰ ਨਾਲ ਗੱਲ ਕਰੋ'],
    ]) {
      const el = await fixture<GlossaryTerm>(html`<glossary-term lang=${locale!} term="outlook">outlook</glossary-term>`);
      await el.updateComplete;
      await openDefinition(el);
      expect(textOf(tipOf(el)), locale).to.contain(advice);
      el.hide();
    }
  });
});
