// The self-contained file runs its code once per page, whichever copy, URL or version loads first.
//
// A page may load the file twice under different URLs (two CMS plugins, `?ver=` from one and not
// the other, a renamed copy) or two versions of it. The browser evaluates each URL as its own
// module. Without this wrapper each evaluation would run its own Lit, build its own element
// classes and only then find the tags taken. With it, the module body is a function that runs
// only if no copy has run yet; a later copy says so once and re-exports the first copy's classes,
// which are the ones that own the tags.

// Worded as define-element.ts's warning, which it stands in for (and gzip then stores once).

/** Shared by every copy and every version of the file, so it must never change. */
export const RUNNING_COPY_KEY = 'secondary-liver-info.cdn-copy';

/** @param {string} version the package version this build is */
export function evaluateOncePerPage(version) {
  return {
    name: 'evaluate-once-per-page',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return importFromRunningCopy.call(this, code, chunk);
      if (chunk.imports.length) this.error(`the self-contained file must import nothing statically, but imports ${chunk.imports.join(', ')}`);
      const exportStatement = /\nexport\s*\{([^}]*)\};?\s*$/.exec(code);
      if (!exportStatement) this.error('the self-contained file no longer ends with one export statement: update evaluateOncePerPage');
      const exported = exportStatement[1]
        .split(',')
        .map((binding) => binding.trim().split(/\s+as\s+/))
        .map(([local, name = local]) => ({local, name}));
      return [
        `const copyKey = Symbol.for(${JSON.stringify(RUNNING_COPY_KEY)});`,
        `const thisVersion = ${JSON.stringify(version)};`,
        `const running = globalThis[copyKey];`,
        `if (running) console.warn(\`secondary-liver-info \${thisVersion}: <secondary-liver-info> and the widget's other tags are already defined by secondary-liver-info \${running.version} on this page; this copy does nothing.\`);`,
        `const {${exported.map(({name}) => name).join(', ')}} = running ?? (globalThis[copyKey] = (() => {`,
        code.slice(0, exportStatement.index),
        `return {version: thisVersion, ${exported.map(({local, name}) => `${name}: ${local}`).join(', ')}};`,
        `})());`,
        `export {${exported.map(({name}) => name).join(', ')}};`,
      ].join('\n');
    },
  };
}

/**
 * A lazy file takes what it shares with the self-contained file from the copy that is running,
 * instead of importing it by URL. An import would name the file as `../secondary-liver-info.js`:
 * on a page that loaded it as `secondary-liver-info.js?ver=6.4` (WordPress), or renamed, that is
 * another URL, so the browser would download and evaluate the whole file a second time. Only the
 * running copy requests its lazy files, so the record it left holds the exports they expect.
 * @this {import('rollup').PluginContext}
 */
function importFromRunningCopy(code, chunk) {
  const entries = chunk.imports.filter((file) => !file.includes('/'));
  if (!entries.length) return null;
  // Other lazy files it shares code with are imported as usual: they are found from its own URL.
  if (entries.length > 1) this.error(`${chunk.fileName} imports ${entries.join(', ')}: only one self-contained file is expected`);
  const statement = new RegExp(`^import\\s*\\{([^}]*)\\}\\s*from\\s*['"]\\.\\./${entries[0].replace(/[.]/g, '\\.')}['"];?\\s*$`, 'm');
  const match = statement.exec(code);
  if (!match) this.error(`${chunk.fileName} no longer imports the self-contained file as one named import: update importFromRunningCopy`);
  const bindings = match[1]
    .split(',')
    .map((binding) => binding.trim().split(/\s+as\s+/))
    .filter(([name]) => name)
    .map(([name, local = name]) => `${name}: ${local}`);
  return {code: code.replace(statement, `const {${bindings.join(', ')}} = globalThis[Symbol.for(${JSON.stringify(RUNNING_COPY_KEY)})];`), map: null};
}
