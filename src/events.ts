import type {BundleProblem} from './bundle/validate-bundle.js';
export type {BundleProblem};
import type {SectionId} from './bundle/section-ids.js';
import {ownOptions} from './own-options.js';

/** Detail of `sli-glossary-open` and `sli-glossary-close`. */
export interface GlossaryToggleDetail {
  /** The glossary id, e.g. `"ascites"`. */
  readonly term: string;
}

/** Detail of `sli-section-toggle`. */
export interface SectionToggleDetail {
  readonly section: SectionId;
  readonly open: boolean;
}

/**
 * Why content could not be shown. Machine-readable and stable under semver.
 * - `invalid-bundle`: the bundle failed validation (see `problems`), or content could not be rendered.
 * - `invalid-url`: `src` is not an http(s) URL.
 * - `network`, `timeout`, `http-status`: the request failed.
 * - `not-json`: the response is not JSON.
 * - `too-large`: the response is over the size cap.
 * - `locale-mismatch`: the bundle is in another language than the element asked for.
 * - `locale-unavailable`: a built-in language could not be loaded.
 * - `trusted-types-refused`: the page's CSP `trusted-types` list does not allow the widget's policy
 *   (`secondary-liver-info`), so the self-contained script cannot render; the element's own
 *   light-DOM children stay on screen.
 * - `part-unavailable`: the self-contained script could not load its parts below the first screen
 *   (`chunks/parts-*.js`: "About this information", references, the print glossary, feedback,
 *   the definitions' pop-up); the first screen stays, with a notice where they would be.
 */
export type ContentErrorReason =
  | 'invalid-bundle'
  | 'invalid-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'not-json'
  | 'too-large'
  | 'locale-mismatch'
  | 'locale-unavailable'
  | 'trusted-types-refused'
  | 'part-unavailable';

/** Detail of `sli-content-error`. */
export interface ContentErrorDetail {
  readonly reason: ContentErrorReason;
  /** A sentence for developers; not localized. */
  readonly message: string;
  /** Origin and path of the `src` URL, when the content came from one: never its query, fragment or credentials. */
  readonly src?: string;
  /** The problems found, first one first, for `invalid-bundle`. */
  readonly problems?: readonly BundleProblem[];
  /** HTTP status, for `http-status`. */
  readonly status?: number;
}

/** Detail of `sli-content-load`. */
export interface ContentLoadDetail {
  /** The locale of the content now shown. */
  readonly locale: string;
  /** Where it came from. */
  readonly origin: 'built-in' | 'src' | 'property';
}

/**
 * Detail of `sli-feedback`: the reader's one answer to "Was this information useful?". Nothing
 * about the reader: no text, no identifier. The widget sends it nowhere; forward it to your own
 * analytics if you wish.
 */
export interface FeedbackDetail {
  readonly answer: 'yes' | 'no';
  /** The locale of the content the reader saw. */
  readonly locale: string;
  /** The sections shown, in order. */
  readonly sections: readonly SectionId[];
  /** `meta.version` of the content shown, when the bundle gives one. */
  readonly contentVersion: string | undefined;
}

/** Every event the widget fires, by name. Also merged into `HTMLElementEventMap` and `GlobalEventHandlersEventMap`. */
export interface WidgetEventMap {
  'sli-glossary-open': CustomEvent<GlossaryToggleDetail>;
  'sli-glossary-close': CustomEvent<GlossaryToggleDetail>;
  'sli-section-toggle': CustomEvent<SectionToggleDetail>;
  'sli-content-error': CustomEvent<ContentErrorDetail>;
  'sli-content-load': CustomEvent<ContentLoadDetail>;
  'sli-feedback': CustomEvent<FeedbackDetail>;
}

/** One of the widget's events: bubbling and composed, so a host page can listen on `document`. */
export const widgetEvent = <K extends keyof WidgetEventMap>(type: K, detail: WidgetEventMap[K]['detail']): CustomEvent =>
  new CustomEvent(type, ownOptions({detail, bubbles: true, cancelable: false, composed: true}));

/** Dispatches one of the widget's events. */
export const emit = <K extends keyof WidgetEventMap>(target: EventTarget, type: K, detail: WidgetEventMap[K]['detail']): void =>
  void target.dispatchEvent(widgetEvent(type, detail));

// The events bubble and are composed, so a host page listens on `document` or `window` too:
// `document.addEventListener('sli-content-error', (e) => e.detail.reason)` is typed.
// Empty interfaces that extend another are how TypeScript merges declarations into a global map.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends WidgetEventMap {}
  interface GlobalEventHandlersEventMap extends WidgetEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
