import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';
const file = process.argv[2];
const server = await startStaticServer({headers: {'cache-control': 'max-age=3600'}});
const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
const page = await browser.newPage();
await page.goto(`${server.origin}/build/bench/${file}`); await page.waitForFunction(() => window.__result);
await page.goto(`${server.origin}/build/bench/${file}`); await page.waitForFunction(() => window.__result);
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
await cdp.send('Tracing.start', {categories: 'devtools.timeline,v8.execute,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents'});
await page.goto(`${server.origin}/build/bench/${file}`); const r = await page.waitForFunction(() => window.__result).then(h=>h.jsonValue());
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end'); await done;
console.log('result', r);
const main = events.filter(e=>e.name==='RunTask' && e.ph==='X' && e.dur>500);
const nav = events.find(e=>e.name==='navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
const t0 = Math.min(...main.map(e=>e.ts));
// children of each task on same tid
for (const task of main.slice(0,60)) {
  const kids = events.filter(e=>e.tid===task.tid && e.ph==='X' && e.ts>=task.ts && e.ts+e.dur<=task.ts+task.dur && e!==task && e.dur>300);
  const summary = {};
  for (const k of kids) summary[k.name]=(summary[k.name]??0)+k.dur/1000;
  const top = Object.entries(summary).sort((a,b)=>b[1]-a[1]).slice(0,6).map(([k,v])=>`${k}:${v.toFixed(1)}`).join(' ');
  console.log(((task.ts-t0)/1000).toFixed(1).padStart(7), (task.dur/1000).toFixed(1).padStart(6), 'tid', task.tid, top);
}
await browser.close(); process.exit(0);
