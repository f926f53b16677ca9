import {expect} from '@open-wc/testing';
import {localizeUiStrings} from '../src/i18n/localize-ui-strings.js';
import {loadTranslatedLocale} from '../src/i18n/locales.js';
import {formatDate} from '../src/rendering/format-date.js';

const monthNamesOf = async (locale: string) => localizeUiStrings(locale === 'en-GB' ? undefined : (await loadTranslatedLocale(locale)).ui).monthNames;

describe('formatDate', () => {
  it('writes the widget\'s own languages with their own month names, without Intl', async () => {
    const expected = {'en-GB': '24 July 2023', cy: '24 Gorffennaf 2023', pl: '24 lipca 2023', ar: '24 يوليو 2023', ro: '24 iulie 2023', ur: '24 جولائی 2023'};
    const realDateTimeFormat = Intl.DateTimeFormat;
    let intlUsed = 0;
    // The first Intl date format of a page costs the panel's first render 15–20 ms: these never pay it.
    Intl.DateTimeFormat = new Proxy(realDateTimeFormat, {
      construct: (target, args) => (intlUsed++, new target(...(args as []))),
      get: (target, key) => (key === 'supportedLocalesOf' ? (intlUsed++, target.supportedLocalesOf) : Reflect.get(target, key)),
    });
    try {
      for (const [locale, date] of Object.entries(expected)) expect(formatDate('2023-07-24', locale, await monthNamesOf(locale))).to.equal(date);
    } finally {
      Intl.DateTimeFormat = realDateTimeFormat;
    }
    expect(intlUsed).to.equal(0);
  });

  it('writes another language (a partner bundle\'s) with Intl, and a date it cannot read as written', async () => {
    const english = await monthNamesOf('en-GB');
    expect(formatDate('2023-07-24', 'fr', english)).to.equal('24 juillet 2023');
    expect(formatDate('2023-07-24', 'en-US', english)).to.equal('July 24, 2023');
    expect(formatDate('2023-07-24', 'not a locale!', english)).to.equal('24 July 2023');
    expect(formatDate('2023-13-01', 'en-GB', english)).to.equal('2023-13-01');
  });
});
