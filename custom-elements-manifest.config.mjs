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

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState()],
};
