import {fileURLToPath} from 'node:url';

// The app lives under build/hosts/next; the repository root holds react, next and lit.
export default {
  turbopack: {root: fileURLToPath(new URL('../../..', import.meta.url))},
  outputFileTracingRoot: fileURLToPath(new URL('../../..', import.meta.url)),
};
