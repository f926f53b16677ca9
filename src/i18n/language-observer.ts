type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` after any `lang` attribute in the document changes (the page's language
 * toggle, an ancestor, the element itself). One observer serves every element on the page and
 * is disconnected when the last element unsubscribes, so removed elements leave nothing behind.
 */
export function observeLanguageChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** For tests of lifecycle hygiene: how many elements are listening. */
export const languageListenerCount = (): number => listeners.size;
