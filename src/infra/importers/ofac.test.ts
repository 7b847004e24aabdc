import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { parseOfacRemarks } from './ofacRemarks.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

describe('OFAC legacy CSV importer', () => {
  it('joins sdn.csv with alt/add/comments and maps types, aliases and remarks', async () => {
    const [list] = await parseListFiles([fixture('ofac-csv', 'sdn-2021')]);
    expect(list?.sourceId).toBe('ofac-sdn');
    expect(list?.warnings).toEqual([]);
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    const cuba = parties.find((p) => p.sourceRef === '306');
    expect(cuba?.names).toContainEqual({ value: 'NATIONAL BANK OF CUBA', kind: 'alias' });
    expect(cuba?.names).toContainEqual({ value: 'BNC', kind: 'weak' });
    expect(cuba?.addresses[0]).toBe('Zweierstrasse 35, Zurich CH-8022, Switzerland');
    expect(cuba?.countries).toContain('CH');
    expect(cuba?.programs).toEqual(['CUBA']);
    // Remarks continued in sdn_comments.csv are read too (Lazarus group handles).
    const lazarus = parties.find((p) => p.sourceRef === '28264');
    expect(lazarus?.names.filter((n) => n.kind === 'weak').map((n) => n.value)).toEqual(expect.arrayContaining(['blackjack1987', 'khaleesi']));
    expect(new Set(parties.map((p) => p.schema))).toEqual(new Set(['Person', 'Organization', 'Vessel', 'Aircraft']));
  });

  it('recognises a lone sdn.csv, with a warning for the absent companions', async () => {
    const [list] = await parseListFiles([fixture('ofac-csv', 'sdn-2024', 'sdn.csv')]);
    expect(list?.warnings.join(' ')).toMatch(/add\.csv, alt\.csv, sdn_comments\.csv not found/);
    assertValidParties(list?.parties ?? []);
  });

  it('reads the consolidated (non-SDN) set as ofac-cons', async () => {
    const [list] = await parseListFiles([fixture('ofac-csv', 'cons')]);
    expect(list?.sourceId).toBe('ofac-cons');
    expect(list?.parties).toHaveLength(25);
    assertValidParties(list?.parties ?? []);
  });

  it('reads facts out of remarks', () => {
    const f = parseOfacRemarks(
      "DOB 05 Feb 1975; alt. DOB circa 1979; POB San Felipe; nationality Venezuela; citizen Korea, North; Cedula No. V-12277477 (Venezuela); Passport 066562397 (Venezuela) issued 17 Jan 2013; a.k.a. 'ABU-'UMAR'; a.k.a. \"EL CHAPO\"; Vessel Registration Identification IMO 9187629.",
    );
    expect(f.birthDates).toEqual(['1975-02-05', '1979']);
    expect(f.countries).toEqual(['VE', 'KP']);
    expect(f.weakAliases).toEqual(["ABU-'UMAR", 'EL CHAPO']);
    expect(f.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'passport', value: '066562397', country: 'VE' },
        { type: 'national_id', value: 'V-12277477', country: 'VE' },
        { type: 'imo', value: '9187629' },
      ]),
    );
  });

  it('rejects a row with a missing column, naming file and line', async () => {
    const dir = await corruptCopy(fixture('ofac-csv', 'sdn-2024'), 'sdn.csv', (t) => t.replace(/^(.*\r\n.*\r\n)(36,"AEROCARIBBEAN AIRLINES",-0- ,)/, '$1').replace('173,"ANGLO-CARIBBEAN CO., LTD.",-0- ,', '173,"ANGLO-CARIBBEAN CO., LTD.",'));
    await expect(parseListFiles([dir])).rejects.toThrow(/sdn\.csv:2: expected 12 columns, found 11/);
  });

  it('rejects a truncated file (unclosed quote)', async () => {
    const dir = await corruptCopy(fixture('ofac-csv', 'sdn-2024'), 'sdn.csv', (t) => t.slice(0, t.indexOf('"BANCO NACIONAL') + 10));
    await expect(parseListFiles([dir])).rejects.toThrow(/sdn\.csv:\d+: malformed CSV: Quote Not Closed/);
  });

  it.skipIf(!hasReal('ofac_sdn', 'sdn.csv'))('full 2024 sdn.csv: 14,965 entries by type, weak a.k.a.s from 2,067 remarks', async () => {
    const [list] = await parseListFiles([realData('ofac_sdn', 'sdn.csv')]);
    const parties = list?.parties ?? [];
    expect(parties).toHaveLength(14965);
    expect(countBy(parties, (p) => p.schema)).toEqual({ Person: 6854, Organization: 6884, Vessel: 851, Aircraft: 376 });
    expect(parties.filter((p) => p.names.some((n) => n.kind === 'weak')).length).toBeGreaterThanOrEqual(2060);
    assertValidParties(parties);
  });

  it.skipIf(!hasReal('ofac_sdn_2021-07-07'))('full 2021 set: 8,976 entries, aliases from 11,910 alt rows on 4,139 entities', async () => {
    const [list] = await parseListFiles([realData('ofac_sdn_2021-07-07')]);
    const parties = list?.parties ?? [];
    expect(parties).toHaveLength(8976);
    const withAlt = parties.filter((p) => p.names.some((n) => n.kind === 'alias' || n.kind === 'former'));
    // 4,139 entities have alt rows; one has only an alias identical to its primary name.
    expect(withAlt).toHaveLength(4138);
    const altNames = parties.reduce((s, p) => s + p.names.filter((n) => n.kind === 'alias' || n.kind === 'former').length, 0);
    // 11,910 alt rows; the few repeating the primary name or another alias of the entry collapse.
    expect(altNames).toBeGreaterThan(11_890);
    expect(altNames).toBeLessThanOrEqual(11_910);
  });

  it.skipIf(!hasReal('ofac_non_sdn'))('full cons_prim.csv: 442 entries, 79 individuals', async () => {
    const [list] = await parseListFiles([realData('ofac_non_sdn')]);
    expect(list?.parties).toHaveLength(442);
    expect(list?.parties.filter((p) => p.schema === 'Person')).toHaveLength(79);
    assertValidParties(list?.parties ?? []);
  });
});
