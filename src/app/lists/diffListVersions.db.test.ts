import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { diffListVersions } from './diffListVersions.ts';
import { importList } from './importList.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';

describeEachEngine('diffListVersions', (get) => {
  it('explains that there is nothing to compare before two versions exist', async () => {
    const { db } = get();
    await expect(diffListVersions(db, 'ofac-sdn')).rejects.toThrow(/no version imported/);
    await importList(db, { items: [{ paths: [FIXTURES.ofac2021] }], actor: TEST_ACTOR, at: new Date('2026-01-01T00:00:00Z') });
    await expect(diffListVersions(db, 'ofac-sdn')).rejects.toThrow(/only one version/);
    await importList(db, { items: [{ paths: [FIXTURES.ofac2024] }], actor: TEST_ACTOR, at: new Date('2026-02-01T00:00:00Z') });
  });

  it('compares the previous version with the current one by default', async () => {
    const d = await diffListVersions(get().db, 'ofac-sdn');
    expect([d.from.versionNo, d.to.versionNo]).toEqual([1, 2]);
    expect(d.diff.added.map((p) => p.id)).toEqual(['ofac-sdn:11447', 'ofac-sdn:17013', 'ofac-sdn:18782']);
    expect(d.diff.removed.map((p) => p.id)).toEqual(['ofac-sdn:1572']);
    expect(d.diff.changed.map((c) => c.entityId)).toEqual(['ofac-sdn:4243']);
    expect(d.diff.changed[0]?.fields).toContain('names');
    expect(d.diff.unchangedCount).toBe(2);
  });

  it('compares two named versions, either way round, and names a missing version', async () => {
    const d = await diffListVersions(get().db, 'ofac-sdn', 2, 1);
    expect(d.diff.removed.map((p) => p.id)).toEqual(['ofac-sdn:11447', 'ofac-sdn:17013', 'ofac-sdn:18782']);
    await expect(diffListVersions(get().db, 'ofac-sdn', 1, 7)).rejects.toThrow(/no version 7 \(versions: 1, 2\)/);
    await expect(diffListVersions(get().db, 'ofac-sdn', 1)).rejects.toThrow(/give both version numbers/);
  });
});
