import {css, html, nothing, type ReactiveElement} from 'lit';
import {builtInLanguages} from '../generated/languages.js';
import {languagePickerStrings} from '../i18n/language-picker-strings.js';
import {builtInLocaleFor} from '../i18n/locales.js';
import {READER_CHOICE, requestedLanguage} from '../i18n/requested-language.js';
import type {LanguageSwitch} from '../rendering/notices.js';
import type {RenderContext} from '../rendering/render-context.js';
import type {PickerHost} from './language-picker.js';
import {warn} from '../safe-console.js';

// The language list of `<secondary-liver-info languages>`: a lazy file, loaded only by a panel
// that asks for it (see ./language-picker.ts), which renders it after its title.

const english = languagePickerStrings();
const ENGLISH_STATUS = {original: english.languageOriginal, unreviewed: english.languageUnreviewed, reviewed: english.languageReviewed};

/** Every built-in language with the picker's strings in that language (en-GB's from msg()). */
const LANGUAGES = builtInLanguages.map((language) => ({
  ...language,
  strings: language.strings ?? {...english, status: ENGLISH_STATUS[language.status]},
}));
const stringsIn = (locale: string) => (LANGUAGES.find((language) => language.locale === locale) ?? LANGUAGES[0]!).strings;

/** Panels told once that a partner's bundle offers no list. */
const warned = new WeakSet<PickerHost>();

/** Per panel: the language whose arrival is to be announced (the reader's last choice). */
const announced = new WeakMap<PickerHost, string | undefined>();

/**
 * The reader chose `locale`. Only this panel changes: the choice is kept on the element, and its
 * content controller loads that language (at once for en-GB, from its lazy file otherwise) and
 * fires `sli-content-load` once it is shown. "Read in English" ends first, as any new language
 * does; choosing the translation it was made on just ends it (the callout then says so).
 */
function choose(host: PickerHost, locale: string, context: RenderContext, languageSwitch: LanguageSwitch): void {
  const {bundle, readingEnglish} = context.content;
  if (readingEnglish) {
    languageSwitch.toggle();
    if (locale === readingEnglish.locale) {
      announced.set(host, undefined);
      return;
    }
  } else if (locale === bundle.locale) {
    return;
  }
  const asked = requestedLanguage(host);
  // The page's own language needs no choice: without one, the panel follows the page again.
  host[READER_CHOICE] = builtInLocaleFor(asked) === locale ? undefined : new Map([[asked, locale]]);
  announced.set(host, locale);
  host.requestUpdate();
}

const globe = html`<svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="9" />
  <path d="M3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z" />
</svg>`;

/**
 * "Choose a language", then every built-in language as a button: named in itself (`lang` on the
 * button, the name's own direction, never translated by page translators), with its review status
 * from its bundle in the same language, and the language shown marked `aria-current`. A native
 * disclosure, closed at first, so the panel keeps its first screen. Every button stays the same
 * node whatever is shown, so the one pressed keeps the focus; a live region inside says, in the
 * new language, that the information is now shown in it.
 */
export function languagePicker(host: PickerHost, context: RenderContext, languageSwitch: LanguageSwitch) {
  // The page asked for another language since the choice: it no longer applies (languageFor), and
  // must not come back if the page returns to the old one.
  if (!host[READER_CHOICE]?.has(requestedLanguage(host))) host[READER_CHOICE] = undefined;
  const partner = !!host.src || (host.bundle !== undefined && host.bundle !== null);
  if (host.languages && partner && !warned.has(host)) {
    warned.add(host);
    warn('<secondary-liver-info>: languages is ignored with src or bundle: a partner bundle is in one language');
  }
  if (!host.languages || partner) {
    // Without the list (taken away, or a partner's bundle, which is in one language) the reader
    // could neither see nor undo a choice: the panel follows the page again, after this render.
    if (host[READER_CHOICE]) {
      host[READER_CHOICE] = undefined;
      void Promise.resolve().then(() => host.requestUpdate());
    }
    return nothing;
  }
  adoptPickerStyles(host);
  const shown = context.content.bundle.locale;
  const here = stringsIn(shown);
  const announce = !context.content.readingEnglish && announced.get(host) === shown ? here.shownInLanguage : '';
  return html`<details class="languages" part="languages">
    <summary part="languages-toggle">${globe} ${here.chooseLanguage}</summary>
    <ul class="language-list" part="language-list" role="list">
      ${LANGUAGES.map(({locale, dir, strings}) => {
        const current = locale === shown;
        return html`<li>
          <button
            type="button"
            class="language"
            part=${current ? 'language current-language' : 'language'}
            lang=${locale}
            value=${locale}
            aria-current=${current ? 'true' : nothing}
            @click=${() => choose(host, locale, context, languageSwitch)}
          >
            <span class="language-name" dir=${dir} translate="no">${strings.languageName}</span>
            <span class="language-status" dir=${dir}>${strings.status}</span>
          </button>
        </li>`;
      })}
    </ul>
    <p class="language-announcement" part="language-announcement" role="status">${announce}</p>
  </details>`;
}

const pickerStyles = css`
  .languages {
    margin-block: 0 1em;
  }
  .languages > summary {
    inline-size: fit-content;
    min-block-size: 24px;
    padding-block: 0.25em;
    cursor: pointer;
    color: var(--sli-color-accent, inherit);
  }
  .globe {
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.3em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
  }
  .language-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.5em;
    margin-block: 0.5em;
    padding: 0;
    list-style: none;
  }
  .language-list > li {
    margin: 0;
  }
  /* A column in the panel's direction; each name and status keeps its own. */
  .language {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: max(2.75em, 44px);
    padding-block: 0.375em;
    padding-inline: 0.75em;
    text-align: start;
    background: none;
    color: var(--sli-color-accent, inherit);
    border: 1px solid var(--sli-color-border, #6e7781);
    border-radius: var(--sli-radius, 0.25em);
  }
  .language[aria-current] {
    border: 2px solid currentColor;
    border-inline-start-width: 0.4em;
  }
  .language[aria-current] .language-name {
    font-weight: bold;
  }
  .language-status {
    font-size: 0.875em;
  }
  .language-announcement:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    .language {
      border-color: ButtonText;
      color: ButtonText;
    }
    .language[aria-current] {
      border-color: Highlight;
    }
  }
  @media print {
    .languages {
      display: none;
    }
  }
`;

/** Roots that have the list's styles. */
const styled = new WeakSet<Node>();

/**
 * Gives a panel the list's styles, the first time it shows it: its shadow root now, and every
 * root the class styles later (the drawing's styles are adopted with the class's own); in
 * `light-dom` mode, the page, scoped to the element (before the next frame: the light-DOM styles'
 * file is already in).
 */
function adoptPickerStyles(host: PickerHost): void {
  const root = host.renderRoot;
  if (styled.has(root)) return;
  styled.add(root);
  const type = host.constructor as typeof ReactiveElement;
  if (!type.elementStyles.includes(pickerStyles)) type.elementStyles.push(pickerStyles);
  if (root === host) {
    void import('../light-dom/light-styles.js').then(({adoptLightStyles, lightCss}) => adoptLightStyles(host, lightCss(host.localName, [pickerStyles], false)));
    return;
  }
  const shadow = root as ShadowRoot;
  const sheet = pickerStyles.styleSheet;
  if (sheet && !shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
