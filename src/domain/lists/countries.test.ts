import { describe, expect, it } from 'vitest';
import { countryCode, countryName, ISO_COUNTRIES } from './countries.ts';

describe('countryCode', () => {
  it('covers all 249 ISO 3166-1 codes plus Kosovo', () => {
    expect(ISO_COUNTRIES).toHaveLength(250);
    for (const [code, name] of ISO_COUNTRIES) {
      expect(countryCode(code)).toBe(code);
      expect(countryCode(name)).toBe(code);
    }
  });

  it.each([
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Iran', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Korea, North', 'KP'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Korea, South', 'KR'],
    ['Burma', 'MM'],
    ['Syria', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['China', 'CN'],
    ['Taiwan', 'TW'],
    ['Hong Kong', 'HK'],
    ['Macau', 'MO'],
    ['Kosovo', 'XK'],
    ['Palestinian', 'PS'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Democratic Republic of the Congo', 'CD'],
    ['United Republic of Tanzania', 'TZ'],
    ["Cote d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['United States', 'US'],
    ['  ru ', 'RU'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('returns undefined for unknown names and non-ISO codes', () => {
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryCode('ZZ')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
  });

  it('names codes', () => {
    expect(countryName('de')).toBe('Germany');
  });
});
