// The scripts' copy of the staleness rules (used by check:content and the build before TypeScript
// is compiled), on the shipped bundles: current today, and each string named when the English moves.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {staleStrings, translatableTexts} from '../../scripts/translation-fingerprints.mjs';

const read = (locale) => JSON.parse(readFileSync(new URL(`../../locales/bundles/${locale}.json`, import.meta.url), 'utf8'));
const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

test('every built-in translation records the English of every text, and none is stale', () => {
  const english = read('en-GB');
  for (const locale of config.targetLocales) {
    assert.deepEqual(staleStrings(english, read(locale)), [], locale);
    assert.equal(read(locale).meta.translation.fingerprints.length, translatableTexts(english).size, locale);
  }
});

test('a change to the English names exactly the strings translated from it, by JSON path', () => {
  const english = read('en-GB');
  english.sections.symptoms.items.find((item) => item.id === 'hiccups').text = ['hiccups that do not stop'];
  english.sections['what-is-it'].body[2] = ['The secondary cancer is made of the same kind of cells as the primary cancer.'];
  for (const locale of config.targetLocales) {
    const stale = staleStrings(english, read(locale));
    assert.deepEqual(
      stale.map((problem) => problem.path),
      ["$.sections['what-is-it'].body[2]", "$.sections.symptoms.items[?@.id=='hiccups'].text"],
      locale
    );
    assert.match(stale[0].reason, /the English has changed since this was translated on \d{4}-\d{2}-\d{2}/);
  }
});

test('a new English text is reported as untracked, and a removed one as gone', () => {
  const english = read('en-GB');
  english.sections.treatment.curative = ['For some types of cancer that have spread to the liver, it may still be possible to cure your cancer.'];
  english.glossary.push({id: 'new-term', term: 'new term', definition: 'A new definition.'});
  const translation = read('cy');
  translation.meta.translation.fingerprints.push({path: '$.sections.gone', sourceFingerprint: 'abc', translatedOn: '2026-01-01'});
  const stale = staleStrings(english, translation);
  assert.deepEqual(
    stale.map(({path, untracked}) => [path, !!untracked]),
    [
      ['$.sections.gone', false],
      ["$.glossary[?@.id=='new-term'].term", true],
      ["$.glossary[?@.id=='new-term'].definition", true],
    ]
  );
});
