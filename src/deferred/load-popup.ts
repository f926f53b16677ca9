// The glossary pop-up, for the npm build and servers: imported with the term, so a page that uses
// `<glossary-term>` alone gets it without the panel's parts. The self-contained build swaps this
// module for load-popup.cdn.ts, which takes it from the parts it loads (see rollup.config.mjs).
import {popupFor} from '../elements/glossary-popup.js';

/** The pop-up maker, or undefined while the self-contained file is still loading it (or it failed). */
export const loadedPopupFor = (): typeof popupFor | undefined => popupFor;

/** Settles once the pop-up is in, or has failed. Never rejects. */
export const popupSettled: Promise<unknown> = Promise.resolve();
