import {fileURLToPath} from 'node:url';

// The app is built from a copy in test/hosts/build/next; test/hosts holds its install (react, next,
// lit) and the unpacked tarball.
const hosts = fileURLToPath(new URL('../..', import.meta.url));
export default {
  turbopack: {root: hosts},
  outputFileTracingRoot: hosts,
};
