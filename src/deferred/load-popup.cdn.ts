// The self-contained build's load-popup.ts: the pop-up comes with the parts below the first screen.
import type {loadedPopupFor as LoadedPopupFor} from './load-popup.js';
import {deferredParts, deferredPartsSettled} from './load-parts.js';

export const loadedPopupFor: typeof LoadedPopupFor = () => deferredParts()?.popupFor;
export const popupSettled: Promise<unknown> = deferredPartsSettled;
