import type {ReactiveControllerHost} from 'lit';
import type {ContentBundle} from '../bundle/content-bundle.js';
import {builtInLocaleFor} from '../i18n/built-in-locale-for.js';
import {embeddedLocale, loadBuiltInLocale} from '../i18n/built-in-locales.js';
import type {LocaleData} from '../i18n/locale-data.js';
import {localizeUiStrings} from '../i18n/localize-ui-strings.js';
import {DEFAULT_LOCALE, sameLanguage} from '../i18n/match-locale.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {ContentError} from '../loading/content-error.js';
import {LocalizedController, type Loaded} from './localized-controller.js';

// Loading and validating outside bundles is a separate chunk, fetched only when first needed.
const externalBundles = () => import('../loading/external-bundle.js');

/** Content ready to render: one bundle and the UI strings in the same language. */
export interface ResolvedContent {
  readonly bundle: ContentBundle;
  readonly ui: UiStrings;
  /** Set when the requested content failed and the embedded default is shown instead. */
  readonly fallback: boolean;
  /** Set when the page asks for a language the widget does not have, so English is shown. */
  readonly languageUnavailable?: boolean;
}

/** The element properties the controller reads. */
export interface ContentSourceHost extends ReactiveControllerHost, HTMLElement {
  /** A bundle given from JavaScript; wins over `src` and the built-in content. */
  bundle?: unknown;
  /** URL of a partner-hosted bundle. */
  src?: string | null;
  /** Milliseconds before a `src` load is abandoned. */
  timeout?: number | undefined;
}

const resolve = (data: LocaleData, fallback: boolean): ResolvedContent => ({
  bundle: data.bundle,
  ui: localizeUiStrings(data.ui),
  fallback,
});

/**
 * What a panel or symptom list shows: a bundle set from JavaScript, else a partner bundle from
 * `src`, else the built-in content for the element's language.
 */
export class ContentController extends LocalizedController<ResolvedContent, ContentSourceHost> {
  protected override extraInputs(): readonly unknown[] {
    const {bundle, src, timeout} = this.host;
    return [bundle, src, timeout];
  }

  protected override load(requested: string, signal: AbortSignal): Loaded<ResolvedContent> | Promise<Loaded<ResolvedContent>> {
    const {bundle, src, timeout} = this.host;
    if ((bundle !== undefined && bundle !== null) || src) {
      return externalBundles().then((m) => m.loadExternalContent({bundle, src, timeout}, requested, signal));
    }
    const locale = builtInLocaleFor(requested, this.host);
    const data = loadBuiltInLocale(locale);
    const loaded = (d: LocaleData): Loaded<ResolvedContent> => ({content: resolve(d, false), detail: {locale: d.bundle.locale, origin: 'built-in'}});
    if (!(data instanceof Promise)) {
      const result = loaded(data);
      // Asked for a language we do not have (not English, not none): say why it is in English.
      const unavailable = requested.trim() !== '' && !sameLanguage(requested, DEFAULT_LOCALE);
      return unavailable ? {...result, content: {...result.content, languageUnavailable: true}} : result;
    }
    return data.then(loaded, () => {
      throw new ContentError({reason: 'locale-unavailable', message: `the ${locale} content could not be loaded`});
    });
  }

  protected override fallback(): ResolvedContent {
    return resolve(embeddedLocale, true);
  }

  protected override log(error: ContentError): (message: string) => void {
    // A bundle handed over in code that fails is a developer error; a failed load is the network's.
    const {bundle} = this.host;
    const fromProperty = bundle !== undefined && bundle !== null && error.detail.reason === 'invalid-bundle';
    return fromProperty ? console.error : console.warn;
  }
}
