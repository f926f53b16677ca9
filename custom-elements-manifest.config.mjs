// `cem analyze` settings. Lit's internal reactive state (`static properties` entries with
// `state: true`) is not public API, but the analyzer lists it as attributes; drop it here.
function dropInternalState() {
  return {
    name: 'drop-internal-state',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name?.getText() === 'properties' && m.initializer && ts.isObjectLiteralExpression(m.initializer)
      );
      if (!properties) return;
      const internal = properties.initializer.properties
        .filter((p) => ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
        .filter((p) => p.initializer.properties.some((q) => q.name?.getText() === 'state' && q.initializer.kind === ts.SyntaxKind.TrueKeyword))
        .map((p) => p.name.getText());
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      declaration.attributes = (declaration.attributes ?? []).filter((a) => !internal.includes(a.fieldName ?? a.name));
      declaration.members = (declaration.members ?? []).filter((m) => !internal.includes(m.name));
    },
  };
}

/**
 * The manifest describes what is published, not the source: module paths point at `dist/npm`,
 * and each `define/<tag>.js` entry is listed with the custom element it defines (the analyzer
 * cannot see through `defineElement()`).
 */
function publishedPaths() {
  const published = (path) => path.replace(/^src\//, 'dist/npm/').replace(/\.ts$/, '.js');
  return {
    name: 'published-paths',
    packageLinkPhase({customElementsManifest: manifest}) {
      const rewrite = (node) => {
        if (Array.isArray(node)) node.forEach(rewrite);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string' && value.startsWith('src/')) node[key] = published(value);
            else rewrite(value);
          }
        }
      };
      rewrite(manifest.modules);
      const elements = manifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({tagName: d.tagName, name: d.name, module: module.path}))
      );
      const definition = ({tagName, name, module}) => ({kind: 'custom-element-definition', name: tagName, declaration: {name, module}});
      manifest.modules.push(
        ...elements.map((element) => ({kind: 'javascript-module', path: `dist/npm/define/${element.tagName}.js`, declarations: [], exports: [definition(element)]})),
        {kind: 'javascript-module', path: 'dist/npm/define/all.js', declarations: [], exports: elements.map(definition)}
      );
    },
  };
}

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/boolean-attribute.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState(), publishedPaths()],
};
