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
 * An element without Lit's `static properties` (`<glossary-term>`) documents its attributes with
 * `@attr`; the attribute of the same name as a public field is that field's, as Lit's would be.
 */
function linkAttributesToFields() {
  return {
    name: 'link-attributes-to-fields',
    packageLinkPhase({customElementsManifest: manifest}) {
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) {
          const field = (declaration.members ?? []).find((m) => m.kind === 'field' && m.name === attribute.name && !m.privacy && !m.static);
          if (!field || attribute.fieldName) continue;
          attribute.fieldName = field.name;
          field.attribute = attribute.name;
        }
      }
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
  // The shared glossary pop-up and the held layout room are internal helpers, not elements.
  exclude: ['src/**/*.styles.ts', 'src/elements/boolean-attribute.ts', 'src/elements/glossary-popup.ts', 'src/elements/reserved-space.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState(), linkAttributesToFields(), publishedPaths()],
};
