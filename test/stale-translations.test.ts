import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define/all.js';
import {fingerprint, staleStrings, translatableTexts} from '../src/bundle/translation-fingerprints.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {builtInEnGB, cloneEnGB} from './fixtures/bundles.js';
import {$, $$, textOf} from './helpers.js';
import './fixtures/clocks.js';

const STALE_WELSH = "Nid yw'r rhan hon wedi'i diweddaru eto ers i'r Saesneg newid.";
const FLUID = "$.sections.symptoms.items[?@.id=='fluid'].text";

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

  it('a change outside the sections (a glossary definition) marks no section', async () => {
    const el = await fixture<SecondaryLiverInfo>(
      html`<secondary-liver-info .bundle=${partnerTranslation(["$.glossary[?@.id=='ascites'].definition"])}></secondary-liver-info>`
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="stale-notice"]')).to.equal(null);
  });
});
