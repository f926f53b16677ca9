import type {ContentBundle} from './content-bundle.js';
import {contentBundleSchema, termRunSchema} from './content-bundle-schema.js';
import type {Schema} from './schema-dsl.js';

/** One problem found in a bundle: where (a JSON path such as `$.glossary[3].id`) and why. */
export interface BundleProblem {
  readonly path: string;
  readonly reason: string;
}

export type BundleValidation =
  | {readonly valid: true; readonly bundle: ContentBundle; readonly problems: readonly []}
  | {readonly valid: false; readonly problems: readonly BundleProblem[]};

/** Reported at most: a hostile bundle must not turn into a hostile event or console line. */
export const MAX_PROBLEMS = 50;
/** Glossary references in one bundle at most, so that the largest valid bundle renders quickly. */
export const MAX_TERM_RUNS = 300;
const MAX_KEY_IN_PATH = 40;

/**
 * A character a reader can see: not whitespace, and not a character that renders as nothing
 * (soft hyphen, zero-width and direction marks, word joiners, BOM, the Hangul fillers U+115F,
 * U+1160, U+3164 and U+FFA0, the blank Braille pattern U+2800, the combining grapheme joiner,
 * Khmer inherent vowels, Mongolian and other variation selectors, interlinear annotation marks,
 * invisible musical formatting, and tag characters). A field of only those is empty.
 * The published JSON Schema uses the same class as its `pattern` (JSON Schema reads patterns with
 * ECMA-262's `u` flag, as this module does).
 */
export const VISIBLE_CHARACTER =
  '[^\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F' +
  '\\u2800\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\u{1D173}-\\u{1D17A}\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]';
// The class lists combining marks (U+034F, U+180B…) on purpose: on their own they show nothing.
// eslint-disable-next-line no-misleading-character-class
const visible = new RegExp(VISIBLE_CHARACTER, 'u');

const OPENERS: Readonly<Record<string, string>> = {
  '\u202A': '\u202C', '\u202B': '\u202C', '\u202D': '\u202C', '\u202E': '\u202C',
  '\u2066': '\u2069', '\u2067': '\u2069', '\u2068': '\u2069',
};

/** True when a direction embedding, override or isolate is left open or closed without opening. */
function unpairedDirectionControl(text: string): boolean {
  const expected: string[] = [];
  for (const char of text) {
    if (Object.hasOwn(OPENERS, char)) expected.push(OPENERS[char]!);
    else if ((char === '\u202C' || char === '\u2069') && expected.pop() !== char) return true;
  }
  return expected.length > 0;
}

/** The tag as BCP 47 canonicalises it (`cym` → `cy`, `iw` → `he`), or undefined if it is not a tag. */
const canonicalTag = (tag: string): string | undefined => {
  try {
    const canonical = Intl.getCanonicalLocales(tag);
    return canonical.length === 1 ? canonical[0] : undefined;
  } catch {
    return undefined;
  }
};

/** A real calendar date: `2023-02-31` matches the pattern but is not one. */
const isRealDate = (iso: string): boolean => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const describeValue = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key) && key.length <= MAX_KEY_IN_PATH
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)}]`;

interface Walk {
  readonly problems: BundleProblem[];
  readonly termRuns: {path: string; term: string}[];
}

const report = (walk: Walk, path: string, reason: string): undefined => {
  if (walk.problems.length < MAX_PROBLEMS) walk.problems.push({path, reason});
  return undefined;
};

/**
 * Checks `value` against `schema` and returns a copy of it made only of what the schema names:
 * own properties on objects with no prototype, frozen. Nothing a host page puts on
 * `Object.prototype` can show through the copy, and nothing done to the original afterwards can
 * change it.
 */
function check(schema: Schema, value: unknown, path: string, walk: Walk): unknown {
  if (walk.problems.length >= MAX_PROBLEMS) return undefined;
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return report(walk, path, `expected text, found ${describeValue(value)}`);
      if ((schema.minLength ?? 0) > 0 && !visible.test(value)) return report(walk, path, 'must not be empty');
      if (schema.pattern && !new RegExp(schema.pattern).test(value))
        return report(walk, path, `must be ${schema.patternName ?? `text matching ${schema.pattern}`}`);
      if (value.length > schema.maxLength) return report(walk, path, `is longer than ${schema.maxLength} characters`);
      if (schema.format === 'language-tag') {
        const canonical = canonicalTag(value);
        if (canonical === undefined) return report(walk, path, 'must be a valid BCP 47 language tag');
        // One spelling per language, so that the widget's language check, the CLI and a reader of
        // the bundle agree: a `cym` bundle would pass here and then be refused for lang="cy".
        if (canonical.toLowerCase() !== value.toLowerCase())
          return report(walk, path, `must be written in its canonical form, ${JSON.stringify(canonical)}`);
      }
      if (schema.format === 'date' && !isRealDate(value)) return report(walk, path, 'must be a real calendar date');
      if (unpairedDirectionControl(value)) return report(walk, path, 'has a text-direction control character without its pair');
      return value;
    case 'enum':
      if (typeof value !== 'string' || !schema.values.includes(value))
        return report(walk, path, `must be one of ${schema.values.map((v) => JSON.stringify(v)).join(', ')}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') return report(walk, path, `expected true or false, found ${describeValue(value)}`);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < schema.minimum || value > schema.maximum)
        return report(walk, path, `must be a whole number from ${schema.minimum} to ${schema.maximum}`);
      return value;
    case 'array': {
      if (!Array.isArray(value)) return report(walk, path, `expected a list, found ${describeValue(value)}`);
      if (value.length < (schema.minItems ?? 0)) return report(walk, path, `must have at least ${schema.minItems} item(s)`);
      if (value.length > schema.maxItems) return report(walk, path, `must have at most ${schema.maxItems} items`);
      const seen = new Set<unknown>();
      const copy = value.map((item, index) => {
        const checked = check(schema.items, item, childPath(path, index), walk);
        if (schema.uniqueKey && checked && typeof checked === 'object') {
          const key = (checked as Record<string, unknown>)[schema.uniqueKey];
          if (seen.has(key)) report(walk, childPath(childPath(path, index), schema.uniqueKey), `duplicate ${schema.uniqueKey} ${JSON.stringify(key)}`);
          seen.add(key);
        }
        return checked;
      });
      return Object.freeze(copy);
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        return report(walk, path, `expected an object, found ${describeValue(value)}`);
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (walk.problems.length >= MAX_PROBLEMS) return undefined;
        if (!Object.hasOwn(schema.properties, key)) report(walk, childPath(path, key), 'is not a known field');
      }
      const copy: Record<string, unknown> = Object.create(null);
      for (const [key, propertySchema] of Object.entries(schema.properties as Record<string, Schema>)) {
        if (!Object.hasOwn(record, key) || record[key] === undefined) {
          if (!propertySchema.optional) report(walk, childPath(path, key), 'is required');
          continue;
        }
        copy[key] = check(propertySchema, record[key], childPath(path, key), walk);
      }
      if (schema === termRunSchema) walk.termRuns.push({path: childPath(path, 'term'), term: String(copy['term'])});
      return Object.freeze(copy);
    }
    case 'union': {
      // Report the member the value came closest to, so the reason is about what the author meant:
      // first a member of the same basic type (text or object), then the one with fewest problems.
      let closest: BundleProblem[] | undefined;
      let closestFits = false;
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      for (const member of schema.members as readonly Schema[]) {
        const memberWalk: Walk = {problems: [], termRuns: []};
        const checked = check(member, value, path, memberWalk);
        if (memberWalk.problems.length === 0) {
          walk.termRuns.push(...memberWalk.termRuns);
          return checked;
        }
        const fits = (member.kind === 'object') === isObject;
        if (!closest || (fits && !closestFits) || (fits === closestFits && memberWalk.problems.length < closest.length)) {
          closest = memberWalk.problems;
          closestFits = fits;
        }
      }
      for (const problem of closest!) report(walk, problem.path, problem.reason);
      return undefined;
    }
  }
}

/** The longest review cycle a bundle may state: a due date further out would hide the overdue notice. */
export const MAX_REVIEW_CYCLE_YEARS = 5;

/** `YYYY-MM-DD` plus whole years, as a date of the same form (29 February becomes 1 March). */
function addYears(isoDate: string, years: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * Review dates that cannot lie: a due date within the stated cycle of the last review (so
 * 9999-12-31 cannot hide the overdue notice for ever), and a last review that has happened.
 * "Today" allows a day ahead, where the partner's clock is already past midnight.
 */
function checkReviewDates(meta: ContentBundle['meta'], walk: Walk): void {
  const {lastReviewed, nextReviewDue} = meta;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  if (lastReviewed > tomorrow) report(walk, '$.meta.lastReviewed', 'is in the future; a review date must have happened');
  if (nextReviewDue < lastReviewed) report(walk, '$.meta.nextReviewDue', 'is earlier than lastReviewed');
  else if (nextReviewDue > addYears(lastReviewed, MAX_REVIEW_CYCLE_YEARS))
    report(walk, '$.meta.nextReviewDue', `is more than ${MAX_REVIEW_CYCLE_YEARS} years after lastReviewed; reviews are due at least every ${MAX_REVIEW_CYCLE_YEARS} years`);
}

/** Rules that span fields, which the structural schema cannot express. */
function checkCrossReferences(bundle: ContentBundle, walk: Walk): void {
  const glossaryIds = new Set(bundle.glossary.map((entry) => entry.id));
  if (walk.termRuns.length > MAX_TERM_RUNS)
    report(walk, '$', `has ${walk.termRuns.length} glossary references; at most ${MAX_TERM_RUNS} are allowed`);
  for (const {path, term} of walk.termRuns) {
    if (!glossaryIds.has(term)) report(walk, path, `refers to glossary id ${JSON.stringify(term)}, which is not in the glossary`);
  }
  const {translation} = bundle.meta;
  if (translation.status === 'reviewed' && (!translation.reviewedBy || !translation.reviewedOn))
    report(walk, '$.meta.translation', 'a reviewed translation must name reviewedBy and reviewedOn');
  checkReviewDates(bundle.meta, walk);
  // A review record names who and when together, and only editorial definitions carry one.
  bundle.glossary.forEach((entry, i) => {
    const reviewed = Object.hasOwn(entry, 'reviewedBy') || Object.hasOwn(entry, 'reviewedOn');
    if (reviewed && !entry.editorial) report(walk, `$.glossary[${i}]`, 'only an editorial definition has its own review record');
    else if (reviewed && !(entry.reviewedBy && entry.reviewedOn)) report(walk, `$.glossary[${i}]`, 'a review record names both reviewedBy and reviewedOn');
  });
}

/**
 * Checks untrusted data against the bundle schema. Never throws: the problems are returned,
 * first one first and at most `MAX_PROBLEMS`, so callers can name them. A valid result's
 * `bundle` is a normalised, frozen copy (see `check`): render that, never the original.
 */
export function validateBundle(data: unknown): BundleValidation {
  const walk: Walk = {problems: [], termRuns: []};
  let bundle: unknown;
  try {
    bundle = check(contentBundleSchema, data, '$', walk);
    if (walk.problems.length === 0) checkCrossReferences(bundle as ContentBundle, walk);
  } catch (error) {
    // Data so deep or odd that walking it fails (a stack overflow, a throwing getter) is invalid data.
    report(walk, '$', `could not be read (${error instanceof Error ? error.name : 'error'})`);
  }
  return walk.problems.length === 0
    ? {valid: true, bundle: bundle as ContentBundle, problems: []}
    : {valid: false, problems: walk.problems};
}

/** `$.glossary[2].id: is required` */
export const formatProblem = (problem: BundleProblem): string => `${problem.path}: ${problem.reason}`;
