// The self-contained build's load-parts.ts: the parts below the first screen are a chunk, which
// this module requests as soon as the file runs (not when first needed), so that they arrive in
// the round trip after the first, while the first screen is already shown.
import type {DeferredParts} from './load-parts.js';

let loaded: DeferredParts | undefined;
let failed = false;

export const deferredParts = (): DeferredParts | undefined => loaded;
export const deferredPartsFailed = (): boolean => failed;
export const deferredPartsSettled: Promise<unknown> = import('./parts.js').then(
  (parts) => (loaded = parts),
  () => (failed = true)
);
