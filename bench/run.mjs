#!/usr/bin/env node
// `npm run bench` (after `npm run build`): what the widget costs a host page, measured against
// the cheapest way to show the same content (static HTML) in the same run, in headless Debian
// Chromium. Each case runs several times; medians are reported. Prints progress and a table,
// writes bench/results.json, and writes the same table into docs/operations/performance.md
// (between the generated:bench markers), so the docs cannot disagree with the run. Not the
// README: nothing in it changes when code changes.
// Not part of `npm test`: timings on shared machines are for reading, not asserting.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const CHROME = CHROME_PATH;
const ARGS = [...CHROME_ARGS, '--js-flags=--expose-gc'];
const PAGES = 'build/bench';
/** The targets of issue 24, each printed against the measured number. */
const TARGETS = {panelRatio: 1.5, termsRatio: 1.3, heapPerTermKB: 0.3, cls: 0, longTaskMs: 50};
const DEMO_PAGES = ['index', 'hospital', 'charity', 'portal', 'theming', 'broken-src'];
/** How long the widget's script is held back on the demo pages: a slow network, made repeatable. */
const SCRIPT_DELAY_MS = 400;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const progress = (what) => console.log(`bench: ${what}…`);

const head = (title, extra = '') => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extra}</head>`;
const T0 = '<script>window.__t0 = performance.now();</script>';
const afterPaint = 'await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));';
const WIDGET = '<script type="module" src="/dist/cdn/secondary-liver-info.js"></script>';
const paragraphs = (count, term) =>
  Array.from({length: count}, (_, i) => `<p>Paragraph ${i} of host text mentions ${term(i)} in passing.</p>`).join('\n');
const TERMS = ['ascites', 'jaundice', 'abdomen', 'metastases', 'primary-cancer'];
const SHADOW_TERM_CSS = `:host{display:inline;position:relative}*{box-sizing:border-box}
[part~="term"]{display:inline;margin:0;padding:0;border:0;background:none;text-align:inherit;font:inherit;color:inherit;
text-decoration:underline dotted;text-underline-offset:.2em;cursor:help;white-space:normal}
:focus-visible{outline:3px solid currentColor;outline-offset:2px}`;

function writePages(staticPanelHtml) {
  mkdirSync(PAGES, {recursive: true});
  const pages = {
    // 1. The panel, and the same content as static HTML.
    'panel.html': `${head('panel')}<body>${T0}<main><secondary-liver-info ${process.env.BENCH_PANEL_ATTRS ?? ""}></secondary-liver-info></main>${WIDGET}
<script type="module">
await customElements.whenDefined('secondary-liver-info');
await document.querySelector('secondary-liver-info').updateComplete;
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    'panel-static.html': `${head('static')}<body>${T0}<main>${staticPanelHtml}</main>
<script type="module">
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    // 2. 1000 glossary terms, and 1000 <abbr title>.
    'terms.html': `${head('terms')}<body>${T0}<main>${paragraphs(1000, (i) => `<glossary-term term="${TERMS[i % 5]}">${TERMS[i % 5]}</glossary-term>`)}</main>${WIDGET}
<script type="module">
await customElements.whenDefined('glossary-term');
const terms = [...document.querySelectorAll('glossary-term')];
await Promise.all(terms.map((t) => t.updateComplete));
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    // The floor for any design with a shadow root per term: the same module loads, then 1000 bare
    // elements each get a shadow root, a button and the widget's own term styles, and nothing else.
    'terms-floor.html': `${head('floor')}<body>${T0}<main>${paragraphs(1000, (i) => `<bare-term>${TERMS[i % 5]}</bare-term>`)}</main>
<script type="module">
import '/dist/cdn/secondary-liver-info.js';
// The styles the term had in its shadow root before issue 24 (the term no longer has one).
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(SHADOW_TERM_CSS)});
const styles = [sheet];
customElements.define('bare-term', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = styles;
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'term');
    button.append(document.createElement('slot'));
    root.append(button);
  }
});
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    // The floor of the design without a shadow root: the same module loads, then 1000 bare
    // elements become buttons by their attributes alone, and nothing else.
    'terms-floor-light.html': `${head('floor, no shadow root')}<body>${T0}<main>${paragraphs(1000, (i) => `<bare-term>${TERMS[i % 5]}</bare-term>`)}</main>
<script type="module">
import '/dist/cdn/secondary-liver-info.js';
customElements.define('bare-term', class extends HTMLElement {
  connectedCallback() {
    this.setAttribute('role', 'button');
    this.setAttribute('tabindex', '0');
    this.setAttribute('aria-expanded', 'false');
  }
});
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    'terms-abbr.html': `${head('abbr')}<body>${T0}<main>${paragraphs(1000, (i) => `<abbr title="A definition of ${TERMS[i % 5]} as long as a real one would be, for comparison.">${TERMS[i % 5]}</abbr>`)}</main>
<script type="module">
${afterPaint}
window.__result = performance.now() - window.__t0;
</script></body></html>`,
    // 3. The largest valid bundle: 300 glossary references (the validator's cap) and about 500 KB of text.
    'heaviest.html': `${head('heaviest')}<body><main><secondary-liver-info></secondary-liver-info></main>${WIDGET}
<script type="module">
await customElements.whenDefined('secondary-liver-info');
const el = document.querySelector('secondary-liver-info');
await el.updateComplete;
const bundle = await (await fetch('/${PAGES}/heaviest.json')).json();
await new Promise((r) => setTimeout(r, 200));
const tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({type: 'longtask'});
const start = performance.now();
el.bundle = bundle;
await el.updateComplete;
${afterPaint}
await new Promise((r) => setTimeout(r, 100));
window.__result = {ms: performance.now() - start, longestTask: Math.max(0, ...tasks), terms: el.shadowRoot.querySelectorAll('glossary-term').length};
</script></body></html>`,
    // 4. Language switch: the panel and 100 terms, en-GB to cy.
    'switch.html': `${head('switch')}<body><main><secondary-liver-info></secondary-liver-info>${paragraphs(100, (i) => `<glossary-term term="${TERMS[i % 5]}">${TERMS[i % 5]}</glossary-term>`)}</main>${WIDGET}
<script type="module">
await customElements.whenDefined('secondary-liver-info');
const all = () => [...document.querySelectorAll('secondary-liver-info, glossary-term')];
await Promise.all(all().map((el) => el.updateComplete));
const switchTo = async (lang) => {
  const start = performance.now();
  document.documentElement.lang = lang;
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all(all().map((el) => el.updateComplete));
  ${afterPaint}
  return performance.now() - start;
};
const cold = await switchTo('cy');
await switchTo('en-GB');
const cached = await switchTo('cy');
window.__result = {cold, cached};
</script></body></html>`,
  };
  for (const [file, html] of Object.entries(pages)) writeFileSync(`${PAGES}/${file}`, html);
  writeFileSync(`${PAGES}/heaviest.json`, JSON.stringify(heaviestValidBundle()));
}

/** The en-GB bundle grown to the limits: 300 glossary references and about 500 KB of text. */
function heaviestValidBundle() {
  const bundle = JSON.parse(readFileSync('locales/bundles/en-GB.json', 'utf8'));
  const existing = JSON.stringify(bundle).match(/"term":"[a-z-]+","text"/g).length;
  let terms = 300 - existing;
  bundle.sections.outlook.body = Array.from({length: 20}, () =>
    Array.from({length: 50}, (_, i) => (i % 2 === 0 && terms-- > 0 ? {term: 'ascites', text: 'ascites'} : 'word '.repeat(100)))
  );
  return bundle;
}

async function loadOnce(browser, origin, file) {
  const page = await browser.newPage();
  await page.goto(`${origin}/${PAGES}/${file}`);
  const value = await page.waitForFunction(() => window.__result).then((h) => h.jsonValue());
  await page.close();
  return value;
}

async function timePage(browser, origin, file) {
  const values = [];
  for (let i = 0; i < RUNS; i++) values.push(await loadOnce(browser, origin, file));
  return values;
}

/**
 * Pages that are compared with each other, loaded in turn, and in alternating order run by run
 * (A B C, C B A, A B C, …), so that a slow spell on this shared machine, or whichever page goes
 * first, weighs on all of them, not on one. values[n][i] is page n in run i.
 */
async function timePagesInTurn(browser, origin, files) {
  const values = files.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const order = [...files.keys()];
    if (i % 2) order.reverse();
    for (const n of order) values[n][i] = await loadOnce(browser, origin, files[n]);
  }
  return values;
}

/**
 * The median of per-run ratios (widget run i over baseline run i): the two sides of a pair ran
 * back to back, so the ratio holds from one run to the next where unpaired medians swing by half.
 */
const pairedRatio = (widget, baseline) => median(widget.map((value, i) => value / baseline[i]));

async function heapAfterGc(browser, origin, file) {
  const page = await browser.newPage();
  await page.goto(`${origin}/${PAGES}/${file}`);
  await page.waitForFunction(() => window.__result);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}

async function toggletipOpen(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/${PAGES}/terms.html`);
  await page.waitForFunction(() => window.__result);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(
      await page.evaluate(async (index) => {
        const term = document.querySelectorAll('glossary-term')[index * 37];
        const start = performance.now();
        term.click();
        await term.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        const elapsed = performance.now() - start;
        term.hide();
        await term.updateComplete;
        return elapsed;
      }, i)
    );
  }
  await page.close();
  return times;
}

/**
 * Each demo page with the widget's script held back SCRIPT_DELAY_MS, as on a slow connection:
 * the layout shift of the whole load (PerformanceObserver, every entry without recent input), and
 * whether the host's own content was painted (first contentful paint) before the widget's script
 * had finished (its elements defined). A page that blocks rendering on the script paints after it.
 */
async function demoPageLoad(browser, origin, name) {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.route('**/dist/cdn/secondary-liver-info.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
    customElements.whenDefined('glossary-term').then(() => (window.__definedAt = performance.now()));
  });
  await page.goto(`${origin}/demo/${name}.html`, {waitUntil: 'networkidle'});
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    cls: window.__cls,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    definedAt: window.__definedAt ?? Infinity,
  }));
  await page.close();
  return result;
}

async function demoPages(browser, origin) {
  const results = {};
  for (const name of DEMO_PAGES) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await demoPageLoad(browser, origin, name));
    results[name] = {
      cls: round(Math.max(...runs.map((r) => r.cls)), 4),
      firstPaintMs: round(median(runs.map((r) => r.firstPaint))),
      widgetDefinedMs: round(median(runs.map((r) => r.definedAt))),
      paintedFirst: runs.every((r) => r.firstPaint < r.definedAt),
    };
  }
  return results;
}

async function mainThread(browser, origin) {
  // Scripting attributable to the widget: the demo page with it, minus the same page without it.
  const measure = async (blockWidget) => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    if (blockWidget) await page.route('**/dist/cdn/**', (route) => route.abort());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await browser.startTracing(page, {categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
    await page.goto(`${origin}/demo/hospital.html`, {waitUntil: 'networkidle'});
    await page.waitForTimeout(500);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const {metrics} = await cdp.send('Performance.getMetrics');
    const scriptMs = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    // A task is the widget's when it evaluates or calls into the widget's files.
    const ours = trace.traceEvents.filter((e) => JSON.stringify(e.args?.data ?? {}).includes('/dist/cdn/') && e.dur);
    const tasks = trace.traceEvents
      .filter((e) => e.name === 'RunTask' && e.dur && ours.some((o) => o.tid === e.tid && o.ts >= e.ts && o.ts < e.ts + e.dur))
      .map((e) => e.dur / 1000);
    const allTasks = trace.traceEvents.filter((e) => e.name === 'RunTask' && e.dur).map((e) => e.dur / 1000);
    await page.close();
    return {scriptMs, longestTaskMs: Math.max(0, ...tasks), tasksOver50: tasks.filter((t) => t > 50).length, longestAnyTaskMs: Math.max(0, ...allTasks)};
  };
  const withWidget = [];
  const without = [];
  for (let i = 0; i < 5; i++) {
    withWidget.push(await measure(false));
    without.push(await measure(true));
  }
  return {
    longestHostTaskWithoutWidgetMs: median(without.map((r) => r.longestAnyTaskMs)),
    longestTaskMs: median(withWidget.map((r) => r.longestTaskMs)),
    tasksOver50: Math.max(...withWidget.map((r) => r.tasksOver50)),
    widgetScriptingMs: median(withWidget.map((r) => r.scriptMs)) - median(without.map((r) => r.scriptMs)),
  };
}

async function lighthouseScores(origin) {
  const {default: lighthouse} = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = {};
  for (const page of ['index', 'hospital', 'charity', 'portal', 'theming']) {
    const chrome = await chromeLauncher.launch({chromePath: CHROME, chromeFlags: ['--headless=new', ...ARGS]});
    try {
      const {lhr} = await lighthouse(`${origin}/demo/${page}.html`, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']});
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
      const failed = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1).map((ref) => `${c.id}: ${ref.id}`)
      );
      results[page] = {scores, failed};
    } finally {
      await chrome.kill();
    }
  }
  return results;
}

const server = await startStaticServer({headers: {'cache-control': 'max-age=3600'}});
const browser = await chromium.launch({executablePath: CHROME, args: ARGS});
try {
  // The static twin of the panel: its rendered shadow DOM, as plain HTML with the same CSS.
  mkdirSync(PAGES, {recursive: true});
  writeFileSync(`${PAGES}/capture.html`, `${head('capture')}<body><secondary-liver-info></secondary-liver-info>${WIDGET}</body></html>`);
  const capture = await browser.newPage();
  await capture.goto(`${server.origin}/${PAGES}/capture.html`);
  await capture.waitForFunction(() => document.querySelector('secondary-liver-info')?.shadowRoot?.querySelector('.about'));
  const staticPanel = await capture.evaluate(() => {
    const root = document.querySelector('secondary-liver-info').shadowRoot;
    const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n').replaceAll(':host', '.host');
    const htmlText = root.innerHTML.replace(/<!--[^>]*-->/g, '');
    return `<style>${css}</style><div class="host">${htmlText}</div>`;
  });
  await capture.close();
  writePages(staticPanel);

  const results = {date: new Date().toISOString(), runs: RUNS, chromium: browser.version()};
  if (process.env.BENCH_ONLY !== 'terms') {
    progress('panel against its static twin');
    const [panelRuns, panelStaticRuns] = await timePagesInTurn(browser, server.origin, ['panel.html', 'panel-static.html']);
    results.panelRender = {widgetMs: round(median(panelRuns)), staticHtmlMs: round(median(panelStaticRuns)), ratio: round(pairedRatio(panelRuns, panelStaticRuns), 2), target: `<= ${TARGETS.panelRatio}`};
  }

  progress('1000 glossary terms against 1000 <abbr>');
  const [termRuns, abbrRuns, floorRuns, lightFloorRuns] = await timePagesInTurn(browser, server.origin, ['terms.html', 'terms-abbr.html', 'terms-floor.html', 'terms-floor-light.html']);
  const [terms, abbr, floor, lightFloor] = [termRuns, abbrRuns, floorRuns, lightFloorRuns].map(median);
  // Median of three loads each, taken in turn as the timings are.
  const heaps = [[], []];
  for (let i = 0; i < 3; i++) {
    heaps[0].push(await heapAfterGc(browser, server.origin, 'terms.html'));
    heaps[1].push(await heapAfterGc(browser, server.origin, 'terms-abbr.html'));
  }
  const [termsHeap, abbrHeap] = heaps.map(median);
  const open = median(await toggletipOpen(browser, server.origin));
  results.glossaryTerms1000 = {
    widgetMs: round(terms), abbrMs: round(abbr), timeRatio: round(pairedRatio(termRuns, abbrRuns), 2), target: `<= ${TARGETS.termsRatio}`,
    bareShadowTermsMs: round(floor), bareShadowTermsRatio: round(pairedRatio(floorRuns, abbrRuns), 2),
    bareLightTermsMs: round(lightFloor), bareLightTermsRatio: round(pairedRatio(lightFloorRuns, abbrRuns), 2),
    heapWidgetMB: round(termsHeap / 2 ** 20, 2), heapAbbrMB: round(abbrHeap / 2 ** 20, 2), heapRatio: round(termsHeap / abbrHeap, 2),
    heapPerTermKB: round((termsHeap - abbrHeap) / 1000 / 1024, 2), heapTarget: `<= ${TARGETS.heapPerTermKB} KB per term`,
    openOneToggletipMs: round(open, 2), openTarget: '< 16',
  };

  // `BENCH_ONLY=terms`: the terms rows alone, printed and not written anywhere (a quick check
  // while working on <glossary-term>).
  if (process.env.BENCH_ONLY === 'terms') {
    console.log(JSON.stringify(results.glossaryTerms1000, null, 2));
    process.exit(0);
  }
  progress('the largest valid bundle');
  const heaviest = await timePage(browser, server.origin, 'heaviest.html');
  results.heaviestBundle = {
    ms: round(median(heaviest.map((h) => h.ms))), longestTaskMs: round(Math.max(...heaviest.map((h) => h.longestTask))),
    terms: heaviest[0].terms, target: 'no task over 100 ms',
  };

  progress('language switch');
  const switches = await timePage(browser, server.origin, 'switch.html');
  results.languageSwitch = {coldMs: round(median(switches.map((s) => s.cold))), cachedMs: round(median(switches.map((s) => s.cached)))};
  progress(`demo pages, the widget's script held back ${SCRIPT_DELAY_MS} ms`);
  results.demoPages = await demoPages(browser, server.origin);
  progress('main thread (traced)');
  const thread = await mainThread(browser, server.origin);
  results.mainThread = {
    longestWidgetTaskMs: round(thread.longestTaskMs),
    widgetTasksOver50ms: thread.tasksOver50,
    widgetScriptingMs: round(thread.widgetScriptingMs),
    longestTaskOfThePageWithoutWidgetMs: round(thread.longestHostTaskWithoutWidgetMs),
    target: 'no task over 50 ms',
  };
  if (!process.argv.includes('--no-lighthouse')) {
    progress('Lighthouse');
    results.lighthouse = await lighthouseScores(server.origin);
  }

  mkdirSync('bench', {recursive: true});
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  const met = (ok) => (ok ? 'met' : '**not met**');
  const {panelRender: panelResult, glossaryTerms1000: termsResult, heaviestBundle: heavy, languageSwitch: sw, demoPages: demo, mainThread: threadResult} = results;
  const demoList = Object.entries(demo);
  const worstCls = Math.max(...demoList.map(([, page]) => page.cls));
  const rows = [
    ['Panel, script start to complete render (median of per-run ratios)', `${panelResult.widgetMs} ms`, `same content as static HTML: ${panelResult.staticHtmlMs} ms`, `ratio ${panelResult.ratio} (≤ ${TARGETS.panelRatio}: ${met(panelResult.ratio <= TARGETS.panelRatio)})`],
    ['1000 `<glossary-term>` upgraded and rendered (median of per-run ratios)', `${termsResult.widgetMs} ms`, `1000 \`<abbr title>\`: ${termsResult.abbrMs} ms`, `ratio ${termsResult.timeRatio} (≤ ${TARGETS.termsRatio}: ${met(termsResult.timeRatio <= TARGETS.termsRatio)})`],
    ['1000 bare elements, each with a shadow root, a button and the term styles (the floor of a shadow root per term)', `${termsResult.bareShadowTermsMs} ms`, `1000 \`<abbr title>\`: ${termsResult.abbrMs} ms`, `ratio ${termsResult.bareShadowTermsRatio}`],
    ['1000 bare elements made buttons by their attributes, no shadow root (the floor of this design)', `${termsResult.bareLightTermsMs} ms`, `1000 \`<abbr title>\`: ${termsResult.abbrMs} ms`, `ratio ${termsResult.bareLightTermsRatio}`],
    ['JS heap after GC, same pages', `${termsResult.heapWidgetMB} MB`, `${termsResult.heapAbbrMB} MB`, `${termsResult.heapPerTermKB} KB per term (≤ ${TARGETS.heapPerTermKB}: ${met(termsResult.heapPerTermKB <= TARGETS.heapPerTermKB)})`],
    ['Open one toggletip on that page, to the next frame', `${termsResult.openOneToggletipMs} ms`, '', `< 16 ms: ${met(termsResult.openOneToggletipMs < 16)}`],
    [`Largest valid bundle (${heavy.terms} terms, ~500 KB) set as \`bundle\``, `${heavy.ms} ms`, '', `longest task ${heavy.longestTaskMs} ms (≤ 100: ${met(heavy.longestTaskMs <= 100)})`],
    ['Language switch en-GB → cy, panel + 100 terms', `${sw.coldMs} ms cold (cy file fetched)`, `${sw.cachedMs} ms cached`, ''],
    [`Layout shift on every demo page, the widget's script ${SCRIPT_DELAY_MS} ms late (worst of 3 loads)`, demoList.map(([name, page]) => `${name} ${page.cls}`).join(', '), '', `CLS 0 on every page: ${met(worstCls === TARGETS.cls)}`],
    [`Host content painted before the widget's script finishes (script ${SCRIPT_DELAY_MS} ms late; first contentful paint / elements defined, median)`, demoList.map(([name, page]) => `${name} ${page.firstPaintMs} / ${page.widgetDefinedMs} ms`).join(', '), '', `every page, every load: ${met(demoList.every(([, page]) => page.paintedFirst))}`],
    ['Main thread on `demo/hospital.html`', `longest task with widget work ${threadResult.longestWidgetTaskMs} ms; widget scripting ${threadResult.widgetScriptingMs} ms`, `the page alone: longest task ${threadResult.longestTaskOfThePageWithoutWidgetMs} ms`, `no task over ${TARGETS.longTaskMs} ms: ${met(threadResult.widgetTasksOver50ms === 0)} (${threadResult.widgetTasksOver50ms} over ${TARGETS.longTaskMs} ms in the worst of 5 runs)`],
  ];
  if (results.lighthouse) {
    const scores = Object.entries(results.lighthouse).map(([page, {scores}]) => `${page} ${Object.values(scores).join('/')}`).join(', ');
    rows.push(['Lighthouse (performance / accessibility / best practices / SEO)', scores, '', '']);
  }
  const table = [
    `Latest run: ${results.date.slice(0, 10)}, ${results.chromium}, median of ${RUNS} runs on this machine.`,
    '',
    '| Case | Widget | Baseline | Result (target) |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}`);
  if (results.lighthouse) {
    for (const [page, {failed}] of Object.entries(results.lighthouse))
      if (failed.length) console.log(`lighthouse ${page} below 100: ${failed.join(', ')}`);
  }
  const docsPage = 'docs/operations/performance.md';
  const page = readFileSync(docsPage, 'utf8');
  const marked = /(<!-- generated:bench -->)[\s\S]*?(<!-- \/generated:bench -->)/;
  if (!marked.test(page)) throw new Error(`${docsPage} lacks the <!-- generated:bench --> markers`);
  writeFileSync(docsPage, page.replace(marked, (_, open, close) => `${open}\n${table}\n${close}`));
  console.log(`\nwrote bench/results.json and the table in ${docsPage}`);
} finally {
  await browser.close();
  await server.close();
}
