// Which en-GB text each translated string was made from, as a fingerprint, and which translated
// strings are stale because the English has changed since. Plain JS for the scripts that run
// before TypeScript is compiled (scripts/generate-locale-modules.mjs); the widget and the CLI use
// src/bundle/translation-fingerprints.ts, and check:content checks that both agree.

/** Fields that hold no translated text: ids, codes, dates, flags, and references kept as published. */
const NOT_TRANSLATED = new Set(['$schema', 'schemaVersion', 'locale', 'dir', 'id', 'lang', 'editorial', 'reviewedBy', 'reviewedOn', 'lastReviewed', 'nextReviewDue', 'references', 'source', 'translation', 'condition']);

const isRichText = (value) =>
  Array.isArray(value) && value.every((run) => typeof run === 'string' || (run !== null && typeof run === 'object' && !Array.isArray(run) && !('id' in run)));
const key = (path, name) => (/^[A-Za-z_]\w*$/.test(name) ? `${path}.${name}` : `${path}['${name}']`);

/**
 * Every translated text of a bundle by a JSON path (RFC 9535) that is the same in every language:
 * list items and glossary entries by id (`$.glossary[?@.id=='ascites'].definition`), paragraphs by
 * position. A text is a string or a whole rich-text run list.
 */
export function translatableTexts(bundle) {
  const out = new Map();
  const walk = (value, path) => {
    if (typeof value === 'string' || isRichText(value)) out.set(path, value);
    else if (Array.isArray(value))
      value.forEach((item, i) => walk(item, typeof item?.id === 'string' ? `${path}[?@.id=='${item.id}']` : `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [name, child] of Object.entries(value)) if (!NOT_TRANSLATED.has(name)) walk(child, key(path, name));
  };
  walk(bundle, '$');
  return out;
}

/** 32-bit FNV-1a of the text's JSON, in base 36: short, and enough to notice an edit. */
export function fingerprint(value) {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The translated strings whose English changed after they were translated, or that the English no
 * longer has, by JSON path; and English texts the translation records no fingerprint for.
 * A translation without fingerprints is not checked (nothing is known about it).
 */
export function staleStrings(source, translation) {
  const recorded = translation.meta?.translation?.fingerprints;
  if (!Array.isArray(recorded)) return [];
  const english = translatableTexts(source);
  const problems = [];
  const seen = new Set();
  for (const {path, sourceFingerprint, translatedOn} of recorded) {
    seen.add(path);
    if (!english.has(path)) problems.push({path, reason: `translated on ${translatedOn} from English text that no longer exists`});
    else if (fingerprint(english.get(path)) !== sourceFingerprint)
      problems.push({path, reason: `the English has changed since this was translated on ${translatedOn}`});
  }
  for (const path of english.keys()) if (!seen.has(path)) problems.push({path, reason: 'has no fingerprint of the English it translates', untracked: true});
  return problems;
}
