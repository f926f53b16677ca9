// `npx secondary-liver-info cdn-snippet --base https://example.org/sli/`: the import map with the
// integrity of every CDN file, and the script tag, for a host that serves dist/cdn/ itself.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {MAIN_FILE, scriptTagSnippet} from './cdn-integrity.mjs';

const USAGE = 'usage: secondary-liver-info cdn-snippet --base <https URL of your copy of dist/cdn/>';
// The package's own build, wherever npx installed it.
const PACKAGE_CDN = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/** The base as a URL ending in `/`, or a reason it is not one a page can load modules from. */
function parseBase(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return {error: `--base ${JSON.stringify(text)} is not an absolute URL`};
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return {error: `--base must be an http or https URL, not ${url.protocol}`};
  if (url.search || url.hash) return {error: '--base must not have a query or fragment'};
  return {base: url.href.endsWith('/') ? url.href : `${url.href}/`};
}

export function cdnSnippet(args, dir = PACKAGE_CDN) {
  if (args[0] === '--help') {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 2 || args[0] !== '--base') {
    console.error(USAGE);
    return 2;
  }
  const {base, error} = parseBase(args[1]);
  if (error) {
    console.error(`secondary-liver-info cdn-snippet: ${error}`);
    return 2;
  }
  if (!existsSync(`${dir}${MAIN_FILE}`)) {
    console.error('secondary-liver-info cdn-snippet: dist/cdn/ is missing; run `npm run build` first');
    return 1;
  }
  // One write of the whole text: nothing partial reaches standard output.
  process.stdout.write(`${scriptTagSnippet(base, dir)}\n`);
  return 0;
}
