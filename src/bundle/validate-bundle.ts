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
 * A character a reader can see: not whitespace, and not an invisible format character (soft
 * hyphen, zero-width and direction marks, word joiners, BOM). A field of only those is empty.
 * The published JSON Schema uses the same class as its `pattern`.
 */
export const VISIBLE_CHARACTER = '[^\\s\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFEFF]';
const visible = new RegExp(VISIBLE_CHARACTER);

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

const isCanonicalisable = (tag: string): boolean => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
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
      if (schema.format === 'language-tag' && !isCanonicalisable(value)) return report(walk, path, 'must be a valid BCP 47 language tag');
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
  if (bundle.meta.nextReviewDue < bundle.meta.lastReviewed) report(walk, '$.meta.nextReviewDue', 'is earlier than lastReviewed');
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
