export interface LocaleMatch {
  /** A locale from `available`, or the fallback. */
  readonly locale: string;
  /** False when `requested` is not a well-formed BCP 47 tag. */
  readonly wellFormed: boolean;
}

/**
 * The longest tag read. BCP 47 sets no limit, but a real tag (language, script, region, a variant
 * or two, an extension) fits well within this; a longer one is treated as malformed without asking
 * `Intl` to parse it.
 */
export const MAX_LANGUAGE_TAG_LENGTH = 128;

/**
 * BCP 47 lookup with truncation: `cy-GB` → `cy`, `ar-EG` → `ar`, `en-US` → `en` → `en-GB`
 * (same language, different region), anything unknown → `fallback`. A locale written in another
 * script than the one requested never matches (`pa-Arab` → `fallback`, not Gurmukhi `pa`).
 */
export function matchLocale(requested: string, available: readonly string[], fallback: string): LocaleMatch {
  if (!requested.trim()) return {locale: fallback, wellFormed: true};
  if (requested.trim().length > MAX_LANGUAGE_TAG_LENGTH) return {locale: fallback, wellFormed: false};
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(requested.trim());
  } catch {
    return {locale: fallback, wellFormed: false};
  }
  const byLowerCase = new Map(available.map((code) => [code.toLowerCase(), code]));
  const subtags = canonical.toLowerCase().split('-');
  // A reader of Panjabi in Shahmukhi (`pa-Arab`, or `pa-PK`, which is written so) cannot read the
  // Gurmukhi of `pa`: a locale in another script is no match, and English is shown instead.
  const script = scriptOf(canonical);
  const readable = (code: string) => !script || scriptOf(code) === undefined || scriptOf(code) === script;
  for (let length = subtags.length; length > 0; length--) {
    const exact = byLowerCase.get(subtags.slice(0, length).join('-'));
    if (exact && readable(exact)) return {locale: exact, wellFormed: true};
  }
  const sameLanguage = available.find((code) => code.toLowerCase().split('-')[0] === subtags[0] && readable(code));
  return {locale: sameLanguage ?? fallback, wellFormed: true};
}

/** The script a tag is written in, stated or likely (`pa` → Guru; `pa-Arab`, `pa-PK` → Arab); undefined if unknown. */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** A tag's primary language as BCP 47 canonicalises it (`cym` and `CY-gb` → `cy`); as written if it is not a tag. */
function primaryLanguage(tag: string): string {
  const trimmed = tag.trim();
  let canonical = trimmed;
  if (trimmed.length <= MAX_LANGUAGE_TAG_LENGTH) {
    try {
      canonical = Intl.getCanonicalLocales(trimmed)[0] ?? trimmed;
    } catch {
      // Not a tag: compared as written, so it matches nothing real.
    }
  }
  return canonical.toLowerCase().split('-')[0]!;
}

/** True when a bundle in `bundleLocale` answers a request for `requested` (same primary language). */
export const sameLanguage = (requested: string, bundleLocale: string): boolean =>
  primaryLanguage(requested) === primaryLanguage(bundleLocale);
