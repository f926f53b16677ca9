// Test-only routes for the web-test-runner server: partner bundles that misbehave on request,
// and pages served with real Content-Security-Policy headers.
import {readFileSync} from 'node:fs';
import {cdnFiles, scriptTagSnippet} from '../../scripts/cdn-integrity.mjs';

const enGB = () => JSON.parse(readFileSync(new URL('../../locales/bundles/en-GB.json', import.meta.url), 'utf8'));
const cy = () => JSON.parse(readFileSync(new URL('../../locales/bundles/cy.json', import.meta.url), 'utf8'));

export const CSP_NONCE = 'dGVzdC1ub25jZQ';
const STRICT_CSP = `script-src 'nonce-${CSP_NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; style-src 'self'; require-trusted-types-for 'script'`;
/** Named policies, as a host that lists its Trusted Types policies would write them. */
const TRUSTED_TYPES_NAMES = {
  'lit-and-widget': `trusted-types lit-html secondary-liver-info`,
  'widget-duplicates': `trusted-types secondary-liver-info 'allow-duplicates'`,
  // Any name, but no name twice: what a second copy of the widget used to break.
  any: `trusted-types *`,
  // A host that lists only its own Lit's policy, not the widget's.
  'lit-only': `trusted-types lit-html`,
};

let lastBundleRequest = {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `/__test__/bundle?kind=…&status=…&delay=…`; `/__test__/last-bundle-request`. */
async function bundleRoutes(ctx) {
  if (ctx.path === '/__test__/last-bundle-request') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(lastBundleRequest);
    return true;
  }
  if (ctx.path !== '/__test__/bundle') return false;
  const {kind = 'valid', status = '200', delay = '0', title} = ctx.query;
  lastBundleRequest = {
    method: ctx.method,
    cookie: ctx.get('cookie') || null,
    referer: ctx.get('referer') || null,
    origin: ctx.get('origin') || null,
    secFetchMode: ctx.get('sec-fetch-mode') || null,
  };
  if (Number(delay)) await sleep(Number(delay));
  ctx.status = Number(status);
  ctx.type = 'application/json';
  const bundle = kind === 'cy' ? cy() : enGB();
  if (title) bundle.meta.title = title;
  switch (kind) {
    case 'not-json':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Oops</p>';
      break;
    case 'invalid':
      delete bundle.sections.symptoms.caveat;
      ctx.body = JSON.stringify(bundle);
      break;
    case 'large':
      bundle.padding = 'x'.repeat(600 * 1024);
      ctx.body = JSON.stringify(bundle);
      break;
    case 'slow-body': {
      // Headers at once, then a body that never finishes: only the timeout can end it.
      const {PassThrough} = await import('node:stream');
      const stream = new PassThrough();
      stream.write('{"schemaVersion": "1",');
      ctx.body = stream;
      setTimeout(() => stream.end(), 20000);
      break;
    }
    default:
      ctx.body = JSON.stringify(bundle);
  }
  return true;
}

/** `/__test__/ssr-page?js=0|1`: a host page with a static snippet; js=0 forbids every script. */
function ssrPage(ctx) {
  if (ctx.path !== '/__test__/ssr-page') return false;
  const snippet = readFileSync(new URL('../../build/snippets/cy-symptoms-tests.html', import.meta.url), 'utf8');
  const js = ctx.query.js === '1';
  if (!js) ctx.set('Content-Security-Policy', "script-src 'none'");
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Static snippet</title>
${js ? `<script>
  // Samples what is on screen every frame, from the end of parsing (before the widget's script
  // runs) until after it has taken over. While the parser streams the page, a frame may show a
  // half-parsed snippet; that is the host page loading, not the takeover, so it is not sampled.
  window.__sectionCounts = [];
  const sample = () => {
    const root = document.querySelector('secondary-liver-info')?.shadowRoot;
    if (root && document.readyState !== 'loading') window.__sectionCounts.push(root.querySelectorAll('[part~="section"]').length);
    if (window.__sectionCounts.length < 60) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
</script>` : ''}
<script type="module" src="/dist/cdn/secondary-liver-info.js"></script></head>
<body><main><h1>Host page</h1>${snippet}<p id="after">Host content after the widget.</p></main></body></html>`;
  return true;
}

/**
 * `/__test__/ssr-light-dom`: a host page holding what Lit's server rendering makes of light-DOM
 * elements (build/snippets/ssr-light-dom.html), with the widget's script, sampling every frame
 * whether the panel's sections are in its shadow root, in the page, or both.
 */
function ssrLightDomPage(ctx) {
  if (ctx.path !== '/__test__/ssr-light-dom') return false;
  const rendered = readFileSync(new URL('../../build/snippets/ssr-light-dom.html', import.meta.url), 'utf8');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Server-rendered light DOM</title>
<script src="/test/pages/error-recorder.js"></script>
<script>
  window.__frames = [];
  const sample = () => {
    const panel = document.querySelector('secondary-liver-info');
    if (panel && document.readyState !== 'loading') {
      const inShadow = panel.shadowRoot?.querySelectorAll('[part~="section"]').length ?? 0;
      const inPage = panel.querySelectorAll('[part~="section"]').length;
      window.__frames.push({inShadow, inPage, height: panel.getBoundingClientRect().height});
    }
    if (window.__frames.length < 60) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
</script>
<script type="module" src="/dist/cdn/secondary-liver-info.js"></script></head>
<body><main><h1>Host page</h1>${rendered}<p id="after">Host content after the widget.</p></main></body></html>`;
  return true;
}

/** `/__test__/light-snippet?js=0|1`: a host page with the light-DOM rich snippet; js=0 forbids every script. */
function lightSnippetPage(ctx) {
  if (ctx.path !== '/__test__/light-snippet') return false;
  const snippet = readFileSync(new URL('../../build/snippets/light-en-GB.html', import.meta.url), 'utf8');
  const js = ctx.query.js === '1';
  if (!js) ctx.set('Content-Security-Policy', "script-src 'none'");
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Light-DOM snippet</title>
${js ? '<script type="module" src="/dist/cdn/secondary-liver-info.js"></script>' : ''}</head>
<body><main><h1>Host page</h1><ul id="host-list"><li>Host item</li></ul>${snippet}<p id="after">Host content after the widget.</p></main></body></html>`;
  return true;
}

/**
 * `/__test__/default-snippet?kind=rich|plain&locale=…&js=0|1`: a host page holding the default
 * snippet of that kind and language (build/snippets/default-*.html), with or without the script.
 */
function defaultSnippetPage(ctx) {
  if (ctx.path !== '/__test__/default-snippet') return false;
  const {kind = 'rich', locale = 'en-GB', js = '0'} = ctx.query;
  if (!['rich', 'plain'].includes(kind) || !/^[a-zA-Z-]+$/.test(locale)) return false;
  const snippet = readFileSync(new URL(`../../build/snippets/default-${kind}-${locale}.html`, import.meta.url), 'utf8');
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Default snippet</title>
<script src="/test/pages/error-recorder.js"></script>
${js === '1' ? '<script type="module" src="/dist/cdn/secondary-liver-info.js"></script>' : ''}</head>
<body><main><h1>Host page</h1>${snippet}</main></body></html>`;
  return true;
}

/**
 * `/__test__/cdn/…`: the CDN folder as a host would copy it; `/__test__/cdn-tampered/…` the
 * same, except that the Welsh chunk carries one extra line, as a compromised CDN would serve it.
 * `/__test__/sri-page?tamper=0|1`: a Welsh page with the integrity import map of dist/cdn/snippet.html
 * (hashes of the real files) pointing at one or the other.
 */
function sriRoutes(ctx) {
  const served = /^\/__test__\/(cdn|cdn-tampered)\/(.+)$/.exec(ctx.path);
  if (served) {
    const [, folder, file] = served;
    if (!cdnFiles().includes(file)) return false;
    let body = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    if (folder === 'cdn-tampered' && /^chunks\/(cy|spread-drawing)-/.test(file)) body = `window.__tampered = true;\n${body}`;
    ctx.type = 'text/javascript';
    ctx.body = body;
    return true;
  }
  if (ctx.path !== '/__test__/sri-page') return false;
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>SRI</title>
<script>window.__events = []; for (const type of ['sli-content-load', 'sli-content-error']) addEventListener(type, (e) => window.__events.push([type, e.detail.reason ?? e.detail.locale]));
window.__warnings = []; const warn = console.warn.bind(console); console.warn = (...args) => { window.__warnings.push(args.join(' ')); warn(...args); };</script>
${scriptTagSnippet(`${ctx.origin}/__test__/${ctx.query.tamper === '1' ? 'cdn-tampered' : 'cdn'}/`)}
</head><body>${ctx.query.panel ? '<secondary-liver-info lang="en-GB" sections="what-is-it"></secondary-liver-info><secondary-liver-info lang="en-GB" sections="what-is-it"></secondary-liver-info>' : '<symptom-list></symptom-list>'}${ctx.query.term ? '<p><glossary-term term="ascites">hylif</glossary-term></p>' : ''}</body></html>`;
  return true;
}

/**
 * `/__test__/older/…`: the CDN folder as an older release would serve it (its version string
 * says 0.0.9), for pages with two versions of the widget. `/__test__/two-versions?first=older|current`.
 */
function twoVersionsRoutes(ctx) {
  const older = /^\/__test__\/older\/(.+)$/.exec(ctx.path);
  if (older) {
    if (!cdnFiles().includes(older[1])) return false;
    const body = readFileSync(new URL(`../../dist/cdn/${older[1]}`, import.meta.url), 'utf8');
    ctx.type = 'text/javascript';
    const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    ctx.body = older[1] === 'secondary-liver-info.js' ? body.replaceAll(JSON.stringify(version), '"0.0.9"') : body;
    return true;
  }
  if (ctx.path !== '/__test__/two-versions') return false;
  const current = '/dist/cdn/secondary-liver-info.js';
  const previous = '/__test__/older/secondary-liver-info.js';
  const [a, b] = ctx.query.first === 'older' ? [previous, current] : [current, previous];
  ctx.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types *`);
  ctx.type = 'text/html';
  // The second script waits for the first, as when two plugins enqueue the widget one after another.
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Two versions</title>
<script nonce="${CSP_NONCE}" src="/test/pages/csp-recorder.js"></script>
<script type="module" nonce="${CSP_NONCE}">
await import('${a}');
const second = await import('${b}');
window.__versions = ['secondary-liver-info', 'symptom-list', 'glossary-term'].map((tag) => customElements.get(tag).version);
window.__secondExportsOwners = second.SecondaryLiverInfo === customElements.get('secondary-liver-info') && second.GlossaryTerm === customElements.get('glossary-term');
window.__litCopies = (window.litHtmlVersions ?? []).length;
await customElements.whenDefined('symptom-list');
await document.querySelector('symptom-list').updateComplete;
window.__done = true;
</script></head><body><symptom-list></symptom-list></body></html>`;
  return true;
}

let releaseParts = () => {};
let partsReleased = Promise.resolve();

/**
 * The self-contained file with its parts below the first screen held back or failing:
 * `/__test__/first-screen?parts=held|failing[&ver=1]` is a page with the import map (or, with
 * `ver`, a WordPress-style `?ver=` script tag) and a default panel; `/__test__/release-parts`
 * lets held parts through; `/__test__/parts-(held|failing)/…` serves the CDN folder.
 */
async function firstScreenRoutes(ctx) {
  if (ctx.path === '/__test__/release-parts') {
    releaseParts();
    ctx.body = 'released';
    return true;
  }
  const served = /^\/__test__\/parts-(held|failing)\/(.+)$/.exec(ctx.path);
  if (served) {
    const [, mode, file] = served;
    if (!cdnFiles().includes(file)) return false;
    if (/^chunks\/parts-/.test(file)) {
      if (mode === 'failing') {
        ctx.status = 503;
        return true;
      }
      await partsReleased;
    }
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    return true;
  }
  if (ctx.path !== '/__test__/first-screen') return false;
  partsReleased = new Promise((resolve) => (releaseParts = resolve));
  const base = `${ctx.origin}/__test__/parts-${ctx.query.parts === 'failing' ? 'failing' : 'held'}/`;
  const script = ctx.query.ver ? `<script type="module" src="${base}secondary-liver-info.js?ver=6.4"></script>` : scriptTagSnippet(base);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>First screen</title>
<script>window.__events = []; window.__problems = [];
for (const type of ['sli-content-load', 'sli-content-error']) addEventListener(type, (e) => window.__events.push([type, e.detail.reason ?? e.detail.locale, !!e.target.shadowRoot.querySelector('[part~="about"]')]));
addEventListener('error', (e) => window.__problems.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.__problems.push(String(e.reason)));</script>
${script}
</head><body><secondary-liver-info></secondary-liver-info><p><glossary-term term="ascites">ascites</glossary-term></p></body></html>`;
  return true;
}

/** Koa middleware for the test server (web-test-runner's `middleware` option runs it before static files). */
export async function testRoutes(ctx, next) {
  if ((await bundleRoutes(ctx)) || (await firstScreenRoutes(ctx)) || ssrPage(ctx) || ssrLightDomPage(ctx) || lightSnippetPage(ctx) || defaultSnippetPage(ctx) || sriRoutes(ctx) || twoVersionsRoutes(ctx)) return;
  await next();
  if (/^\/test\/pages\/csp-[\w-]+\.html$/.test(ctx.path)) {
    const names = TRUSTED_TYPES_NAMES[ctx.query.tt];
    ctx.set('Content-Security-Policy', names ? `${STRICT_CSP}; ${names}` : STRICT_CSP);
  }
}
