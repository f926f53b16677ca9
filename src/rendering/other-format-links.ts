import type {ContentBundle} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {parseHttpsLinkUrl} from '../loading/http-url.js';
import {ownOptions} from '../own-options.js';

type OtherFormat = NonNullable<ContentBundle['meta']['otherFormats']>[number];

/** The UI string that names each kind, in the reader's language. */
const KIND_LABELS = {
  'easy-read': 'formatEasyRead',
  audio: 'formatAudio',
  video: 'formatVideo',
  'bsl-video': 'formatBslVideo',
  'large-print': 'formatLargePrint',
  braille: 'formatBraille',
  'print-pdf': 'formatPrintPdf',
} as const;

// Names readers know better than the media type's own: `audio/mpeg` is an MP3.
const FORMAT_NAMES: Readonly<Record<string, string>> = {'audio/mpeg': 'MP3'};

/** "1.2 MB", "350 kB", in the reader's language where the browser has its data. */
function size(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 1), 'kilobyte'];
  try {
    return new Intl.NumberFormat(locale, ownOptions<Intl.NumberFormatOptions>({style: 'unit', unit, maximumFractionDigits: 1})).format(value);
  } catch {
    return `${Math.round(value * 10) / 10} ${unit === 'megabyte' ? 'MB' : 'kB'}`;
  }
}

/** The name of `language` in the reader's language, or the tag itself where the browser has no names. */
function languageName(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, ownOptions<Intl.DisplayNamesOptions>({type: 'language'})).of(language) ?? language;
  } catch {
    return language;
  }
}

/** One format as the panel and the plain snippet both show it. */
export interface OtherFormatLink {
  readonly href: string;
  readonly host: string;
  readonly language: string;
  /** The format's own title (in `language`), when it has one; otherwise undefined and `kind` is the link text. */
  readonly title: string | undefined;
  readonly kind: string;
  /** What follows the link text in brackets: kind (when a title is shown), language (when not the page's), format, size. */
  readonly details: string;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The bundle's other formats, each with the words that describe it in the reader's language:
 * "Easy Read (PDF, 1.2 MB)". A format whose URL fails the link rule (https, no credentials) is
 * left out, as every other link is.
 */
export function otherFormatLinks(bundle: ContentBundle, ui: UiStrings): OtherFormatLink[] {
  const formats: readonly OtherFormat[] = own(bundle.meta, 'otherFormats') ?? [];
  return formats.flatMap((format) => {
    const url = parseHttpsLinkUrl(format.url);
    if (!url) return [];
    const kind = ui[KIND_LABELS[format.kind]];
    const title = own(format, 'title');
    const details = [
      title ? kind : '',
      primary(format.language) === primary(bundle.locale) ? '' : languageName(format.language, bundle.locale),
      FORMAT_NAMES[format.mediaType] ?? format.mediaType.split('/')[1]!.toUpperCase(),
      size(format.bytes, bundle.locale),
    ].filter(Boolean);
    return [{href: url.href, host: url.hostname, language: format.language, title, kind, details: details.join(', ')}];
  });
}
