// `secondary-liver-info snippet`: static HTML of the built-in content, for pages and content
// systems where the widget's script cannot run, or only runs later.
import {mkdirSync} from 'node:fs';
import {describeError, printable, Refusal, writeFileAtomically} from './cli-files.mjs';
import {dirname} from 'node:path';
import {parseArgs} from 'node:util';
import {supportFragment} from './support-fragment.mjs';

export const SNIPPET_HELP = `usage: secondary-liver-info snippet [options]

Prints static HTML of the built-in content (or writes it with --out).

  --plain                plain HTML that survives CMS sanitizers (WordPress, DOMPurify,
                         sanitize-html): light DOM, no styles or scripts. Without it, the
                         rich snippet: declarative shadow DOM that the widget's script takes
                         over (needs @lit-labs/ssr installed).
  --element NAME         secondary-liver-info (default) or symptom-list
  --locale TAG           language, e.g. cy, pl, ar, en-GB (default en-GB)
  --sections "A B"       panel sections in order: what-is-it which-cancers symptoms tests
                         treatment outlook (default: all)
  --heading-level N      level of the first heading, 2-6 (default 2)
  --id-prefix TEXT       starts every id in plain HTML (default from element, locale and
                         sections); give two identical snippets on one page different ones
  --support FILE         the host's own next steps and contacts: an HTML fragment, reduced to
                         headings, paragraphs, lists, links (https, tel, mailto) and emphasis
                         (everything else is dropped), placed after the sections (after the
                         caveat in symptom-list), before "About this information", under "Who
                         to contact" unless it starts with its own heading (needs sanitize-html)
  --light-dom            rich snippet only: the content in the page itself (no shadow root),
                         where Reader View, read-aloud, page translation and crawlers read it,
                         with its styles scoped to the element (see docs/guides/light-dom.md
                         on which to use)
  --structured-data      adds a <script type="application/ld+json">: a schema.org
                         MedicalWebPage about the condition, with its clinical codes (panel
                         only). In the rich snippet it sits inside the element, which keeps it
                         current; in plain HTML it comes after the content, to paste into the
                         page template, not the editor (sanitizers drop scripts)
  --languages            rich snippet, panel only: the \`languages\` attribute. The static HTML
                         has no list of languages (it could not switch without the script);
                         the list appears above the content when the script takes over. For
                         plain HTML, make one snippet per language (--locale) instead
  --out FILE             write to FILE instead of standard output
  --help                 this text

The review-overdue notice reflects the day the snippet is made: regenerate it after every
content review.`;

class UsageError extends Error {}

function options(args) {
  let values;
  try {
    ({values} = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        plain: {type: 'boolean', default: false},
        element: {type: 'string', default: 'secondary-liver-info'},
        locale: {type: 'string', default: 'en-GB'},
        sections: {type: 'string'},
        'heading-level': {type: 'string', default: '2'},
        'id-prefix': {type: 'string'},
        'structured-data': {type: 'boolean', default: false},
        'light-dom': {type: 'boolean', default: false},
        languages: {type: 'boolean', default: false},
        out: {type: 'string'},
        support: {type: 'string'},
        help: {type: 'boolean', default: false},
      },
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (!['secondary-liver-info', 'symptom-list'].includes(values.element))
    throw new UsageError(`--element must be secondary-liver-info or symptom-list, not ${JSON.stringify(values.element)}`);
  const level = Number(values['heading-level']);
  if (!Number.isInteger(level) || level < 2 || level > 6) throw new UsageError('--heading-level must be a whole number from 2 to 6');
  if (values['light-dom'] && values.plain) throw new UsageError('--light-dom is for the rich snippet: plain HTML is already in the page');
  if (values.languages && values.plain)
    throw new UsageError('--languages needs the widget\'s script to switch languages, which plain HTML has not got: make one snippet per language with --locale');
  if (values.languages && values.element !== 'secondary-liver-info') throw new UsageError('--languages is for the panel: use it with --element secondary-liver-info');
  if (values['structured-data'] && values.element !== 'secondary-liver-info')
    throw new UsageError('--structured-data describes the panel: use it with --element secondary-liver-info');
  if (values['id-prefix'] !== undefined && !/^[A-Za-z][\w-]*$/.test(values['id-prefix']))
    throw new UsageError('--id-prefix must start with a letter and hold only letters, digits, - and _');
  return {...values, level};
}

async function loadContent(locale) {
  const {builtInLocaleFor, BUILT_IN_LOCALES, DEFAULT_LOCALE} = await import('../dist/npm/i18n/locales.js');
  const tag = builtInLocaleFor(locale);
  if (tag === DEFAULT_LOCALE && locale.toLowerCase().split('-')[0] !== 'en')
    throw new UsageError(`--locale ${JSON.stringify(locale)}: no built-in content in that language (built in: ${BUILT_IN_LOCALES.join(', ')})`);
  const {loadBuiltInLocale} = await import('../dist/npm/controllers/content-controller.js');
  const {localizeUiStrings} = await import('../dist/npm/i18n/localize-ui-strings.js');
  const data = await loadBuiltInLocale(tag);
  return {tag, bundle: data.bundle, ui: localizeUiStrings(data.ui)};
}

/** The same JSON-LD block the panel's `structured-data` attribute adds, section links included. */
async function structuredData(bundle, sections, panelId) {
  const {medicalWebPage, jsonLdText} = await import('../dist/npm/structured-data/medical-web-page.js');
  const {sectionFragment} = await import('../dist/npm/deep-links/section-fragment.js');
  const {JSON_LD_MARK} = await import('../dist/npm/structured-data/json-ld-mark.js');
  const json = jsonLdText(medicalWebPage(bundle, sections, (id) => `#${sectionFragment(panelId, id)}`));
  return `<script type="application/ld+json" ${JSON_LD_MARK}>${json}</script>`;
}

async function plainSnippet(values, sections) {
  const {tag, bundle, ui} = await loadContent(values.locale);
  const {plainHtml} = await import('../dist/npm/static/plain-html.js');
  const idPrefix = values['id-prefix'] ?? `sli-${tag}-${values.element === 'symptom-list' ? 'symptoms' : sections.join('-')}`.toLowerCase();
  const today = new Date();
  const html = plainHtml(bundle, ui, {element: values.element, sections, headingLevel: values.level, idPrefix, today, support: values.supportFragment});
  const json = values['structured-data']
    ? `<!-- Structured data for the content above: put it in the page template (or its <head>), not in the editor. -->
${await structuredData(bundle, sections, idPrefix)}
`
    : '';
  return `<!-- ${values.element} (${tag}): plain HTML from \`npx secondary-liver-info snippet --plain\`, made ${today.toISOString().slice(0, 10)}.
     Regenerate it after every content review: its review notice reflects that day. -->
${html}${json}`;
}

async function richSnippet(values, chosen) {
  let ssr;
  try {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    ssr = await import('@lit-labs/ssr');
  } catch {
    throw new UsageError('the rich snippet needs @lit-labs/ssr: run `npm install @lit-labs/ssr`, or use --plain');
  }
  // @lit-labs/ssr's shim has no window; a few browser-only code paths test for it.
  globalThis.window ??= globalThis;
  const {collectResultSync} = await import('@lit-labs/ssr/lib/render-result.js');
  const {nothing} = await import('lit');
  const {unsafeStatic, html: staticHtml} = await import('lit/static-html.js');
  await import('../dist/npm/define/all.js');
  const {tag, bundle, ui} = await loadContent(values.locale);
  // The drawing is lazy in the browser; on the server it must be there before rendering, with its styles.
  const {spreadDrawingStyles} = await (await import('../dist/npm/rendering/spread-illustration.js')).loadSpreadDrawing();
  const {SecondaryLiverInfo} = await import('../dist/npm/elements/secondary-liver-info.js');
  if (!SecondaryLiverInfo.elementStyles.includes(spreadDrawingStyles)) SecondaryLiverInfo.elementStyles.push(spreadDrawingStyles);
  const content = {bundle, ui, fallback: false};
  const element = unsafeStatic(values.element);
  const sections = values.element === 'secondary-liver-info' ? values.sections ?? nothing : nothing;
  const support = values.supportFragment;
  const serverSupport = support ? (support.ownHeading ? 'own-heading' : 'default-heading') : nothing;
  // In the page, ids must not meet the host's (`title`) or another snippet's.
  const light = values['light-dom'];
  const idPrefix = light ? `${values['id-prefix'] ?? `sli-${tag}-${values.element === 'symptom-list' ? 'symptoms' : chosen.join('-')}`.toLowerCase()}-` : '';
  const result = collectResultSync(
    ssr.render(
      staticHtml`<${element} lang=${tag} sections=${sections} heading-level=${values.level} structured-data=${values['structured-data'] ? '' : nothing} light-dom=${light ? '' : nothing} languages=${values.languages ? '' : nothing} .idPrefix=${idPrefix} .serverContent=${content} .serverSupport=${serverSupport}></${element}>`
    )
  );
  let markup = result
    // The client replaces this HTML rather than hydrating it: no hydration markers.
    .replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->/g, '')
    // Terms render their slotted words without their own shadow root: the panel's styles are
    // not repeated once per term, and the words show as text until the script takes over.
    .replace(/(<glossary-term\b[^>]*>)<template shadowrootmode="open"[^>]*>[\s\S]*?<\/template>/g, '$1')
    // The host's contacts as light DOM, which the shadow root's support slot places (reduced markup only).
    .replace(new RegExp(`</${values.element}>\\s*$`), support ? `<div slot="support">${support.html}</div></${values.element}>` : '$&');
  if (light) {
    // Lit renders a declarative shadow root on the server; the content moves out of it into the
    // element, and the element's styles come first, scoped to it, as the element adopts them.
    const {lightCss} = await import('../dist/npm/light-dom/light-styles.js');
    const type = customElements.get(values.element);
    markup = markup
      .replace(/<template shadowroot[^>]*>([\s\S]*)<\/template>/, (_, inner) => inner.replace(/<style>[\s\S]*?<\/style>/g, ''));
    markup = `<style>${lightCss(values.element, type.elementStyles)}</style>\n${markup}`;
  }
  // A light-DOM child, as the element itself adds it; the element keeps it current once upgraded.
  if (values['structured-data']) {
    const closing = `</${values.element}>`;
    const at = markup.lastIndexOf(closing);
    markup = `${markup.slice(0, at)}${await structuredData(bundle, chosen, null)}${markup.slice(at)}`;
  }
  return `<!-- ${values.element} (${tag}): static HTML from \`npx secondary-liver-info snippet\`, made ${new Date().toISOString().slice(0, 10)}.
     It shows without JavaScript (${light ? 'in the page, light DOM' : 'declarative shadow DOM'}). Add the widget's script to make it interactive.
     Regenerate it after every content review: its review notice reflects that day. -->
${markup}
`;
}

/** Resolves once `text` has reached standard output (a pipe is written asynchronously). */
const writeStdout = (text) => new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));

/**
 * Makes the snippet, failing if anything rejected unhandled while it was made (a render path that
 * starts work on the server): such a snippet may be incomplete, and it is never written.
 */
async function completeSnippet(values, sections) {
  const rejections = [];
  const record = (reason) => rejections.push(reason);
  process.on('unhandledRejection', record);
  try {
    const output = values.plain ? await plainSnippet(values, sections) : await richSnippet(values, sections);
    // Let promises started during rendering settle before the snippet is judged complete.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (rejections.length) throw rejections[0];
    return output;
  } finally {
    process.off('unhandledRejection', record);
  }
}

/**
 * Runs the command; returns the exit code. All or nothing: the snippet is written (to stdout, or
 * to --out) only once it is complete; on any failure nothing is written, one line goes to
 * standard error, and the code is 1 (2 for a usage error).
 */
export async function snippet(args) {
  let values;
  try {
    values = options(args);
    if (values.help) {
      console.log(SNIPPET_HELP);
      return 0;
    }
    const {SECTION_IDS} = await import('../dist/npm/bundle/section-ids.js');
    const sections = values.sections ? values.sections.split(/[\s,]+/).filter(Boolean) : [...SECTION_IDS];
    const unknown = sections.filter((id) => !SECTION_IDS.includes(id));
    if (unknown.length) throw new UsageError(`--sections: unknown section ${JSON.stringify(unknown[0])} (known: ${SECTION_IDS.join(' ')})`);
    if (values.support !== undefined) {
      // Headings of the fragment start one level below the title (the panel's sections; below the symptom list's heading).
      try {
        values.supportFragment = await supportFragment(values.support, Math.min(values.level + 1, 6));
      } catch (error) {
        if (error instanceof Refusal) throw new UsageError(`--support ${printable(values.support)}: ${error.message}`);
        throw error;
      }
    }
    const output = await completeSnippet(values, [...new Set(sections)]);
    if (values.out) {
      try {
        mkdirSync(dirname(values.out), {recursive: true});
      } catch (error) {
        throw new Refusal(`cannot create the directory: ${describeError(error)}`);
      }
      writeFileAtomically(values.out, output);
      console.error(`wrote ${printable(values.out)} (${output.length} bytes)`);
    } else {
      await writeStdout(output);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`secondary-liver-info snippet: ${error.message}\n(see: secondary-liver-info snippet --help)`);
      return 2;
    }
    if (error instanceof Refusal) {
      console.error(`secondary-liver-info snippet: --out ${printable(values.out)}: ${error.message}; nothing written`);
      return 1;
    }
    // One line, no stack trace; nothing was written.
    const what = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    console.error(`secondary-liver-info snippet: failed, nothing written (${what})`);
    return 1;
  }
}
