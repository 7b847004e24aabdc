import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { importList } from './importList.ts';
import { loadCurrentParties } from './loadCurrentParties.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';

describeEachEngine('loadCurrentParties', (get) => {
  it('loads only the current version of each source', async () => {
    const { db } = get();
    expect(await loadCurrentParties(db)).toEqual({ parties: [], versions: [] });
    await importList(db, { items: [{ paths: [FIXTURES.ofac2021] }], actor: TEST_ACTOR, at: new Date('2026-01-01T00:00:00Z') });
    await importList(db, { items: [{ paths: [FIXTURES.ofac2024] }], actor: TEST_ACTOR, at: new Date('2026-02-01T00:00:00Z') });
    await importList(db, { items: [{ paths: [FIXTURES.ofac2021], sourceId: 'ofac-sdn-2021' }], actor: TEST_ACTOR, at: new Date('2026-02-02T00:00:00Z') });
    const { parties, versions } = await loadCurrentParties(db);
    expect(versions.map((v) => v.id)).toEqual(['ofac-sdn@2', 'ofac-sdn-2021@1']);
    expect(parties).toHaveLength(10);
    expect(parties.some((p) => p.id === 'ofac-sdn:1572')).toBe(false);
    expect(parties.find((p) => p.id === 'ofac-sdn:4243')?.names[0]?.value).toBe('EBANO');
  });

  it('filters by source and names a source that was never imported', async () => {
    const { db } = get();
    const only = await loadCurrentParties(db, ['ofac-sdn-2021']);
    expect(only.parties.map((p) => p.id)).toContain('ofac-sdn-2021:1572');
    expect(only.parties).toHaveLength(4);
    await expect(loadCurrentParties(db, ['un-sc'])).rejects.toThrow(/no imported list for source "un-sc" \(imported: ofac-sdn, ofac-sdn-2021\)/);
  });
});
