// The parts below the first screen, for the npm build, servers and the snippet CLI: imported with
// everything else, so they are always there and a server render holds everything. The
// self-contained build swaps this module for load-parts.cdn.ts (see rollup.config.mjs).
import * as parts from './parts.js';

export type DeferredParts = typeof parts;

/** The parts, or undefined while the self-contained file is still loading them (or they failed). */
export const deferredParts = (): DeferredParts | undefined => parts;

/** True once loading the parts has failed: the first screen stays, with a notice. */
export const deferredPartsFailed = (): boolean => false;

/** Settles once the parts are in, or have failed. Never rejects. */
export const deferredPartsSettled: Promise<unknown> = Promise.resolve();
