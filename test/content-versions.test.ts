import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import {validateBundle} from '../src/bundle/validate-bundle.js';
import {UPDATE_NOTICE_DAYS} from '../src/bundle/update-notice.js';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {plainHtml} from '../src/static/plain-html.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {cloneEnGB} from './fixtures/bundles.js';
import {$, $$, textOf} from './helpers.js';

/** `YYYY-MM-DD`, `days` before today by the local calendar. */
const daysAgo = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${'January February March April May June July August September October November December'.split(' ')[m! - 1]} ${y}`;
};

describe('content versions: meta.version and meta.changes', () => {
  it('the built-in content carries a version and shows no "Updated on" line', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
    expect(el.shadowRoot!.querySelector('[part~="updated"]')).to.equal(null);
    expect(cloneEnGB().meta.version).to.equal('1');
  });

  it(`for ${UPDATE_NOTICE_DAYS} days after a change, each section it names says "Updated on {date}: {summary}", newest first`, async () => {
    const recent = daysAgo(10);
    const bundle = cloneEnGB();
    bundle.meta.version = '2';
    bundle.meta.changes = [
      {date: daysAgo(UPDATE_NOTICE_DAYS + 5), sections: ['outlook'], summary: 'An old change.'},
      {date: daysAgo(30), sections: ['tests'], summary: 'An earlier change to the tests.'},
      {date: recent, sections: ['tests', 'symptoms'], summary: 'The list of tests was reordered.'},
    ];
    expect(validateBundle(bundle).valid).to.equal(true);
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info .bundle=${bundle}></secondary-liver-info>`);
    await el.updateComplete;
    const updated = $$(el, '[part~="updated"]');
    expect(updated.map((p) => p.closest('[part~="section"]')!.getAttribute('part'))).to.deep.equal(['section section-symptoms', 'section section-tests']);
    expect(textOf(updated[1])).to.equal(`Updated on ${longDate(recent)}: The list of tests was reordered.`);
    expect(updated[1]!.querySelector('time')!.getAttribute('datetime')).to.equal(recent);
    // Right under the section's heading.
    expect(updated[1]!.previousElementSibling!.matches('[part~="heading"]')).to.equal(true);
    await expect(el).to.be.accessible();

    const list = await fixture<SymptomList>(html`<symptom-list .bundle=${bundle}></symptom-list>`);
    await list.updateComplete;
    expect(textOf($(list, '[part~="updated"]'))).to.contain('The list of tests was reordered.');

    const options = {element: 'secondary-liver-info', sections: ['symptoms', 'tests', 'outlook'], headingLevel: 2, idPrefix: 'p', today: new Date()} as const;
    const doc = new DOMParser().parseFromString(plainHtml(bundle, localizeUiStrings(undefined), options), 'text/html');
    expect([...doc.querySelectorAll('.sli-updated')].map(textOf)).to.deep.equal(updated.map(textOf));
  });

  it('in the reader\'s language', async () => {
    const bundle = cloneEnGB();
    bundle.meta.changes = [{date: daysAgo(1), sections: ['outlook'], summary: 'Summary.'}];
    const ui = localizeUiStrings((await import('../src/generated/ui-strings/cy.js')).templates);
    const options = {element: 'secondary-liver-info', sections: ['outlook'], headingLevel: 2, idPrefix: 'p', today: new Date()} as const;
    const doc = new DOMParser().parseFromString(plainHtml(bundle, ui, options), 'text/html');
    expect(textOf(doc.querySelector('.sli-updated'))).to.match(/^Diweddarwyd ar /);
  });

  it('refuses a change that names an unknown section, is in the future, or has no summary', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{date: daysAgo(1), sections: ['prognosis'], summary: 'x'}, '$.meta.changes[0].sections[0]', /must be one of "what-is-it"/],
      [{date: daysAgo(-10), sections: ['outlook'], summary: 'x'}, '$.meta.changes[0].date', /in the future/],
      [{date: daysAgo(1), sections: ['outlook']}, '$.meta.changes[0].summary', /is required/],
      [{date: daysAgo(1), sections: [], summary: 'x'}, '$.meta.changes[0].sections', /at least 1/],
    ];
    for (const [change, path, reason] of cases) {
      const bundle = cloneEnGB();
      bundle.meta.changes = [change];
      const result = validateBundle(bundle);
      expect(result.problems[0]?.path, path).to.equal(path);
      expect(result.problems[0]!.reason).to.match(reason);
    }
    const bad = cloneEnGB();
    bad.meta.version = 'version one';
    expect(validateBundle(bad).problems[0]!.path).to.equal('$.meta.version');
  });
});
