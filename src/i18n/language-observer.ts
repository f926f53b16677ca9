import {ownOptions} from '../own-options.js';

/** Anything that re-reads its language when a `lang` attribute changes. */
export interface LanguageListener {
  sync(): void;
}

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener.sync()` after any `lang` attribute in the document changes (the page's language
 * toggle, an ancestor, the element itself). One observer serves every element on the page and
 * is disconnected when the last element unsubscribes, so removed elements leave nothing behind.
 * Listeners are objects, not closures: a page of a thousand terms holds no function per term.
 */
export function observeLanguageChanges(listener: LanguageListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of [...listeners]) each.sync();
    });
    observer.observe(document.documentElement, ownOptions({attributes: true, attributeFilter: ['lang'], subtree: true}));
  }
}

export function unobserveLanguageChanges(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** For tests of lifecycle hygiene: how many elements are listening. */
export const languageListenerCount = (): number => listeners.size;
