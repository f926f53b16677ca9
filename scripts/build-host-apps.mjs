#!/usr/bin/env node
// Builds the small framework apps under test/hosts/ into build/hosts/, as their authors' bundlers
// would, from the built package (dist/npm), for the browser suite to drive.
import {copyFileSync, mkdirSync} from 'node:fs';
import {rollup} from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';

for (const app of ['react']) {
  const bundle = await rollup({
    input: `test/hosts/${app}/app.js`,
    plugins: [
      replace({preventAssignment: true, values: {'process.env.NODE_ENV': JSON.stringify('production')}}),
      nodeResolve({browser: true}),
      commonjs(),
    ],
    onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
  });
  await bundle.write({dir: `build/hosts/${app}`, format: 'es', entryFileNames: 'app.js'});
  mkdirSync(`build/hosts/${app}`, {recursive: true});
  copyFileSync(`test/hosts/${app}/index.html`, `build/hosts/${app}/index.html`);
  console.log(`built build/hosts/${app}/`);
}
