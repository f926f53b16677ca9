// Type-checked by `npm run test:hosts` (tsc, with the unpacked tarball): what svelte-check checks a Svelte 5 template's attributes against.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from 'secondary-liver-info/types/svelte';

export const panel: SvelteHTMLElements['secondary-liver-info'] = {
  headingLevel: 3,
  noIllustration: true,
  'onsli-content-load': (event) => event.detail.locale,
};
// @ts-expect-error a misspelt property fails the type check
export const misspelt: SvelteHTMLElements['secondary-liver-info'] = {headingLevl: 3};
// @ts-expect-error an event's detail is typed
export const wrongDetail: SvelteHTMLElements['symptom-list'] = {'onsli-content-error': (event) => event.detail.term};
