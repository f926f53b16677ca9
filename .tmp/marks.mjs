import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';
const server = await startStaticServer({headers: {'cache-control': 'max-age=3600'}});
const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
for (let i=0;i<6;i++){ const page = await browser.newPage(); await page.goto(`${server.origin}/build/bench/panel-marks.html`); await page.waitForFunction(() => window.__result);
console.log(await page.evaluate(()=>JSON.stringify({defined:window.__defined.toFixed(1), first:window.__firstRender.toFixed(1), svg:window.__hasSvgAtFirst, total:window.__result.toFixed(1), nav: performance.getEntriesByType('navigation')[0].responseEnd.toFixed(1), t0: window.__t0.toFixed(1)}))); await page.close(); }
await browser.close(); process.exit(0);
