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
