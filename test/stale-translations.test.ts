import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/define/all.js';
import {fingerprint, staleStrings, translatableTexts} from '../src/bundle/translation-fingerprints.js';
import {glossaryContentOf, staleDefinition} from '../src/bundle/glossary-content.js';
import {localizeGlossaryUiStrings} from '../src/i18n/localize-ui-strings.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {builtInEnGB, cloneEnGB} from './fixtures/bundles.js';
import {$, $$, definitionOf, openDefinition, textOf, tipOf} from './helpers.js';
import './fixtures/clocks.js';

const STALE_WELSH = "Nid yw'r rhan hon wedi'i diweddaru eto ers i'r Saesneg newid.";
const FLUID = "$.sections.symptoms.items[?@.id=='fluid'].text";
const ASCITES = "$.glossary[?@.id=='ascites'].definition";
const STALE_DEFINITION_WELSH = "Nid yw'r diffiniad hwn wedi'i ddiweddaru eto ers i'r Saesneg newid.";
const ENGLISH_ASCITES = builtInEnGB.glossary.find((entry) => entry.id === 'ascites')!.definition;

/**
 * A partner's Welsh translation (English words stand in for Welsh ones) that records the English
 * it was made from; `changed` paths record an older English, as if the English moved since.
 */
function partnerTranslation(changed: readonly string[] = []) {
  const bundle = cloneEnGB();
  bundle.locale = 'cy';
  bundle.meta.translation = {
    sourceLocale: 'en-GB',
    status: 'unreviewed',
    fingerprints: [...translatableTexts(builtInEnGB)].map(([path, text]) => ({
      path,
      sourceFingerprint: changed.includes(path) ? fingerprint('an older English text') : fingerprint(text),
      translatedOn: '2026-01-15',
    })),
  };
  return bundle;
}

describe('translations that fall behind the English', () => {
  it('the built-in translations are up to date: no section of a Welsh panel is marked', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="cy"></secondary-liver-info>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="stale-notice"]')).to.equal(null);
  });

  it('names each stale string by its JSON path, and nothing for a translation that matches', () => {
    const current = validateBundle(partnerTranslation());
    const behind = validateBundle(partnerTranslation([FLUID, "$.glossary[?@.id=='ascites'].definition"]));
    if (!current.valid || !behind.valid) throw new Error('test bundles must be valid');
    expect(staleStrings(builtInEnGB, current.bundle)).to.deep.equal([]);
    expect(staleStrings(builtInEnGB, behind.bundle).map((problem) => problem.path)).to.deep.equal([FLUID, "$.glossary[?@.id=='ascites'].definition"]);
    expect(staleStrings(builtInEnGB, behind.bundle)[0]!.reason).to.contain('2026-01-15');
  });

  it("marks only the affected section of a partner's translation, with the English a keypress away", async () => {
    const el = await fixture<SecondaryLiverInfo>(
      html`<secondary-liver-info sections="what-is-it symptoms tests" .bundle=${partnerTranslation([FLUID])}></secondary-liver-info>`
    );
    await el.updateComplete;
    const notices = $$(el, '[part~="stale-notice"]');
    expect(notices).to.have.length(1);
    const symptoms = $(el, '[part~="section-symptoms"]');
    expect(symptoms.contains(notices[0]!)).to.equal(true);
    // In the translation's language (Welsh UI strings), above the section's text.
    expect(textOf(notices[0]!.querySelector('p'))).to.equal(STALE_WELSH);
    const details = notices[0]!.querySelector('details')!;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    expect(textOf(summary)).to.equal('Darllen y rhan hon yn Saesneg');
    summary.focus();
    await sendKeys({press: 'Enter'});
    expect(details.open).to.equal(true);
    const english = details.querySelector('div')!;
    expect(english.getAttribute('lang')).to.equal('en-GB');
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(textOf(english)).to.contain('The possible symptoms of secondary liver cancer might include');
    await expect(el).to.be.accessible();
  });

  it('marks <symptom-list> too, and right to left in an Arabic translation with the English left to right', async () => {
    const bundle = partnerTranslation(["$.sections.symptoms.caveat[0]"]);
    bundle.locale = 'ar';
    bundle.dir = 'rtl';
    const el = await fixture<SymptomList>(html`<symptom-list .bundle=${bundle}></symptom-list>`);
    await el.updateComplete;
    const notice = $(el, '[part~="stale-notice"]');
    expect(textOf(notice.querySelector('p'))).to.equal('لم يُحدَّث هذا الجزء بعد منذ تغيّر النص الإنجليزي.');
    expect(getComputedStyle(notice).direction).to.equal('rtl');
    expect(notice.querySelector('details div')!.getAttribute('dir')).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('a definition behind the English says so in its pop-up, in the translation\'s language, with the current English marked as English', async () => {
    const bundle = partnerTranslation([ASCITES]);
    // As a translation's would, the definition differs from the English it was made from.
    bundle.glossary.find((entry: {id: string}) => entry.id === 'ascites').definition = 'Hylif yn y bol (a stand-in Welsh definition).';
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const ascites = $<GlossaryTerm>(el, 'glossary-term[term="ascites"]');
    await openDefinition(ascites);
    const text = definitionOf(ascites);
    expect(text).to.contain('Hylif yn y bol').and.contain(STALE_DEFINITION_WELSH).and.contain(`Yn Saesneg: ${ENGLISH_ASCITES}`);
    const note = tipOf(ascites)!.querySelector('[part~="stale-definition"]')!;
    expect(note.part.contains('definition-notice'), 'styled as the other notes in a definition').to.equal(true);
    const english = note.querySelector('span')!;
    expect(english.getAttribute('lang')).to.equal('en-GB');
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(textOf(english)).to.equal(ENGLISH_ASCITES);
    ascites.open = false;
    // A definition that is up to date says nothing of the kind.
    const jaundice = $<GlossaryTerm>(el, 'glossary-term[term="jaundice"]');
    await openDefinition(jaundice);
    expect(definitionOf(jaundice)).to.not.equal('');
    expect(tipOf(jaundice)!.querySelector('[part~="stale-definition"]')).to.equal(null);
    jaundice.open = false;
    await expect(el).to.be.accessible();
  });

  it('the printed glossary marks the same definition, with the current English', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="symptoms" .bundle=${partnerTranslation([ASCITES])}></secondary-liver-info>`);
    await el.updateComplete;
    await emulateMedia({media: 'print'});
    try {
      const rows = $$(el, '[part~="print-glossary"] dl > div');
      const row = (term: string) => rows.find((div) => textOf(div.querySelector('dt')).startsWith(term))!;
      const ascites = row(builtInEnGB.glossary.find((entry) => entry.id === 'ascites')!.term).querySelector('dd')!;
      expect(textOf(ascites)).to.contain(`${STALE_DEFINITION_WELSH} Yn Saesneg: ${ENGLISH_ASCITES}`);
      expect(ascites.querySelector('span span')!.getAttribute('lang')).to.equal('en-GB');
      expect(ascites.getBoundingClientRect().height, 'printed').to.be.greaterThan(0);
      const jaundice = row(builtInEnGB.glossary.find((entry) => entry.id === 'jaundice')!.term).querySelector('dd')!;
      expect(textOf(jaundice)).to.not.contain(STALE_DEFINITION_WELSH);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('a standalone term gets the same rule from a built-in translation\'s stale paths', () => {
    const ui = localizeGlossaryUiStrings(undefined);
    const behind = glossaryContentOf(partnerTranslation([ASCITES]), ui, [ASCITES, FLUID]);
    expect(staleDefinition(behind, 'ascites')).to.equal(ENGLISH_ASCITES);
    expect(staleDefinition(behind, 'jaundice')).to.equal(undefined);
    expect(staleDefinition(glossaryContentOf(partnerTranslation(), ui), 'ascites')).to.equal(undefined);
    // English that no longer has the entry: still marked, with no English to show.
    expect(staleDefinition(glossaryContentOf(partnerTranslation(), ui, ["$.glossary[?@.id=='gone'].definition"]), 'gone')).to.equal('');
  });

  it('a change outside the sections (a glossary definition) marks no section', async () => {
    const el = await fixture<SecondaryLiverInfo>(
      html`<secondary-liver-info .bundle=${partnerTranslation(["$.glossary[?@.id=='ascites'].definition"])}></secondary-liver-info>`
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="stale-notice"]')).to.equal(null);
  });
});
