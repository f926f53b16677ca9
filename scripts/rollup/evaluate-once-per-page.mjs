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
      if (!chunk.isEntry) return null;
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
