import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { importList } from './importList.ts';
import { listSources } from './listSources.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';

describeEachEngine('listSources', (get) => {
  it('lists known sources before anything is imported', async () => {
    const all = await listSources(get().db);
    expect(all.find((s) => s.id === 'un-sc')).toMatchObject({ versions: [], current: undefined, known: true });
    expect(all.every((s) => s.current === undefined)).toBe(true);
  });

  it('lists each source with its versions, oldest first, and the current one', async () => {
    const { db } = get();
    await importList(db, { items: [{ paths: [FIXTURES.ofac2021] }], actor: TEST_ACTOR, at: new Date('2026-01-01T00:00:00Z') });
    await importList(db, { items: [{ paths: [FIXTURES.ofac2024] }], actor: TEST_ACTOR, at: new Date('2026-02-01T00:00:00Z') });
    await importList(db, { items: [{ paths: [FIXTURES.ofac2021], sourceId: 'ofac-sdn-2021' }], actor: TEST_ACTOR, at: new Date('2026-02-02T00:00:00Z') });
    const all = await listSources(db);
    const sdn = all.find((s) => s.id === 'ofac-sdn');
    expect(sdn?.versions.map((v) => [v.versionNo, v.recordCount, v.importedAt])).toEqual([
      [1, 4, '2026-01-01T00:00:00.000Z'],
      [2, 6, '2026-02-01T00:00:00.000Z'],
    ]);
    expect(sdn?.current?.versionNo).toBe(2);
    expect(all.find((s) => s.id === 'ofac-sdn-2021')).toMatchObject({ known: false, title: 'ofac-sdn-2021', format: 'ofac-csv' });
    expect(all.map((s) => s.id)).toEqual([...all.map((s) => s.id)].sort());
  });
});
