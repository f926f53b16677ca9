#!/usr/bin/env node
// Builds the small framework apps beside this file into build/ here, as their authors' bundlers
// would, from what `npm pack` publishes (unpacked into node_modules/secondary-liver-info here, where
// every app, type check and Next.js build finds it by name, as in a user's app), for the browser
// suite to drive. Run after `npm run build` at the root; `npm run test:hosts` runs it.
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import {compile} from 'svelte/compiler';
import {compileScript, parse} from 'vue/compiler-sfc';
import {transformAsync} from '@babel/core';
import angularLinkerPlugin from '@angular/compiler-cli/linker/babel';

/** Compiles .svelte files as the Svelte bundler plugins do. */
const svelte = () => ({
  name: 'svelte',
  load(id) {
    if (!id.endsWith('.svelte')) return null;
    return compile(readFileSync(id, 'utf8'), {filename: id, generate: 'client'}).js.code;
  },
});

/** The widget's tags, as docs/guides/frameworks.md tells Vue users to declare them (`compilerOptions.isCustomElement`). */
const isCustomElement = (tag) => ['secondary-liver-info', 'symptom-list', 'glossary-term'].includes(tag);

/** Compiles .vue single-file components as @vitejs/plugin-vue does (script setup, template inlined). */
const vue = () => ({
  name: 'vue',
  load(id) {
    if (!id.endsWith('.vue')) return null;
    const {descriptor, errors} = parse(readFileSync(id, 'utf8'), {filename: id, templateParseOptions: {isCustomElement}});
    if (errors.length) this.error(errors[0]);
    const {content} = compileScript(descriptor, {id, inlineTemplate: true, templateOptions: {compilerOptions: {isCustomElement}}});
    // The isCustomElement of docs/guides/frameworks.md must make Vue treat the tags as elements, not look them up as components.
    if (/resolveComponent\("(secondary-liver-info|symptom-list|glossary-term)"/.test(content)) this.error(`${id}: Vue resolves a widget tag as a component`);
    return content;
  },
});

/**
 * Angular's packages ship partially compiled; the Angular CLI links them into final code at build
 * time (without it they need the runtime compiler). This is that step, with Angular's own linker.
 */
const angularLinker = () => ({
  name: 'angular-linker',
  async transform(code, id) {
    if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
    const linked = await transformAsync(code, {filename: id, plugins: [angularLinkerPlugin], configFile: false, babelrc: false, compact: false});
    return {code: linked.code, map: null};
  },
});

const hosts = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const build = `${hosts}build`;
const unpacked = `${hosts}node_modules/secondary-liver-info`;

// The package as users get it: the tarball, unpacked where the apps' imports find it by name.
rmSync(build, {recursive: true, force: true});
rmSync(unpacked, {recursive: true, force: true});
mkdirSync(build, {recursive: true});
mkdirSync(unpacked, {recursive: true});
const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', build], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
  .trim()
  .split('\n')
  .pop();
execFileSync('tar', ['-xzf', `${build}/${tarball}`, '-C', unpacked, '--strip-components=1']);

/** Each app's page: its bundle and the element it mounts into (Angular bootstraps its root component's tag). */
const page = (app) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>${app} host</title>
    <script src="/test/pages/error-recorder.js"></script>
    <script type="module" src="/test/hosts/build/${app}/app.js"></script>
  </head>
  <body>
    ${app === 'angular' ? '<app-root></app-root>' : '<div id="root"></div>'}
  </body>
</html>
`;

for (const app of ['defaults', 'react-defaults', 'react', 'vue', 'vue-sfc', 'svelte', 'angular']) {
  // Angular's template compiler, ahead of time and with strictTemplates, as `ng build` runs it.
  if (app === 'angular') execFileSync(`${hosts}node_modules/.bin/ngc`, ['-p', `${hosts}angular/tsconfig.json`], {stdio: 'inherit'});
  const bundle = await rollup({
    input: app === 'angular' ? `${build}/angular/aot/app.js` : `${hosts}${app}/app.js`,
    plugins: [
      svelte(),
      vue(),
      angularLinker(),
      replace({
        preventAssignment: true,
        values: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      }),
      nodeResolve({browser: true, exportConditions: ['svelte', 'browser', 'production']}),
      commonjs(),
    ],
    onwarn: (warning, warn) => (['MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY'].includes(warning.code) ? undefined : warn(warning)),
  });
  await bundle.write({dir: `${build}/${app}`, format: 'es', entryFileNames: 'app.js'});
  writeFileSync(`${build}/${app}/index.html`, page(app));
  console.log(`built test/hosts/build/${app}/`);
}
