/**
 * `value` as an absolute http(s) URL, or undefined: no `javascript:`, `data:`, `file:` or
 * anything else a bundle or attribute could smuggle in. The one rule for links and for `src`.
 */
export function parseHttpUrl(value: string, base?: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}
