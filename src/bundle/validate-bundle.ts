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

const MAX_PROBLEMS = 50;

const describeValue = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

function check(schema: Schema, value: unknown, path: string, problems: BundleProblem[]): void {
  if (problems.length >= MAX_PROBLEMS) return;
  const report = (reason: string): void => void problems.push({path, reason});
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return report(`expected text, found ${describeValue(value)}`);
      if (value.trim().length < (schema.minLength ?? 0)) return report('must not be empty');
      if (schema.pattern && !new RegExp(schema.pattern).test(value))
        return report(`must be ${schema.patternName ?? `text matching ${schema.pattern}`}`);
      if (value.length > schema.maxLength) return report(`is longer than ${schema.maxLength} characters`);
      return;
    case 'enum':
      if (typeof value !== 'string' || !schema.values.includes(value))
        return report(`must be one of ${schema.values.map((v) => JSON.stringify(v)).join(', ')}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return report(`expected true or false, found ${describeValue(value)}`);
      return;
    case 'array': {
      if (!Array.isArray(value)) return report(`expected a list, found ${describeValue(value)}`);
      if (value.length < (schema.minItems ?? 0)) return report(`must have at least ${schema.minItems} item(s)`);
      if (value.length > schema.maxItems) return report(`must have at most ${schema.maxItems} items`);
      const seen = new Set<unknown>();
      value.forEach((item, index) => {
        check(schema.items, item, childPath(path, index), problems);
        if (schema.uniqueKey && item && typeof item === 'object') {
          const key = (item as Record<string, unknown>)[schema.uniqueKey];
          if (seen.has(key))
            problems.push({path: childPath(childPath(path, index), schema.uniqueKey), reason: `duplicate ${schema.uniqueKey} ${JSON.stringify(key)}`});
          seen.add(key);
        }
      });
      return;
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        return report(`expected an object, found ${describeValue(value)}`);
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!Object.hasOwn(schema.properties, key))
          problems.push({path: childPath(path, key), reason: 'is not a known field'});
      }
      for (const [key, propertySchema] of Object.entries(schema.properties as Record<string, Schema>)) {
        if (!Object.hasOwn(record, key) || record[key] === undefined) {
          if (!propertySchema.optional) problems.push({path: childPath(path, key), reason: 'is required'});
          continue;
        }
        check(propertySchema, record[key], childPath(path, key), problems);
      }
      return;
    }
    case 'union': {
      // Report the member the value came closest to, so the reason is about what the author meant:
      // first a member of the same basic type (text or object), then the one with fewest problems.
      let closest: BundleProblem[] | undefined;
      let closestFits = false;
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      for (const member of schema.members as readonly Schema[]) {
        const memberProblems: BundleProblem[] = [];
        check(member, value, path, memberProblems);
        if (memberProblems.length === 0) return;
        const fits = (member.kind === 'object') === isObject;
        if (!closest || (fits && !closestFits) || (fits === closestFits && memberProblems.length < closest.length)) {
          closest = memberProblems;
          closestFits = fits;
        }
      }
      problems.push(...closest!);
      return;
    }
  }
}

/** Finds every glossary reference by walking the data alongside the schema. */
function collectTermRuns(schema: Schema, value: unknown, path: string, found: {path: string; term: string}[]): void {
  if (schema === termRunSchema) {
    found.push({path: childPath(path, 'term'), term: (value as {term: string}).term});
    return;
  }
  if (schema.kind === 'array') {
    (value as unknown[]).forEach((item, i) => collectTermRuns(schema.items, item, childPath(path, i), found));
  } else if (schema.kind === 'object') {
    for (const [key, child] of Object.entries(schema.properties as Record<string, Schema>)) {
      const childValue = (value as Record<string, unknown>)[key];
      if (childValue !== undefined) collectTermRuns(child, childValue, childPath(path, key), found);
    }
  } else if (schema.kind === 'union') {
    const member = (schema.members as readonly Schema[]).find((m) => {
      const problems: BundleProblem[] = [];
      check(m, value, path, problems);
      return problems.length === 0;
    });
    if (member) collectTermRuns(member, value, path, found);
  }
}

/** Rules that span fields, which the structural schema cannot express. */
function checkCrossReferences(bundle: ContentBundle, problems: BundleProblem[]): void {
  const glossaryIds = new Set(bundle.glossary.map((entry) => entry.id));
  const termRuns: {path: string; term: string}[] = [];
  collectTermRuns(contentBundleSchema, bundle, '$', termRuns);
  for (const {path, term} of termRuns) {
    if (!glossaryIds.has(term))
      problems.push({path, reason: `refers to glossary id ${JSON.stringify(term)}, which is not in the glossary`});
  }
  const {translation} = bundle.meta;
  if (translation.status === 'reviewed' && (!translation.reviewedBy || !translation.reviewedOn))
    problems.push({path: '$.meta.translation', reason: 'a reviewed translation must name reviewedBy and reviewedOn'});
  if (bundle.meta.nextReviewDue < bundle.meta.lastReviewed)
    problems.push({path: '$.meta.nextReviewDue', reason: 'is earlier than lastReviewed'});
}

/**
 * Checks untrusted data against the bundle schema. Never throws: every problem is returned,
 * first one first, so callers can name it.
 */
export function validateBundle(data: unknown): BundleValidation {
  const problems: BundleProblem[] = [];
  check(contentBundleSchema, data, '$', problems);
  if (problems.length === 0) checkCrossReferences(data as ContentBundle, problems);
  return problems.length === 0
    ? {valid: true, bundle: data as ContentBundle, problems: []}
    : {valid: false, problems};
}

/** `$.glossary[2].id: is required` */
export const formatProblem = (problem: BundleProblem): string => `${problem.path}: ${problem.reason}`;
