/**
 * `value` as an absolute http(s) URL, or undefined: no `javascript:`, `data:`, `file:` or
 * anything else a bundle or attribute could smuggle in, and no user name or password, which
 * only serve to make `https://www.nhs.uk@evil.test/` look like somewhere it is not.
 * The one rule for links and for `src`; links further require https.
 */
export function parseHttpUrl(value: string, base?: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : undefined;
}

/** `value` as a URL a link may point to: https only, by the same rule. Links from bundles use nothing else. */
export const parseHttpsLinkUrl = (value: string | undefined): URL | undefined => {
  const url = value ? parseHttpUrl(value) : undefined;
  return url?.protocol === 'https:' ? url : undefined;
};

/** What events and console messages say of a URL: origin and path, never its query, fragment or credentials. */
export const reportableUrl = (url: URL): string => url.origin + url.pathname;
