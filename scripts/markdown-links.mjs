// Relative links and heading anchors of a Markdown file, as GitHub renders them: what
// scripts/check-links.mjs checks in the docs, and test/node/package.test.mjs in the published ones.

/** The text outside fenced code blocks, with inline code emptied, line numbers kept. */
function prose(markdown) {
  let fence = null;
  return markdown.split('\n').map((line) => {
    const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '``');
  });
}

/**
 * Every link and image whose target is relative (no scheme, not protocol-relative): Markdown
 * `[text](target)` and `![alt](target)`, and HTML `href`/`src` attributes, outside code.
 * @returns {{line: number, target: string, path: string, fragment: string | undefined}[]}
 */
export function relativeLinks(markdown) {
  const links = [];
  prose(markdown).forEach((text, index) => {
    const targets = [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...text.matchAll(/<(?:a|img)\s[^>]*?\b(?:href|src)="([^"]+)"/gi)].map((m) => m[1]),
    ];
    for (const target of targets) {
      if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(target)) continue;
      const hash = target.indexOf('#');
      const path = decodeURIComponent(hash === -1 ? target : target.slice(0, hash));
      const fragment = hash === -1 ? undefined : decodeURIComponent(target.slice(hash + 1));
      links.push({line: index + 1, target, path, fragment});
    }
  });
  return links;
}

/** GitHub's anchor for a heading's text (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
  // Code spans are literal text; outside them, links and images become their text and HTML tags go.
  const text = heading
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 ? part.replace(/^`+|`+$/g, '') : part.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '')))
    .join('')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every fragment a link may name in this file: heading anchors (with GitHub's -1, -2 for repeats) and HTML ids and names. */
export function anchors(markdown) {
  const found = new Set();
  const seen = new Map();
  const raw = markdown.split('\n');
  prose(markdown).forEach((line, index) => {
    const heading = line.match(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (heading) {
      // Inline code was emptied for link-finding; the anchor is made from the heading as written.
      const base = slug(raw[index].replace(/^ {0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count ? `${base}-${count}` : base);
    }
    for (const m of line.matchAll(/<[a-z][^>]*?\b(?:id|name)="([^"]+)"/gi)) found.add(m[1]);
  });
  return found;
}
