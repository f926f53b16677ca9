import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';
const file = process.argv[2] ?? 'terms.html';
const server = await startStaticServer({headers: {'cache-control': 'max-age=3600'}});
const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
const page = await browser.newPage();
// warm cache
await page.goto(`${server.origin}/build/bench/${file}`); await page.waitForFunction(() => window.__result);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', {interval: 100});
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
await cdp.send('Tracing.start', {categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents'});
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/build/bench/${file}`); const result = await page.waitForFunction(() => window.__result).then(h=>h.jsonValue());
const {profile} = await cdp.send('Profiler.stop');
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end'); await done;
console.log('result ms', result);
const byName = {};
for (const e of events) if (e.ph === 'X' && e.dur) { byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000; }
console.log(Object.entries(byName).sort((a,b)=>b[1]-a[1]).slice(0,18).map(([k,v])=>`${v.toFixed(1).padStart(8)} ${k}`).join('\n'));
// self time by function
const self = {}; const dt = profile.timeDeltas; const idToNode = new Map(profile.nodes.map(n=>[n.id,n]));
for (let i=0;i<profile.samples.length;i++){ const n=idToNode.get(profile.samples[i]); const k=`${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self[k]=(self[k]??0)+(dt[i]??0)/1000; }
console.log('--- self time');
console.log(Object.entries(self).sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k,v])=>`${v.toFixed(1).padStart(8)} ${k}`).join('\n'));
await browser.close(); server.close?.(); process.exit(0);
