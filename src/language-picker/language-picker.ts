import type {ReactiveControllerHost} from 'lit';
import type {READER_CHOICE} from '../i18n/requested-language.js';
import {warn} from '../safe-console.js';

// All that a panel carries of the language list (`languages`) until one on the page asks for it:
// this loader. The list, its styles and its strings in every language are one lazy file
// (./language-list.ts).

/** What the list reads and sets on its panel. */
export interface PickerHost extends ReactiveControllerHost, HTMLElement {
  languages: boolean;
  src?: string | null;
  bundle?: unknown;
  [READER_CHOICE]?: ReadonlyMap<string, string> | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The list's module: undefined until loaded, null if it could not be. */
export let languageList: typeof import('./language-list.js') | null | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the list's file, once per page; resolves when it is in, or could not be loaded (logged once). */
export const loadLanguageList = (): Promise<unknown> =>
  (loading ??= import('./language-list.js').then(
    (module) => (languageList = module),
    () => {
      languageList = null;
      warn('secondary-liver-info: the list of languages could not be loaded');
    }
  ));
