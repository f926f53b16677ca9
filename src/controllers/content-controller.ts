import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ContentBundle} from '../bundle/content-bundle.js';
import {emit, type ContentLoadDetail} from '../events.js';
import {builtInLocales, embeddedLocale, loadBuiltInLocale} from '../i18n/built-in-locales.js';
import {observeLanguageChanges} from '../i18n/language-observer.js';
import type {LocaleData} from '../i18n/locale-data.js';
import {localizeUiStrings} from '../i18n/localize-ui-strings.js';
import {DEFAULT_LOCALE, matchLocale} from '../i18n/match-locale.js';
import {requestedLanguage} from '../i18n/requested-language.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {acceptExternalBundle} from '../loading/accept-external-bundle.js';
import {ContentError} from '../loading/content-error.js';
import {DEFAULT_TIMEOUT_MS, fetchBundleJson, MAX_BUNDLE_BYTES} from '../loading/fetch-bundle-json.js';

/** Content ready to render: one bundle and the UI strings in the same language. */
export interface ResolvedContent {
  readonly bundle: ContentBundle;
  readonly ui: UiStrings;
  /** Set when the requested content failed and the embedded default is shown instead. */
  readonly fallback: boolean;
}

/** The element properties the controller reads. */
export interface ContentSourceHost extends ReactiveControllerHost, HTMLElement {
  /** A bundle given from JavaScript; wins over `src` and the built-in content. */
  bundle?: unknown;
  /** URL of a partner-hosted bundle. */
  src?: string | null;
  /** Milliseconds before a `src` load is abandoned. */
  timeout?: number;
}

const warnedLanguageTags = new Set<string>();

/**
 * Decides what an element shows and keeps it current: the built-in content for its language,
 * a partner bundle from `src`, or a bundle set from JavaScript. Any failure shows the embedded
 * default with a notice, fires `sli-content-error` and logs once: never a blank panel or a throw.
 */
export class ContentController implements ReactiveController {
  /** Undefined only until a lazily loaded language arrives for the first time. */
  content: ResolvedContent | undefined;
  private generation = 0;
  private inFlight: AbortController | undefined;
  private settledPromise: Promise<void> = Promise.resolve();
  private stopObserving: (() => void) | undefined;
  private lastInputs: readonly unknown[] = [];

  constructor(private readonly host: ContentSourceHost) {
    host.addController(this);
  }

  /** Resolves once the latest requested content is shown or has failed over. */
  get settled(): Promise<void> {
    return this.settledPromise;
  }

  hostConnected(): void {
    this.stopObserving = observeLanguageChanges(() => this.sync());
    this.lastInputs = [];
    this.sync();
  }

  hostDisconnected(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.generation++;
  }

  /**
   * Re-reads language, `src`, `bundle` and `timeout`, and starts over only if one changed;
   * cheap enough to call on every update and every `lang` change on the page.
   */
  sync(): void {
    const requested = requestedLanguage(this.host);
    const {bundle, src, timeout} = this.host;
    const inputs = [requested, bundle, src, timeout];
    if (inputs.every((value, i) => Object.is(value, this.lastInputs[i]))) return;
    this.lastInputs = inputs;
    const generation = ++this.generation;
    // A load for the previous `src` or language is now pointless: stop it.
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (bundle !== undefined && bundle !== null) {
      this.follow(generation, 'property', acceptExternalBundle(bundle, ''));
    } else if (src) {
      const abort = (this.inFlight = new AbortController());
      const loading = fetchBundleJson(src, {
        signal: abort.signal,
        timeoutMs: timeout ?? DEFAULT_TIMEOUT_MS,
        maxBytes: MAX_BUNDLE_BYTES,
      }).then((data) => acceptExternalBundle(data, requested, src));
      this.follow(generation, 'src', loading);
    } else {
      this.showBuiltIn(generation, requested);
    }
  }

  private showBuiltIn(generation: number, requested: string): void {
    const match = matchLocale(requested, builtInLocales);
    if (!match.wellFormed && !warnedLanguageTags.has(requested)) {
      warnedLanguageTags.add(requested);
      console.warn(`<${this.host.localName}>: lang=${JSON.stringify(requested)} is not a valid language tag; showing ${DEFAULT_LOCALE}.`);
    }
    const data = loadBuiltInLocale(match.locale);
    if (!(data instanceof Promise)) {
      this.show(generation, resolve(data, false), {locale: data.bundle.locale, origin: 'built-in'});
      return;
    }
    this.settledPromise = data.then(
      (loaded) => this.show(generation, resolve(loaded, false), {locale: loaded.bundle.locale, origin: 'built-in'}),
      () =>
        this.fail(generation, new ContentError({reason: 'locale-unavailable', message: `the ${match.locale} content could not be loaded`}))
    );
  }

  private follow(generation: number, origin: 'src' | 'property', loading: Promise<ContentBundle>): void {
    this.settledPromise = loading
      .then(async (bundle) => {
        // UI strings follow the bundle's language where the widget has them, English otherwise.
        const {locale} = matchLocale(bundle.locale, builtInLocales);
        const ui = await Promise.resolve(loadBuiltInLocale(locale)).then((data) => data.ui, () => undefined);
        this.show(generation, {bundle, ui: localizeUiStrings(ui), fallback: false}, {locale: bundle.locale, origin});
      })
      .catch((error: unknown) => this.fail(generation, error, origin === 'property'));
  }

  private show(generation: number, content: ResolvedContent, detail: ContentLoadDetail): void {
    if (generation !== this.generation) return;
    this.content = content;
    this.host.requestUpdate();
    emit(this.host, 'sli-content-load', detail);
  }

  private fail(generation: number, error: unknown, fromProperty = false): void {
    if (generation !== this.generation) return;
    const detail =
      error instanceof ContentError
        ? error.detail
        : {reason: 'invalid-bundle' as const, message: `unexpected failure: ${String(error)}`};
    this.content = resolve(embeddedLocale, true);
    this.host.requestUpdate();
    // A bundle handed over in code is a developer error; a failed load is the network's.
    const log = fromProperty ? console.error : console.warn;
    log(`<${this.host.localName}>: ${detail.message}. Showing the built-in ${DEFAULT_LOCALE} content instead.`);
    emit(this.host, 'sli-content-error', detail);
  }
}

const resolve = (data: LocaleData, fallback: boolean): ResolvedContent => ({
  bundle: data.bundle,
  ui: localizeUiStrings(data.ui),
  fallback,
});
