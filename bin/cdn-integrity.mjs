// Subresource Integrity for every file of the CDN build. The script tag's `integrity` covers the
// main file only; the files it loads later (other languages, the bundle validator, the drawing)
// are covered by the `integrity` section of an import map, which browsers that support it
// (Chromium 127+, Safari 18+, Firefox 138+) enforce for every module they load.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export const CDN_DIR = 'dist/cdn';
export const MAIN_FILE = 'secondary-liver-info.js';

export const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** Every file of the CDN build, main file first, as paths relative to the folder. */
export const cdnFiles = (dir = CDN_DIR) => [
  MAIN_FILE,
  ...readdirSync(join(dir, 'chunks')).sort().map((file) => `chunks/${file}`),
];

/** `{"integrity": {url: hash}}` for every file, under `baseUrl` (ending in `/`). */
export const integrityImportMap = (baseUrl, dir = CDN_DIR) =>
  JSON.stringify({integrity: Object.fromEntries(cdnFiles(dir).map((file) => [`${baseUrl}${file}`, sri(join(dir, file))]))}, null, 2);

/** The HTML a host pastes: the import map (before any module script), then the script tag. */
export const scriptTagSnippet = (baseUrl, dir = CDN_DIR) =>
  [
    '<script type="importmap">',
    integrityImportMap(baseUrl, dir),
    '</script>',
    `<script type="module" src="${baseUrl}${MAIN_FILE}"`,
    `        integrity="${sri(join(dir, MAIN_FILE))}" crossorigin="anonymous"></script>`,
  ].join('\n');
