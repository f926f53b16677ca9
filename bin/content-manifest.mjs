// What a partner polls to learn whether the built-in content changed: per language, the content
// version, review dates, translation status, recorded changes and a hash of each section's text.
// `secondary-liver-info manifest` prints it; `npm run check:content` uses the same hashes.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';

const BUNDLES = new URL('../locales/bundles/', import.meta.url);

/** JSON with keys sorted at every level, so that reordering keys is not a change of text. */
const canonical = (value) =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
      : JSON.stringify(value);

/** `sha256-…` (base64, as in Subresource Integrity) of each section's text and structure. */
export const sectionHashes = (bundle) =>
  Object.fromEntries(Object.entries(bundle.sections).map(([id, section]) => [id, `sha256-${createHash('sha256').update(canonical(section)).digest('base64')}`]));

/** How many `meta.changes` entries name each section. */
export const changeCounts = (bundle) =>
  Object.fromEntries(Object.keys(bundle.sections).map((id) => [id, (bundle.meta.changes ?? []).filter((change) => change.sections.includes(id)).length]));

/** What `locales/content-hashes.json` records: per locale and section, its hash and how many changes name it. */
export const hashRecord = (bundles) =>
  Object.fromEntries(
    bundles.map((bundle) => {
      const hashes = sectionHashes(bundle);
      const counts = changeCounts(bundle);
      return [bundle.locale, Object.fromEntries(Object.keys(hashes).map((id) => [id, {hash: hashes[id], changes: counts[id]}]))];
    })
  );

const RECORD = '`npm run check:content -- --record-hashes`';

/**
 * Sections whose text changed since `recorded` without a new `meta.changes` entry naming them (and
 * records left stale), as `{locale, path, reason}`.
 */
export function unrecordedChanges(current, recorded) {
  const problems = [];
  for (const [locale, sections] of Object.entries(current)) {
    for (const [id, {hash, changes}] of Object.entries(sections)) {
      const path = `$.sections${/^\w+$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`;
      const before = recorded[locale]?.[id];
      if (!before) problems.push({locale, path, reason: `has no recorded hash: run ${RECORD}`});
      else if (before.hash !== hash && changes <= before.changes)
        problems.push({locale, path, reason: `text changed without a new meta.changes entry naming "${id}": add {date, sections, summary} (and a new meta.version), then run ${RECORD}`});
      else if (before.hash !== hash || before.changes !== changes)
        problems.push({locale, path, reason: `changed with a new meta.changes entry, but the record is old: run ${RECORD} and commit locales/content-hashes.json`});
    }
  }
  return problems;
}

/** The built-in bundles, en-GB (the source) first. */
export function builtInBundles(directory = BUNDLES) {
  const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
  const bundles = files.map((file) => JSON.parse(readFileSync(new URL(file, directory), 'utf8')));
  return bundles.sort((a, b) => (a.locale === 'en-GB' ? -1 : b.locale === 'en-GB' ? 1 : a.locale.localeCompare(b.locale)));
}

export function manifest() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return {
    package: pkg.name,
    packageVersion: pkg.version,
    locales: Object.fromEntries(
      builtInBundles().map((bundle) => {
        const {meta} = bundle;
        return [
          bundle.locale,
          {
            // A bundle without its own version is the package's content at that version.
            version: meta.version ?? pkg.version,
            lastReviewed: meta.lastReviewed,
            nextReviewDue: meta.nextReviewDue,
            translation: meta.translation,
            changes: meta.changes ?? [],
            sections: sectionHashes(bundle),
          },
        ];
      })
    ),
  };
}
