import type {ReactiveControllerHost} from 'lit';
import type {ContentBundle} from '../bundle/content-bundle.js';
import type {LocaleData, Loaded, ResolvedContent} from '../content-types.js';
import {localizeUiStrings} from '../i18n/localize-ui-strings.js';
import {bundle as embeddedBundle} from '../generated/content/en-GB.js';
import {builtInLocaleFor, DEFAULT_LOCALE, languageUnavailable, loadTranslatedLocale} from '../i18n/locales.js';
import {languageFor, READER_CHOICE} from '../i18n/requested-language.js';
import {ContentError} from '../loading/content-error.js';
import {deferredParts, deferredPartsFailed, deferredPartsSettled} from '../deferred/load-parts.js';
import {LanguageContentController} from './language-content-controller.js';
import {logError, warn} from '../safe-console.js';

// Loading and validating outside bundles is a separate chunk, fetched only when first needed.
const externalBundles = () => import('../loading/external-bundle.js');

/** The element properties the controller reads. */
export interface ContentSourceHost extends ReactiveControllerHost, HTMLElement {
  /** A bundle given from JavaScript; wins over `src` and the built-in content. */
  bundle?: unknown;
  /** URL of a partner-hosted bundle. */
  src?: string | null;
  /** Milliseconds before a `src` load is abandoned. */
  timeout?: number | undefined;
  /** The language the reader chose in the panel's language picker, if any. */
  [READER_CHOICE]?: ReadonlyMap<string, string> | undefined;
}

/** The embedded default: in the main bundle, so showing it never needs a request. */
export const EMBEDDED_LOCALE: LocaleData = {bundle: embeddedBundle};

/** A built-in locale's full data: the default at once, any other from its lazy file. */
export const loadBuiltInLocale = (locale: string): LocaleData | Promise<LocaleData> =>
  locale === DEFAULT_LOCALE ? EMBEDDED_LOCALE : loadTranslatedLocale(locale);

/** UI strings follow an outside bundle's language where the widget has them, English otherwise. */
async function withUiStrings(bundle: ContentBundle, stale: readonly string[]): Promise<ResolvedContent> {
  const locale = builtInLocaleFor(bundle.locale);
  const ui = locale === DEFAULT_LOCALE ? undefined : await loadTranslatedLocale(locale).then((data) => data.ui, () => undefined);
  return {bundle, ui: localizeUiStrings(ui), fallback: false, ...(stale.length ? {stale} : {})};
}

export const resolve = (data: LocaleData, fallback: boolean): ResolvedContent => ({
  bundle: data.bundle,
  ui: localizeUiStrings(data.ui),
  fallback,
  ...(data.stale ? {stale: data.stale} : {}),
});

// One object per built-in locale and notice: a page translator that rewrites <html lang> again and
// again (fr, then fr-FR, then de) gets the content it already has, so nothing re-renders text it
// is translating and the "not in your language" notice is shown once.
const builtIn = [new WeakMap<LocaleData, ResolvedContent>(), new WeakMap<LocaleData, ResolvedContent>()];
const builtInContent = (data: LocaleData, unavailable: boolean): ResolvedContent => {
  const cache = builtIn[+unavailable]!;
  let content = cache.get(data);
  if (!content) cache.set(data, (content = unavailable ? {...resolve(data, false), languageUnavailable: true} : resolve(data, false)));
  return content;
};

/**
 * What a panel or symptom list shows: a bundle set from JavaScript, else a partner bundle from
 * `src`, else the built-in content for the element's language.
 */
export class ContentController extends LanguageContentController<ResolvedContent, ContentSourceHost> {
  // The self-contained file shows the embedded first screen before its other parts arrive; an
  // event announces the content once they have (or have failed).
  protected override complete(): boolean {
    return !!deferredParts() || deferredPartsFailed();
  }

  protected override extraInputs(): readonly unknown[] {
    const {bundle, src, timeout} = this.host;
    // Each choice is a new object: choosing a language again retries one that failed to load.
    return [bundle, src, timeout, this.host[READER_CHOICE]];
  }

  protected override load(requested: string, signal: AbortSignal): Loaded<ResolvedContent> | Promise<Loaded<ResolvedContent>> {
    const {bundle, src, timeout} = this.host;
    if ((bundle !== undefined && bundle !== null) || src) {
      return Promise.all([externalBundles(), deferredPartsSettled])
        .then(([m]) => m.loadExternalContent({bundle, src, timeout}, requested, signal, embeddedBundle))
        .then(async ({bundle: accepted, origin, stale}) => ({
          content: await withUiStrings(accepted, stale),
          detail: {locale: accepted.locale, origin},
        }));
    }
    const locale = builtInLocaleFor(requested, this.host);
    const data = loadBuiltInLocale(locale);
    const loaded = (d: LocaleData, unavailable = false): Loaded<ResolvedContent> => ({
      content: builtInContent(d, unavailable),
      detail: {locale: d.bundle.locale, origin: 'built-in'},
    });
    if (!(data instanceof Promise)) return loaded(data, languageUnavailable(requested));
    // A translation needs a round trip of its own: it shows complete, with the parts below the first screen.
    return Promise.all([data, deferredPartsSettled]).then(([d]) => loaded(d), () => {
      throw new ContentError({reason: 'locale-unavailable', message: `the ${locale} content could not be loaded`});
    });
  }

  // A Welsh partner bundle that fails falls back to the built-in Welsh, not to English; English
  // only if Welsh cannot be loaded either.
  protected override async fallback(requested: string): Promise<ResolvedContent> {
    return resolve(await Promise.resolve(loadBuiltInLocale(builtInLocaleFor(requested))).catch(() => EMBEDDED_LOCALE), true);
  }

  /**
   * The host could not render the content it was given (a defect, or data no validator foresaw).
   * Falls back exactly as a failed load does, once: built-in content that fails too is left to Lit.
   */
  renderFailed(error: unknown): boolean {
    const fallbackFailed = this.pendingEvent?.type === 'sli-content-error';
    this.pendingEvent = undefined;
    if (fallbackFailed) return false;
    this.settled = this.fail(this.generation, languageFor(this.host), error);
    return true;
  }

  protected override log(error: ContentError): (message: string) => void {
    // A bundle handed over in code that fails is a developer error; a failed load is the network's.
    const {bundle} = this.host;
    const fromProperty = bundle !== undefined && bundle !== null && error.detail.reason === 'invalid-bundle';
    return fromProperty ? logError : warn;
  }
}
