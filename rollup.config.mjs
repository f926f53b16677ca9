// Builds the self-contained script-tag file: Lit, all three elements and the en-GB content in one
// ESM file, with each other locale, the bundle validator and the drawing as lazy files beside it.
// (The npm build is plain `tsc -p tsconfig.lib.json`: one module per file, lit left as a dependency.)
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {CDN_DIR, scriptTagSnippet} from './scripts/cdn-integrity.mjs';
import {compileMessagesPlugin} from './scripts/compile-messages.mjs';
import {evaluateOncePerPage} from './scripts/rollup/evaluate-once-per-page.mjs';
import {privateNames} from './scripts/rollup/mangle-private-names.mjs';
import {readFileSync, writeFileSync} from 'node:fs';

const {name: packageName, version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export const TRUSTED_TYPES_POLICY = 'secondary-liver-info';
/** Must match src/define/trusted-types-refused.ts. */
const TRUSTED_TYPES_REFUSED_KEY = 'secondary-liver-info.trusted-types-refused';

/**
 * Lit creates a Trusted Types policy named "lit-html". If the host already runs another Lit
 * library, a CSP `trusted-types` list without 'allow-duplicates' makes our copy's module fail to
 * evaluate. The self-contained build therefore names its own policy, and creates it only once per
 * page: a second copy or version of the widget (whose tags the first already owns, so it never
 * renders) creates none, so a policy list without 'allow-duplicates' sees no duplicate. The policy
 * object itself stays private to the copy that made it; only a flag is shared.
 */
function renameTrustedTypesPolicy() {
  const created = `Symbol.for(${JSON.stringify(`${TRUSTED_TYPES_POLICY}.trusted-types-policy-created`)})`;
  // A page whose `trusted-types` list leaves our name out makes createPolicy throw: caught, and
  // flagged for define-element.ts, which then reports it instead of defining elements that
  // could not render.
  const refused = `Symbol.for(${JSON.stringify(TRUSTED_TYPES_REFUSED_KEY)})`;
  return {
    name: 'rename-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(
        /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\):void 0/,
        (_, tt, options) =>
          `${tt}&&!globalThis[${created}]?(globalThis[${created}]=!0,(()=>{try{return ${tt}.createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)},${options})}catch{globalThis[${refused}]=!0}})()):void 0`
      );
      if (renamed === code) this.error('Lit no longer creates its policy as expected: update renameTrustedTypesPolicy');
      return {code: renamed, map: null};
    },
  };
}

/**
 * Prints the import map and script tag that verify every file of the build (see docs/operations/security.md),
 * and writes them for this version on unpkg to dist/cdn/snippet.html, which is published: the
 * hashes change with every build, so they live beside the files they describe, not in the docs.
 */
function printIntegrity() {
  return {
    name: 'print-integrity',
    writeBundle() {
      const published = `https://unpkg.com/${packageName}@${version}/${CDN_DIR}/`;
      writeFileSync(`${CDN_DIR}/snippet.html`, `<!-- ${packageName} ${version}: paste before any other module script -->\n${scriptTagSnippet(published)}\n`);
      console.log(`\nSubresource Integrity for ${CDN_DIR}/ (replace BASE/ with where you host it):\n${scriptTagSnippet('BASE/')}\n`);
    },
  };
}

/**
 * Lazy files that share code with the main file are built on their own first, with their own
 * copy of what they need, so that no lazy file imports the main file. If one did, a page that
 * loads the main file under another URL (WordPress adds `?ver=6.4`; a host may rename or copy it)
 * would load and run it a second time: a second Lit, a second Trusted Types policy.
 */
const STANDALONE = {
  'external-bundle': 'build/src/loading/external-bundle.js',
  'spread-drawing': 'build/src/rendering/spread-drawing.js',
};
const standaloneFiles = new Map();

/** Lit's own template minifier (html-minifier-next and lightningcss); a failure stops the build. */
const minifyTemplates = () => minifyHtmlLiterals({failOnError: true});

const minify = (privates = []) =>
  terser({
    ecma: 2021,
    module: true,
    format: {comments: false},
    compress: {passes: 3},
    // Our classes' private members get short names, as Lit's own build does (see mangle-private-names.mjs).
    mangle: privates.length ? {properties: {regex: new RegExp(`^(${privates.join('|')})$`), keep_quoted: true}} : true,
  });

/** Fails the build if a standalone lazy file imports anything, and records its hashed name. */
function importsNothing(name) {
  return {
    name: 'imports-nothing',
    generateBundle(_, bundle) {
      const [chunk] = Object.values(bundle).filter((file) => file.type === 'chunk');
      if (chunk.imports.length || chunk.dynamicImports.length || Object.keys(bundle).length !== 1)
        this.error(`${name} must be one file that imports nothing, but imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
      standaloneFiles.set(name, chunk.fileName);
    },
  };
}

/** In the main build, `import()` of a standalone module points at its built file. */
function useStandaloneFiles() {
  return {
    name: 'use-standalone-files',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      const name = Object.keys(STANDALONE).find((key) => resolved?.id.endsWith(STANDALONE[key].replace('build/src/', '/src/')));
      return name ? {id: `./chunks/${standaloneFiles.get(name)}`, external: true} : null;
    },
  };
}

const standaloneBuilds = Object.entries(STANDALONE).map(([name, input]) => ({
  input,
  output: {dir: `${CDN_DIR}/chunks`, format: 'es', entryFileNames: `${name}-[hash].js`, sourcemap: false},
  plugins: [compileMessagesPlugin(), minifyTemplates(), nodeResolve(), minify(), importsNothing(name)],
}));

/**
 * The self-contained file shows the panel's first screen from the first round trip (about 14 KiB)
 * and requests everything else as one chunk as soon as it runs: src/deferred/load-parts.cdn.ts
 * stands in for load-parts.ts, which imports those parts statically for the npm build and servers
 * (and load-popup.cdn.ts for load-popup.ts: the glossary pop-up comes with the parts).
 */
function deferBelowTheFold() {
  return {
    name: 'defer-below-the-fold',
    async resolveId(specifier, importer, options) {
      if (!/\/load-(parts|popup)\.js$/.test(specifier)) return null;
      const resolved = await this.resolve(specifier, importer, {...options, skipSelf: true});
      return resolved && /\/deferred\/load-\w+\.js$/.test(resolved.id) ? resolved.id.replace(/\.js$/, '.cdn.js') : resolved;
    },
  };
}

const mainBuild = {
  input: {'secondary-liver-info': 'build/src/define/all.js'},
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: CDN_DIR,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    experimentalMinChunkSize: 1024,
    sourcemap: false,
  },
  plugins: [
    deferBelowTheFold(),
    useStandaloneFiles(),
    renameTrustedTypesPolicy(),
    compileMessagesPlugin(),
    minifyTemplates(),
    nodeResolve(),
    evaluateOncePerPage(version),
    minify(privateNames()),
    printIntegrity(),
  ],
};

export default [...standaloneBuilds, mainBuild];
