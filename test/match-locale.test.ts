import {expect} from '@open-wc/testing';
import {matchLocale} from '../src/i18n/match-locale.js';

const available = ['en-GB', 'cy', 'pl', 'ar'];

describe('matchLocale', () => {
  it('falls back through BCP 47 subtags to a shipped locale, then en-GB', () => {
    const cases: [string, string][] = [
      ['cy', 'cy'], ['cy-GB', 'cy'], ['CY-gb', 'cy'], ['ar-EG', 'ar'], ['pl-PL', 'pl'],
      ['en', 'en-GB'], ['en-US', 'en-GB'], ['en-GB', 'en-GB'], ['fr', 'en-GB'], ['', 'en-GB'], ['zh-Hant-TW', 'en-GB'],
    ];
    for (const [requested, expected] of cases) expect(matchLocale(requested, available, 'en-GB').locale, requested).to.equal(expected);
  });

  it('matches the newer languages by region and script, and never gives a reader a script they did not ask for', () => {
    const withNewer = [...available, 'ro', 'ur', 'bn', 'pa'];
    const cases: [string, string][] = [
      ['ro-RO', 'ro'], ['ro-MD', 'ro'], ['ur-PK', 'ur'], ['ur-IN', 'ur'], ['ur-Arab-PK', 'ur'], ['bn-BD', 'bn'], ['bn-IN', 'bn'],
      ['pa', 'pa'], ['pa-IN', 'pa'], ['pa-Guru', 'pa'], ['pa-Guru-IN', 'pa'],
      // Panjabi in Shahmukhi (Arabic script), stated or implied by Pakistan: Gurmukhi would be unreadable, so English.
      ['pa-Arab', 'en-GB'], ['pa-Arab-PK', 'en-GB'], ['pa-PK', 'en-GB'], ['PA-arab', 'en-GB'],
      // A script the shipped language is never written in is no match either.
      ['ro-Cyrl', 'en-GB'], ['bn-Latn', 'en-GB'],
    ];
    for (const [requested, expected] of cases) expect(matchLocale(requested, withNewer, 'en-GB').locale, requested).to.equal(expected);
  });

  it('reports a malformed tag and falls back to en-GB', () => {
    expect(matchLocale('not a language!', available, 'en-GB')).to.deep.equal({locale: 'en-GB', wellFormed: false});
    expect(matchLocale('cy', available, 'en-GB').wellFormed).to.equal(true);
  });
});
