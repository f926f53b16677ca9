// The build and the tests use the same integrity code the published CLI runs (`cdn-snippet`).
export * from '../bin/cdn-integrity.mjs';
