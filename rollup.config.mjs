// Builds the self-contained script-tag file: Lit, @lit/localize, all three elements and the
// en-GB content in one ESM file, with each other locale and the validator as lazy chunks beside it.
// (The npm build is plain `tsc -p tsconfig.lib.json`: one module per file, lit left as a dependency.)
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {CDN_DIR, scriptTagSnippet} from './scripts/cdn-integrity.mjs';
import {compileMessagesPlugin} from './scripts/compile-messages.mjs';
import {minifyCssTemplates} from './scripts/rollup/minify-css-templates.mjs';

export const TRUSTED_TYPES_POLICY = 'secondary-liver-info';

/**
 * Lit creates a Trusted Types policy named "lit-html". If the host already runs another Lit
 * library, a CSP `trusted-types` list without 'allow-duplicates' makes our copy's module fail to
 * evaluate. The self-contained build therefore names its own policy.
 */
function renameTrustedTypesPolicy() {
  return {
    name: 'rename-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const renamed = code.replace('createPolicy("lit-html"', `createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}`);
      if (renamed === code) this.error('Lit no longer creates its policy as expected: update renameTrustedTypesPolicy');
      return {code: renamed, map: null};
    },
  };
}

/** Prints the import map and script tag that verify every file of the build (see README, Security). */
function printIntegrity() {
  return {
    name: 'print-integrity',
    writeBundle() {
      console.log(`\nSubresource Integrity for ${CDN_DIR}/ (replace BASE/ with where you host it):\n${scriptTagSnippet('BASE/')}\n`);
    },
  };
}

export default {
  input: {'secondary-liver-info': 'build/src/define/all.js'},
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
  },
  plugins: [
    renameTrustedTypesPolicy(),
    compileMessagesPlugin(),
    minifyCssTemplates(),
    nodeResolve(),
    terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 3}}),
    printIntegrity(),
  ],
};
