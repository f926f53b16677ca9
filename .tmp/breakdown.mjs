import {rollup} from 'rollup';
import {gzipSync} from 'zlib';
import {minify} from 'terser';
const configs = (await import('/work/main/rollup.config.mjs')).default;
const main = configs[configs.length-1];
const plugins = main.plugins.filter(p => !['terser','print-integrity'].includes(p.name));
const b = await rollup({...main, plugins});
const {output} = await b.generate({...main.output});
const chunk = output.find(c => c.isEntry);
const rows = [];
for (const [id, m] of Object.entries(chunk.modules)) {
  if (!m.code) continue;
  const min = await minify(m.code, {module:false, toplevel:false, compress:{passes:2}, mangle:true}).catch(()=>({code:m.code}));
  rows.push([gzipSync(min.code,{level:9}).length, min.code.length, id.replace(/.*node_modules\//,'nm/').replace('/work/main/','')]);
}
rows.sort((a,b)=>b[0]-a[0]);
let t=0; for (const r of rows){t+=r[0]; console.log(String(r[0]).padStart(6), String(r[1]).padStart(7), r[2]);}
console.log('sum gz', t);
// marginal: concat minified module codes
const mins = [];
for (const [id, m] of Object.entries(chunk.modules)) { if (!m.code) continue; const r = await minify(m.code, {module:false, toplevel:false, compress:{passes:2}, mangle:true}).catch(()=>({code:m.code})); mins.push([id.replace(/.*node_modules\//,'nm/').replace('/work/main/',''), r.code]); }
const all = gzipSync(mins.map(x=>x[1]).join('\n'),{level:9}).length;
console.log('concat gz', all);
const marg = mins.map(([id], i) => [all - gzipSync(mins.filter((_, j) => j !== i).map(x=>x[1]).join('\n'),{level:9}).length, id]).sort((a,b)=>b[0]-a[0]);
for (const [g,id] of marg.slice(0,30)) console.log(String(g).padStart(6), id);
