import {rollup} from 'rollup';
import {gzipSync} from 'zlib';
import {minify} from 'terser';
import {privateNames} from '/work/main/scripts/rollup/mangle-private-names.mjs';
const configs = (await import('/work/main/rollup.config.mjs')).default;
const main = configs[configs.length-1];
const plugins = main.plugins.filter(p => !['terser','print-integrity'].includes(p.name));
const b = await rollup({...main, plugins});
const {output} = await b.generate({...main.output});
const code = output.find(c => c.isEntry).code;
const privates = privateNames();
const base = {ecma:2021, module:true, format:{comments:false}, compress:{passes:3}, mangle:{properties:{regex:new RegExp(`^(${privates.join('|')})$`), keep_quoted:true}}};
const variants = {
  base,
  ecma2022: {...base, ecma:2022},
  unsafe: {...base, compress:{passes:3, unsafe:true, unsafe_arrows:true, unsafe_methods:true, pure_getters:true, unsafe_comps:true}},
  passes5: {...base, compress:{passes:5, pure_getters:true}},
};
for (const [k,o] of Object.entries(variants)) { const r = await minify(code, o); console.log(k, r.code.length, gzipSync(r.code,{level:9}).length); }
