import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { formatCitation, zhArticle } from './citations.ts';
import { codeCovered, type DestinationFiles, parseDestinations } from './destinations.ts';
import { addYears } from './rules/dates.ts';

const DATA = join(import.meta.dirname, '../../../data/destinations');
const read = (n: string): unknown => JSON.parse(readFileSync(join(DATA, n), 'utf8'));
const files = (): DestinationFiles => ({
  'countries.json': read('countries.json'),
  'un-sanctions-regimes.json': read('un-sanctions-regimes.json'),
  'national-prohibitions.json': read('national-prohibitions.json'),
  'risk-grades.json': read('risk-grades.json'),
  'country-groups.json': read('country-groups.json'),
});

describe('destinations data', () => {
  const d = parseDestinations(files());
  it('holds the 249 ISO 3166-1 countries and no reserved codes', () => {
    expect(d.data.countries).toHaveLength(249);
    expect(d.isCountry('KP')).toBe(true);
    for (const c of ['EU', 'UK', 'XK', 'ZZ', 'SU']) expect(d.isCountry(c)).toBe(false);
    expect(d.country('CN')?.zh).toBe('中国');
  });
  it('links the DPRK to UNSCR 2375 and MOFCOM 2018 No. 36', () => {
    expect(d.unRegimesFor('KP').map((r) => r.resolutions.map((x) => x.number))).toEqual([[2375]]);
    expect(d.prohibitionsFor('KP', '2026-01-01').map((p) => p.announcement)).toEqual(['MOFCOM et al. Announcement 2018 No. 36']);
    expect(d.unRegimesFor('DE')).toEqual([]);
  });
  it('rejects a record naming an unknown country, naming the file', () => {
    const f = files();
    f['un-sanctions-regimes.json'] = { regimes: [{ id: 'x', name: { en: 'x', zh: 'x' }, countries: ['QQ'], kind: 'sanctions', resolutions: [{ number: 1 }], provenance: { reference: 'x' } }] };
    expect(() => parseDestinations(f)).toThrow(/unknown country code QQ/);
    f['un-sanctions-regimes.json'] = { regimes: [{ id: 'x' }] };
    try {
      parseDestinations(f);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.location?.file).toBe('un-sanctions-regimes.json');
    }
  });
});

describe('helpers', () => {
  it('matches control codes by prefix', () => {
    expect(codeCovered('1C350.a', ['1C350'])).toBe(true);
    expect(codeCovered('1C351.a.1', ['1C350'])).toBe(false);
  });
  it('formats articles in both languages', () => {
    expect(zhArticle(12)).toBe('第十二条');
    expect(zhArticle(20)).toBe('第二十条');
    expect(zhArticle(48)).toBe('第四十八条');
    expect(formatCitation('Regs Art. 26', 'zh')).toBe('两用物项出口管制条例第二十六条');
    expect(formatCitation('ECL Art. 18', 'en')).toBe('Export Control Law Art. 18');
  });
  it('adds years to calendar dates', () => {
    expect(addYears('2023-05-10', 5)).toBe('2028-05-10');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });
});
