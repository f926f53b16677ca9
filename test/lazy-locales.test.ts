import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';
import {$, textOf} from './helpers.js';

// Its own file, so its own page: no other test has loaded any language here. (`.ts` when the
// suite runs from source.)
const requested = (locale: string) =>
  performance.getEntriesByType('resource').filter((entry) => new RegExp(`/locale-data/${locale}\\.[jt]s\\b`).test(entry.name)).length;

describe('lazy locales', () => {
  it('requests nothing for en-GB, one request per language however many elements use it, and none for unused languages', async () => {
    const en = await fixture(html`<symptom-list></symptom-list>`);
    await (en as GlossaryTerm).updateComplete;
    const translated = BUILT_IN_LOCALES.filter((locale) => locale !== 'en-GB');
    expect(translated.map(requested)).to.deep.equal(translated.map(() => 0));

    const host = await fixture<HTMLElement>(html`<div lang="cy">
      ${Array.from({length: 20}, () => html`<glossary-term term="ascites">ascites</glossary-term> `)}
      <symptom-list></symptom-list><secondary-liver-info></secondary-liver-info>
    </div>`);
    await Promise.all([...host.children].map((el) => (el as GlossaryTerm).updateComplete));
    expect(textOf($(host.querySelector('symptom-list')!, 'h2'))).to.equal('Symptomau');
    expect(requested('cy')).to.equal(1);
    for (const other of translated.filter((locale) => locale !== 'cy')) expect(requested(other), other).to.equal(0);
  });
});
