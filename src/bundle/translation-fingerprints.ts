import type {ContentBundle} from './content-bundle.js';
import type {SectionId} from './section-ids.js';

// The same rules as scripts/translation-fingerprints.mjs, which the build scripts use before this
// is compiled; check:content checks that both give the same answers for every shipped bundle.

/** A translated string that is out of date, by its JSON path in every language. */
export interface StaleString {
  readonly path: string;
  readonly reason: string;
  /** The English text has no recorded fingerprint at all (rather than a changed one). */
  readonly untracked?: true;
}

const NOT_TRANSLATED = new Set(['$schema', 'schemaVersion', 'locale', 'dir', 'id', 'lang', 'editorial', 'reviewedBy', 'reviewedOn', 'lastReviewed', 'nextReviewDue', 'references', 'source', 'translation', 'condition']);

const isRichText = (value: unknown): boolean =>
  Array.isArray(value) && value.every((run) => typeof run === 'string' || (run !== null && typeof run === 'object' && !Array.isArray(run) && !('id' in run)));
const key = (path: string, name: string) => (/^[A-Za-z_]\w*$/.test(name) ? `${path}.${name}` : `${path}['${name}']`);

/** Every translated text of a bundle by a JSON path (RFC 9535) that is the same in every language. */
export function translatableTexts(bundle: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string' || isRichText(value)) out.set(path, value);
    else if (Array.isArray(value))
      value.forEach((item: {id?: unknown}, i) => walk(item, typeof item?.id === 'string' ? `${path}[?@.id=='${item.id}']` : `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [name, child] of Object.entries(value)) if (!NOT_TRANSLATED.has(name)) walk(child, key(path, name));
  };
  walk(bundle, '$');
  return out;
}

/** 32-bit FNV-1a of the text's JSON, in base 36: short, and enough to notice an edit. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The strings of `translation` whose English (in `source`) changed after they were translated, or
 * that the English no longer has; and English texts with no recorded fingerprint. A translation
 * that records no fingerprints is not checked.
 */
export function staleStrings(source: ContentBundle, translation: ContentBundle): StaleString[] {
  const recorded = translation.meta.translation.fingerprints;
  if (!recorded) return [];
  const english = translatableTexts(source);
  const problems: StaleString[] = [];
  const seen = new Set<string>();
  for (const {path, sourceFingerprint, translatedOn} of recorded) {
    seen.add(path);
    if (!english.has(path)) problems.push({path, reason: `translated on ${translatedOn} from English text that no longer exists`});
    else if (fingerprint(english.get(path)) !== sourceFingerprint)
      problems.push({path, reason: `the English has changed since this was translated on ${translatedOn}`});
  }
  for (const path of english.keys()) if (!seen.has(path)) problems.push({path, reason: 'has no fingerprint of the English it translates', untracked: true});
  return problems;
}

/** The section a path is in (`$.sections.symptoms.intro` → `symptoms`), if any. */
export const sectionOfPath = (path: string): SectionId | undefined =>
  /^\$\.sections(?:\.(\w+)|\['([\w-]+)'\])/.exec(path)?.slice(1).find(Boolean) as SectionId | undefined;
