/**
 * Where an element keeps the last `sli-content-load` or `sli-content-error` it dispatched. An
 * element upgraded over server-rendered HTML shows its content (and announces it) as soon as its
 * script runs, which is usually before a framework hydrates and attaches its handlers; the React
 * wrapper reads this to hand that event to a handler attached too late to hear it. A symbol, so
 * it is not part of the element's public surface.
 */
export const LAST_CONTENT_EVENT = Symbol('sli.lastContentEvent');

export interface RemembersContentEvent {
  [LAST_CONTENT_EVENT]?: CustomEvent;
}
