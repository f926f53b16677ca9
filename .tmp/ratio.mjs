import {chromium} from 'playwright-core';
import {CHROME_ARGS, CHROME_PATH} from '../scripts/headless-chromium.mjs';
import {startStaticServer} from '../scripts/static-server.mjs';
const server = await startStaticServer({headers: {'cache-control': 'max-age=3600'}});
const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_ARGS});
const median = (v) => { const s=[...v].sort((a,b)=>a-b); return s[s.length>>1]; };
async function time(file){ const page = await browser.newPage(); await page.goto(`${server.origin}/build/bench/${file}`); const r = await page.waitForFunction(() => window.__result).then(h=>h.jsonValue()); await page.close(); return r; }
const a=[], b=[];
await time('terms.html'); await time('terms-abbr.html');
for (let i=0;i<Number(process.argv[2]??9);i++){ a.push(await time(process.argv[3])); b.push(await time(process.argv[4] ?? 'terms-abbr.html')); }
console.log('terms', median(a).toFixed(1), 'abbr', median(b).toFixed(1), 'ratio', (median(a)/median(b)).toFixed(2), a.map(x=>x.toFixed(0)).join(' '), '|', b.map(x=>x.toFixed(0)).join(' '));
await browser.close(); process.exit(0);
