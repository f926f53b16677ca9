import {expect} from '@open-wc/testing';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {loadTranslatedLocale} from '../src/i18n/locales.js';
import {formatDate} from '../src/rendering/format-date.js';

const stringsOf = async (locale: string) => localizeUiStrings(locale === 'en-GB' ? undefined : (await loadTranslatedLocale(locale)).ui);
const monthNamesOf = async (locale: string) => (await stringsOf(locale)).monthNames;

describe('formatDate', () => {
  // Chromium has no Welsh date data and writes Panjabi as "2023 M07 24": the names come from the UI strings.
  it('writes the widget\'s own languages with their own month names, without Intl', async () => {
    const expected = {'en-GB': '24 July 2023', cy: '24 Gorffennaf 2023', pl: '24 lipca 2023', ar: '24 يوليو 2023', ro: '24 iulie 2023', ur: '24 جولائی 2023', bn: '২৪ জুলাই ২০২৩', pa: '24 ਜੁਲਾਈ 2023'};
    const realDateTimeFormat = Intl.DateTimeFormat;
    let intlUsed = 0;
    // The first Intl date format of a page costs the panel's first render 15–20 ms: these never pay it.
    Intl.DateTimeFormat = new Proxy(realDateTimeFormat, {
      construct: (target, args) => (intlUsed++, new target(...(args as []))),
      get: (target, key) => (key === 'supportedLocalesOf' ? (intlUsed++, target.supportedLocalesOf) : Reflect.get(target, key)),
    });
    try {
      for (const [locale, date] of Object.entries(expected)) {
        const {monthNames, digits} = await stringsOf(locale);
        expect(formatDate('2023-07-24', locale, monthNames, digits), locale).to.equal(date);
      }
    } finally {
      Intl.DateTimeFormat = realDateTimeFormat;
    }
    expect(intlUsed).to.equal(0);
  });

  it('writes the day and year in the digits the language\'s strings give, and in Western digits if those are not ten', async () => {
    const bengali = await loadTranslatedLocale('bn');
    expect(localizeUiStrings(bengali.ui).digits).to.equal('০১২৩৪৫৬৭৮৯');
    const names = await monthNamesOf('bn');
    expect(formatDate('2026-12-05', 'bn', names, '০১২৩৪৫৬৭৮৯')).to.equal('৫ ডিসেম্বর ২০২৬');
    for (const locale of ['en-GB', 'cy', 'pl', 'ar', 'ro', 'ur', 'pa'])
      expect((await stringsOf(locale)).digits, locale).to.equal('0123456789');
    for (const broken of ['', '012345678', '0123456789X', '০ ১ ২']) expect(formatDate('2023-07-24', 'bn', names, broken), broken).to.equal('24 জুলাই 2023');
  });

  it('writes another language (a partner bundle\'s) with Intl, and a date it cannot read as written', async () => {
    const english = await monthNamesOf('en-GB');
    expect(formatDate('2023-07-24', 'fr', english)).to.equal('24 juillet 2023');
    expect(formatDate('2023-07-24', 'en-US', english)).to.equal('July 24, 2023');
    expect(formatDate('2023-07-24', 'not a locale!', english)).to.equal('24 July 2023');
    expect(formatDate('2023-13-01', 'en-GB', english)).to.equal('2023-13-01');
  });
});
