/**
 * The rule behind every review-overdue notice (the panel's callout, a standalone definition):
 * true once `today`, as a local calendar date, is after the `YYYY-MM-DD` next-review date.
 */
export function isReviewOverdue(nextReviewDue: string, today: Date): boolean {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}` > nextReviewDue;
}
