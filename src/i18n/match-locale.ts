export interface LocaleMatch {
  /** A locale from `available`, or the fallback. */
  readonly locale: string;
  /** False when `requested` is not a well-formed BCP 47 tag. */
  readonly wellFormed: boolean;
}

/**
 * BCP 47 lookup with truncation: `cy-GB` → `cy`, `ar-EG` → `ar`, `en-US` → `en` → `en-GB`
 * (same language, different region), anything unknown → `fallback`.
 */
export function matchLocale(requested: string, available: readonly string[], fallback: string): LocaleMatch {
  if (!requested.trim()) return {locale: fallback, wellFormed: true};
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

/** True when a bundle in `bundleLocale` answers a request for `requested` (same primary language). */
export const sameLanguage = (requested: string, bundleLocale: string): boolean =>
  requested.trim().toLowerCase().split('-')[0] === bundleLocale.toLowerCase().split('-')[0];
