import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

const ENTITY_LIST = 'Entity List (EL) - Bureau of Industry and Security';

describe('Consolidated Screening List importers', () => {
  it('CSV: skips the repeated header with a warning, sub-list → lists, _id → sourceRef', async () => {
    const [list] = await parseListFiles([fixture('csl-csv')]);
    expect(list?.format).toBe('csl-csv');
    expect(list?.warnings).toEqual(['repeated header line skipped: line 2', 'record repeated under another sub-list merged into one party: us-csl:17014']);
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    const el = parties.filter((p) => p.lists.includes(ENTITY_LIST));
    expect(el).toHaveLength(8);
    const ghoura = parties.find((p) => p.names[0]?.value === 'Abdul Satar Ghoura');
    expect(ghoura?.sourceRef).toBe('b6e959b59898e975daaae8fae3a8da1ec522f9f888cafc0e6401a16d');
    expect(ghoura?.countries).toEqual(['AF', 'PK']);
    expect(ghoura?.listedOn).toBe('2011-11-21');
    expect(ghoura?.measures).toContain('Presumption of denial.');
  });

  it('JSON: the same records as arrays give the same parties', async () => {
    const [fromJson] = await parseListFiles([fixture('csl-json')]);
    const [fromCsv] = await parseListFiles([fixture('csl-csv')]);
    expect(fromJson?.format).toBe('csl-json');
    assertValidParties(fromJson?.parties ?? []);
    const csvById = new Map((fromCsv?.parties ?? []).map((p) => [p.id, p]));
    // us-csl:17014 is on two sub-lists in the CSV (merged there); the JSON excerpt holds one of them.
    for (const p of (fromJson?.parties ?? []).filter((x) => x.id !== 'us-csl:17014')) expect(p).toEqual(csvById.get(p.id));
  });

  it('one entity filed under two sub-lists with the same _id becomes one party on both lists', async () => {
    const [list] = await parseListFiles([fixture('csl-csv')]);
    const bank = list?.parties.filter((p) => p.id === 'us-csl:17014') ?? [];
    expect(bank).toHaveLength(1);
    expect([...(bank[0]?.lists ?? [])].sort()).toEqual(['Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department', 'Sectoral Sanctions Identifications List (SSI) - Treasury Department']);
  });

  it('rejects a record with a bad start_date, naming line and field', async () => {
    const dir = await corruptCopy(fixture('csl-csv'), 'csl.csv', (t) => t.replace('"2011-11-21"', '"2011-02-30"'));
    await expect(parseListFiles([dir])).rejects.toThrow(/csl\.csv:\d+ field "start_date": unparseable date "2011-02-30"/);
  });

  it('rejects a JSON record without a name, naming the element', async () => {
    const dir = await corruptCopy(fixture('csl-json'), 'csl.json', (t) => t.replace(/"name": "[^"]*"/, '"name": ""'));
    await expect(parseListFiles([dir])).rejects.toThrow(/<results\[\d+\]> field "name"/);
  });

  it.skipIf(!hasReal('us_csl', 'csl.csv'))('full csl.csv: the snapshot ends inside a record, which is refused', async () => {
    await expect(parseListFiles([realData('us_csl', 'csl.csv')])).rejects.toThrow(/csl\.csv:\d+: malformed CSV: Quote Not Closed/);
  });

  it('bundled csl.csv (the snapshot minus its cut-off last record): 4,226 records, 4,219 entities', async () => {
    const [list] = await parseListFiles([new URL('../../../data/lists/us-csl/csl.csv', import.meta.url).pathname]);
    const parties = list?.parties ?? [];
    expect(parties).toHaveLength(4219);
    expect(list?.warnings).toContain('record repeated under another sub-list merged into one party (7×, e.g. us-csl:17014)');
    const bySource = countBy(parties.flatMap((p) => p.lists), (l) => l);
    expect(bySource[ENTITY_LIST]).toBe(919);
    expect(bySource['Military End User (MEU) List - Bureau of Industry and Security']).toBe(71);
    assertValidParties(parties);
  });
});
