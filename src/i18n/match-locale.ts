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
 * (same language, different region), anything unknown → `fallback`.
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
  for (let length = subtags.length; length > 0; length--) {
    const exact = byLowerCase.get(subtags.slice(0, length).join('-'));
    if (exact) return {locale: exact, wellFormed: true};
  }
  const sameLanguage = available.find((code) => code.toLowerCase().split('-')[0] === subtags[0]);
  return {locale: sameLanguage ?? fallback, wellFormed: true};
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
