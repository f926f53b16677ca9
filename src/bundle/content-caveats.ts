import type {GlossaryEntry} from './content-bundle.js';
import {own} from './own.js';

/** The two caveats that travel with content wherever it is shown. */
export type ContentCaveat = 'unreviewed' | 'overdue';

/** The UI strings that say them. */
export interface CaveatStrings {
  readonly unreviewedTranslation: string;
  readonly reviewOverdue: string;
}

/**
 * True once `today`, as a local calendar date, is after the `YYYY-MM-DD` next-review date.
 */
export function isReviewOverdue(nextReviewDue: string, today: Date): boolean {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}` > nextReviewDue;
}

/**
 * The one rule behind the panel's and the symptom list's callout, a standalone definition and
 * the plain snippet: an unreviewed translation says so, and so does content past its next review
 * date. Each caveat comes with the words that say it, in the content's language.
 */
export function contentCaveats(
  ui: CaveatStrings,
  unreviewed: boolean,
  nextReviewDue: string,
  today: Date
): [ContentCaveat, string][] {
  const caveats: [ContentCaveat, string][] = [];
  if (unreviewed) caveats.push(['unreviewed', ui.unreviewedTranslation]);
  if (isReviewOverdue(nextReviewDue, today)) caveats.push(['overdue', ui.reviewOverdue]);
  return caveats;
}

/** Who reviewed a translation and when, if it was reviewed with a full record; otherwise undefined. */
export function translationReview(translation: {status: string; reviewedBy?: string; reviewedOn?: string}): {by: string; on: string} | undefined {
  const {status, reviewedBy: by, reviewedOn: on} = translation;
  return status === 'reviewed' && by && on ? {by, on} : undefined;
}

/**
 * What follows a definition the editors wrote, wherever it shows (pop-up, print, snippets):
 * that they wrote it and, until a clinician's review record is added, that no clinician has
 * checked it. Undefined for a definition from the source page.
 */
export function editorialNote(entry: GlossaryEntry, ui: {editorialMark: string; editorialUnchecked: string}): string | undefined {
  if (!own(entry, 'editorial')) return undefined;
  return own(entry, 'reviewedBy') && own(entry, 'reviewedOn') ? ui.editorialMark : ui.editorialUnchecked;
}

/**
 * True for a translation of an English source: the source's note (references, who to write to)
 * is quoted in translation, but the address it gives answers in English, and the reader should know.
 */
export const contactInEnglish = (bundle: {meta: {translation: {status: string; sourceLocale: string}}}): boolean =>
  bundle.meta.translation.status !== 'original' && /^en\b/i.test(bundle.meta.translation.sourceLocale);
