// ESLint for the TypeScript sources and tests, the Node scripts and the CLI. Template bindings are
// type-checked separately by lit-analyzer (`npm run lint`), which knows each element's properties.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {
    // The host apps are framework code for their own compilers; test/hosts' build script and Node
    // tests are linted like every other script here.
    ignores: ['node_modules/', 'build/', 'dist/', 'src/generated/', 'screenshots/', 'test/hosts/*/', '!test/hosts/tests/', 'test/types/', '.tmp/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true}],
    },
  },
  {
    // Tests hand the elements values of the wrong type on purpose, as untyped host code does.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-explicit-any': 'off'},
  },
  {
    files: ['**/*.mjs', 'bin/**', 'scripts/**', 'bench/**', 'test/node/**', 'test/server/**', 'test/hosts/tests/**', '*.config.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
