import type {ContentBundle} from './content-bundle.js';
import {contentBundleSchema, inlineSchema} from './content-bundle-schema.js';
import type {Schema} from './schema-dsl.js';
import type {BundleProblem} from './validate-bundle.js';

type Json = Record<string, unknown>;

function compare(schema: Schema, source: unknown, candidate: unknown, path: string, problems: BundleProblem[]): void {
  if (schema.kind === 'object') {
    for (const [key, child] of Object.entries(schema.properties as Record<string, Schema>)) {
      const a = (source as Json)[key];
      const b = (candidate as Json)[key];
      const childPath = /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (a !== undefined && b !== undefined) compare(child, a, b, childPath, problems);
    }
    return;
  }
  if (schema.kind !== 'array' || schema.items === inlineSchema) return;
  const a = source as readonly unknown[];
  const b = candidate as readonly unknown[];
  const key = schema.uniqueKey;
  if (!key) {
    if (a.length !== b.length)
      problems.push({path, reason: `has ${b.length} item(s) where the source has ${a.length}`});
    a.slice(0, b.length).forEach((item, i) => compare(schema.items, item, b[i], `${path}[${i}]`, problems));
    return;
  }
  const idOf = (item: unknown) => String((item as Json)[key]);
  const candidateById = new Map(b.map((item) => [idOf(item), item]));
  const sourceIds = new Set(a.map(idOf));
  a.forEach((item, i) => {
    const match = candidateById.get(idOf(item));
    if (match === undefined) problems.push({path: `${path}[${i}]`, reason: `lacks item ${JSON.stringify(idOf(item))}, which the source has`});
    else compare(schema.items, item, match, `${path}[${b.indexOf(match)}]`, problems);
  });
  b.forEach((item, i) => {
    if (!sourceIds.has(idOf(item)))
      problems.push({path: `${path}[${i}]`, reason: `has item ${JSON.stringify(idOf(item))}, which the source lacks`});
  });
}

/**
 * Structural differences between a translation and its source (en-GB): every listed item,
 * glossary entry and reference present on both sides, the same number of paragraphs, and
 * references and clinical codes kept exactly as published.
 */
export function compareWithSource(source: ContentBundle, candidate: ContentBundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  compare(contentBundleSchema, source, candidate, '$', problems);
  const sourceRefs = new Map(source.meta.references.map((ref) => [ref.id, ref]));
  candidate.meta.references.forEach((ref, i) => {
    const original = sourceRefs.get(ref.id);
    if (!original) return;
    for (const field of ['title', 'authors', 'publication'] as const) {
      if (ref[field] !== original[field])
        problems.push({path: `$.meta.references[${i}].${field}`, reason: 'must stay exactly as in the source (references are not translated)'});
    }
  });
  // A code names the same condition in every language: a translation keeps the source's exactly.
  const codes = (bundle: ContentBundle) => JSON.stringify(bundle.meta.condition ?? null);
  if (codes(candidate) !== codes(source))
    problems.push({path: '$.meta.condition', reason: 'must stay exactly as in the source (clinical codes are not translated)'});
  return problems;
}
