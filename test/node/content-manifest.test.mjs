// `secondary-liver-info manifest` and the rule `npm run check:content` enforces with it: no
// section's text changes without a new `meta.changes` entry. Needs no build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {builtInBundles, hashRecord, unrecordedChanges} from '../../bin/content-manifest.mjs';

const cli = new URL('../../bin/secondary-liver-info.mjs', import.meta.url).pathname;
const SECTIONS = ['what-is-it', 'which-cancers', 'symptoms', 'tests', 'treatment', 'outlook'];

test('manifest prints, for every built-in language, the version, review dates, translation status, changes and a hash per section', () => {
  const result = spawnSync(process.execPath, [cli, 'manifest'], {encoding: 'utf8'});
  // It needs only the bundles, not dist/.
  assert.equal(result.status, 0, result.stderr);
  {
    const manifest = JSON.parse(result.stdout);
    const shipped = readdirSync(new URL('../../locales/bundles/', import.meta.url)).map((file) => file.replace(/\.json$/, ''));
    assert.deepEqual(Object.keys(manifest.locales), ['en-GB', ...shipped.filter((l) => l !== 'en-GB').sort()]);
    for (const [locale, entry] of Object.entries(manifest.locales)) {
      const bundle = JSON.parse(readFileSync(new URL(`../../locales/bundles/${locale}.json`, import.meta.url), 'utf8'));
      assert.equal(entry.version, bundle.meta.version);
      assert.equal(entry.lastReviewed, bundle.meta.lastReviewed);
      assert.equal(entry.nextReviewDue, bundle.meta.nextReviewDue);
      assert.deepEqual(entry.translation, bundle.meta.translation);
      assert.deepEqual(entry.changes, bundle.meta.changes ?? []);
      assert.deepEqual(Object.keys(entry.sections), SECTIONS);
      for (const hash of Object.values(entry.sections)) assert.match(hash, /^sha256-[A-Za-z0-9+/]{43}=$/);
    }
    assert.equal(manifest.locales.cy.translation.status, 'unreviewed');
    assert.notEqual(manifest.locales.cy.sections.symptoms, manifest.locales['en-GB'].sections.symptoms);
  }
  const extra = spawnSync(process.execPath, [cli, 'manifest', 'extra'], {encoding: 'utf8'});
  assert.equal(extra.status, 2);
});

test('the committed record matches the bundles', () => {
  const recorded = JSON.parse(readFileSync(new URL('../../locales/content-hashes.json', import.meta.url), 'utf8'));
  assert.deepEqual(unrecordedChanges(hashRecord(builtInBundles()), recorded), []);
});

test('a section whose text changes without a new changes entry is caught; with one, the stale record is named', () => {
  const bundles = builtInBundles();
  const recorded = hashRecord(bundles);
  const enGB = bundles.find((bundle) => bundle.locale === 'en-GB');
  enGB.sections.outlook.body[0][0] += ' Edited.';
  const [problem, ...rest] = unrecordedChanges(hashRecord(bundles), recorded);
  assert.deepEqual(rest, []);
  assert.equal(problem.locale, 'en-GB');
  assert.equal(problem.path, '$.sections.outlook');
  assert.match(problem.reason, /text changed without a new meta\.changes entry naming "outlook"/);

  // A change entry naming another section does not excuse it.
  enGB.meta.changes = [{date: '2026-01-01', sections: ['tests'], summary: 'Other.'}];
  assert.ok(unrecordedChanges(hashRecord(bundles), recorded).some((p) => p.path === '$.sections.outlook' && /without a new/.test(p.reason)));
  // One naming it does; the record must then be rewritten.
  enGB.meta.changes.push({date: '2026-01-02', sections: ['outlook'], summary: 'Outlook edited.'});
  const outlook = unrecordedChanges(hashRecord(bundles), recorded).find((p) => p.path === '$.sections.outlook');
  assert.match(outlook.reason, /record is old/);
  assert.deepEqual(unrecordedChanges(hashRecord(bundles), hashRecord(bundles)), []);

  // Reordering keys is not a change of text.
  const reordered = builtInBundles();
  const pl = reordered.find((bundle) => bundle.locale === 'pl');
  pl.sections.outlook = Object.fromEntries(Object.entries(pl.sections.outlook).reverse());
  assert.deepEqual(unrecordedChanges(hashRecord(reordered), recorded), []);
});
