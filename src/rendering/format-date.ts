/** A bundle date (`YYYY-MM-DD`) in the locale's own words, e.g. "24 Jul 2023", "24 Gorff 2023". */
export function formatDate(isoDate: string, locale: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  // UTC throughout, so no time zone can move the date by a day.
  return new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'}).format(
    Date.UTC(year, month - 1, day)
  );
}
