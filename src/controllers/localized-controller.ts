import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {emit, type ContentLoadDetail} from '../events.js';
import {observeLanguageChanges} from '../i18n/language-observer.js';
import {DEFAULT_LOCALE} from '../i18n/match-locale.js';
import {requestedLanguage} from '../i18n/requested-language.js';
import {ContentError} from '../loading/content-error.js';

/** Content and how it was obtained, for the `sli-content-load` event. */
export interface Loaded<T> {
  readonly content: T;
  readonly detail: ContentLoadDetail;
}

/**
 * What every element shares: follow the language the page asks for (and any other inputs),
 * load content for it, ignore answers that arrive after the inputs changed, and on failure show
 * the embedded default, fire `sli-content-error` and log once, so a failure is never a blank
 * element or an exception in the host page.
 */
export abstract class LocalizedController<T, H extends ReactiveControllerHost & HTMLElement = ReactiveControllerHost & HTMLElement>
  implements ReactiveController
{
  /** Undefined only until a lazily loaded language arrives for the first time. */
  content: T | undefined;
  private generation = 0;
  private settledPromise: Promise<void> = Promise.resolve();
  private stopObserving: (() => void) | undefined;
  private lastInputs: readonly unknown[] = [];
  private inFlight: AbortController | undefined;

  constructor(protected readonly host: H) {
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
    this.abortInFlight();
    this.generation++;
  }

  /**
   * Re-reads the inputs and starts over only if one changed: cheap enough to call on every
   * update and on every `lang` change anywhere on the page.
   */
  sync(): void {
    const requested = requestedLanguage(this.host);
    const inputs = [requested, ...this.extraInputs()];
    if (inputs.length === this.lastInputs.length && inputs.every((value, i) => Object.is(value, this.lastInputs[i]))) return;
    this.lastInputs = inputs;
    const generation = ++this.generation;
    // A load for the previous inputs is now pointless: stop it.
    this.abortInFlight();
    const {signal} = (this.inFlight = new AbortController());
    let result: Loaded<T> | Promise<Loaded<T>>;
    try {
      result = this.load(requested, signal);
    } catch (error) {
      this.fail(generation, error);
      return;
    }
    if (!(result instanceof Promise)) {
      this.show(generation, result);
      return;
    }
    this.settledPromise = result.then(
      (loaded) => this.show(generation, loaded),
      (error: unknown) => this.fail(generation, error)
    );
  }

  /** Inputs besides the requested language whose change means loading again. */
  protected extraInputs(): readonly unknown[] {
    return [];
  }

  /** Content for the inputs: at once for embedded content, otherwise a promise. */
  protected abstract load(requestedLanguage: string, signal: AbortSignal): Loaded<T> | Promise<Loaded<T>>;

  /** The embedded default, marked as a fallback. */
  protected abstract fallback(): T;

  /** How a failure is logged; subclasses may log some failures as errors. */
  protected log(_error: ContentError): (message: string) => void {
    return console.warn;
  }

  private abortInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private show(generation: number, loaded: Loaded<T>): void {
    if (generation !== this.generation) return;
    this.content = loaded.content;
    this.host.requestUpdate();
    emit(this.host, 'sli-content-load', loaded.detail);
  }

  private fail(generation: number, error: unknown): void {
    if (generation !== this.generation) return;
    const failure =
      error instanceof ContentError
        ? error
        : new ContentError({reason: 'invalid-bundle', message: `unexpected failure: ${String(error)}`});
    this.content = this.fallback();
    this.host.requestUpdate();
    this.log(failure)(`<${this.host.localName}>: ${failure.message}. Showing the built-in ${DEFAULT_LOCALE} content instead.`);
    emit(this.host, 'sli-content-error', failure.detail);
  }
}
