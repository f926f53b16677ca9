import {LAST_CONTENT_EVENT, type RemembersContentEvent} from './last-content-event.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Loaded} from '../content-types.js';
import {widgetEvent} from '../events.js';
import {observeLanguageChanges, unobserveLanguageChanges} from '../i18n/language-observer.js';
import {languageFor} from '../i18n/requested-language.js';
import {ContentError, isContentError} from '../loading/content-error.js';
import {warn} from '../safe-console.js';

/**
 * What every element shares: follow the language the page asks for, or the reader chose in the
 * panel's language picker (and any other inputs),
 * load content for it, ignore answers that arrive after the inputs changed, and on failure show
 * built-in content, fire `sli-content-error` and log once, so a failure is never a blank
 * element or an exception in the host page.
 *
 * Events fire after the host has rendered the content they announce, so a listener added in the
 * same task as `append()` still hears `sli-content-load`, and finds the content in the shadow root.
 */
const SETTLED = Promise.resolve();

export abstract class LanguageContentController<T, H extends ReactiveControllerHost & HTMLElement = ReactiveControllerHost & HTMLElement>
  implements ReactiveController
{
  /** Undefined only until a lazily loaded language arrives for the first time. */
  content: T | undefined;
  protected generation = 0;
  /** Resolves once the latest requested content is shown or has failed over. */
  settled: Promise<void> = SETTLED;
  private lastInputs: readonly unknown[] = [];
  private inFlight: AbortController | undefined;
  /** The event that the next completed render announces. */
  protected pendingEvent: CustomEvent | undefined;

  constructor(protected readonly host: H) {
    host.addController(this);
  }

  hostConnected(): void {
    observeLanguageChanges(this);
    this.lastInputs = [];
    this.sync();
  }

  hostDisconnected(): void {
    unobserveLanguageChanges(this);
    this.abortInFlight();
    this.generation++;
  }

  hostUpdated(): void {
    const event = this.pendingEvent;
    if (!event || !this.complete()) return;
    this.pendingEvent = undefined;
    (this.host as RemembersContentEvent)[LAST_CONTENT_EVENT] = event;
    this.host.dispatchEvent(event);
  }

  /**
   * Re-reads the inputs and starts over only if one changed: cheap enough to call on every
   * update and on every `lang` change anywhere on the page.
   */
  sync(): void {
    const requested = languageFor(this.host);
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
      this.settled = this.fail(generation, requested, error);
      return;
    }
    if (!(result instanceof Promise)) {
      // Nothing in flight to cancel later: let the controller go.
      this.inFlight = undefined;
      this.show(generation, result);
      return;
    }
    this.settled = result.then(
      (loaded) => this.show(generation, loaded),
      (error: unknown) => this.fail(generation, requested, error)
    );
  }

  /** Whether the host's last render showed all it will show of the content (its events wait until it does). */
  protected complete(): boolean {
    return true;
  }

  /** Inputs besides the requested language whose change means loading again. */
  protected extraInputs(): readonly unknown[] {
    return [];
  }

  /** Content for the inputs: at once for embedded content, otherwise a promise. */
  protected abstract load(requestedLanguage: string, signal: AbortSignal): Loaded<T> | Promise<Loaded<T>>;

  /** Built-in content nearest the requested language, marked as a fallback. Never rejects. */
  protected abstract fallback(requestedLanguage: string): T | Promise<T>;

  /** How a failure is logged; subclasses may log some failures as errors. */
  protected log(_error: ContentError): (message: string) => void {
    return warn;
  }

  private abortInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private show(generation: number, loaded: Loaded<T>): void {
    // The same content again (another language tag we have no translation for): nothing to redo.
    if (generation !== this.generation || loaded.content === this.content) return;
    this.content = loaded.content;
    this.pendingEvent = widgetEvent('sli-content-load', loaded.detail);
    this.host.requestUpdate();
  }

  protected async fail(generation: number, requested: string, error: unknown): Promise<void> {
    if (generation !== this.generation) return;
    const failure = isContentError(error)
      ? error
      : new ContentError({reason: 'invalid-bundle', message: `unexpected failure: ${String(error)}`});
    this.log(failure)(`<${this.host.localName}>: ${failure.message}. Showing the built-in content instead.`);
    const content = await this.fallback(requested);
    if (generation !== this.generation) return;
    this.content = content;
    this.pendingEvent = widgetEvent('sli-content-error', failure.detail);
    this.host.requestUpdate();
  }
}
