/**
 * A bundle date (`YYYY-MM-DD`) in the locale's own words: "24 July 2023", "24 lipca 2023". Where
 * the browser has no date data for the locale (Chromium has none for Welsh, Irish or Scottish
 * Gaelic, and formats them in American English), the month comes from `monthNames`, the
 * locale's own twelve names from its UI strings: "24 Gorffennaf 2023". Never throws: a date the
 * browser cannot format is shown as written.
 */
export function formatDate(isoDate: string, locale: string, monthNames: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf(locale).length)
      // UTC throughout, so no time zone can move the date by a day.
      return new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
        Date.UTC(year, month - 1, day)
      );
  } catch {
    // An unusable locale: fall through to the names we have.
  }
  const name = monthNames.split(' ')[month - 1];
  return name ? `${day} ${name} ${year}` : isoDate;
}
