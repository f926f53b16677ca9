import {BUILT_IN_LOCALES} from '../i18n/locales.js';
import {ownOptions} from '../own-options.js';

const WESTERN_DIGITS = '0123456789';

/**
 * A bundle date (`YYYY-MM-DD`) in the locale's own words: "24 July 2023", "24 lipca 2023",
 * "24 Gorffennaf 2023".
 *
 * In the widget's own languages the month comes from `monthNames`, the twelve names in the UI
 * strings of that language, and Intl is not used: a page's first Intl date format loads the
 * browser's locale data, 15–20 ms that were the largest single part of the panel's first render,
 * and Chromium has no Welsh date data at all (it formats Welsh in American English). A partner
 * bundle in another language, whose UI strings are not in its language, is formatted by
 * `Intl.DateTimeFormat`, falling back to the same names. Never throws: a date that cannot be
 * formatted is shown as written.
 *
 * `digits` are the ten digits of the language's UI strings, so each language's translators choose
 * them (Bengali writes its own, "২৪ জুলাই ২০২৩"); anything but ten characters means Western digits.
 */
export function formatDate(isoDate: string, locale: string, monthNames: string, digits = WESTERN_DIGITS): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  if (!BUILT_IN_LOCALES.includes(locale)) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf(locale).length)
        // UTC throughout, so no time zone can move the date by a day.
        // Gregorian stated (the date is Gregorian) and nothing else inherited: a polluted
        // Object.prototype.calendar or .numberingSystem must not rewrite the review dates.
        return new Intl.DateTimeFormat(
          locale,
          ownOptions<Intl.DateTimeFormatOptions>({day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory'})
        ).format(
          Date.UTC(year, month - 1, day)
        );
    } catch {
      // An unusable locale: fall through to the names we have.
    }
  }
  const name = monthNames.split(' ')[month - 1];
  return name ? `${inDigits(day, digits)} ${name} ${inDigits(year, digits)}` : isoDate;
}

/** A whole number written with `digits` (zero to nine); in Western digits if `digits` is not ten characters. */
function inDigits(value: number, digits: string): string {
  const glyphs = [...digits];
  const written = String(value);
  return glyphs.length === 10 ? written.replace(/[0-9]/g, (digit) => glyphs[Number(digit)]!) : written;
}
