import { describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { makeParty, type Party } from '../../../domain/lists/party.ts';
import { ListRepository, type ListVersionRecord, type StoredEntity, versionId } from './listRepository.ts';

// Three rows of OFAC's sdn.csv (2024-05-03 snapshot: ent_num 36, 173, 306), as parties.
const aerocaribbean = makeParty({ source: 'ofac-sdn', sourceRef: '36', schema: 'Organization', names: [{ value: 'AEROCARIBBEAN AIRLINES', kind: 'primary' }], programs: ['CUBA'] });
const angloCaribbean = makeParty({ source: 'ofac-sdn', sourceRef: '173', schema: 'Organization', names: [{ value: 'ANGLO-CARIBBEAN CO., LTD.', kind: 'primary' }], programs: ['CUBA'] });
const bnc = makeParty({
  source: 'ofac-sdn',
  sourceRef: '306',
  schema: 'Organization',
  names: [
    { value: 'BANCO NACIONAL DE CUBA', kind: 'primary' },
    { value: 'BNC', kind: 'weak' },
  ],
  programs: ['CUBA'],
  remarks: "a.k.a. 'BNC'.",
});

const entity = (party: Party, hash = `h-${party.id}`): StoredEntity => ({ entityId: party.id, contentHash: hash, party });

function version(sourceId: string, versionNo: number, entities: StoredEntity[], at: string): ListVersionRecord {
  return {
    id: versionId(sourceId, versionNo),
    sourceId,
    versionNo,
    contentHash: `content-${versionNo}`,
    importedAt: at,
    publishedOn: '2024-05-03',
    snapshotDate: null,
    recordCount: entities.length,
    counts: { Organization: entities.length },
    files: [{ name: 'sdn.csv', sha256: 'abc', bytes: 123 }],
    warnings: ['add.csv absent'],
    importedBy: 'tester',
  };
}

describeEachEngine('list repository', (get) => {
  it('registers a source once and lists it', async () => {
    const repo = new ListRepository(get().db.kysely);
    const src = { id: 'ofac-sdn', title: 'OFAC SDN', format: 'ofac-csv', urls: ['https://www.treasury.gov/ofac/downloads/sdn.csv'] };
    expect(await repo.ensureSource(src, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(await repo.ensureSource(src, new Date('2026-01-02T00:00:00Z'))).toBe(false);
    expect(await repo.sources()).toEqual([{ ...src, createdAt: '2026-01-01T00:00:00.000Z' }]);
  });

  it('stores versions with their entities and finds the current one', async () => {
    const { kysely } = get().db;
    const repo = new ListRepository(kysely);
    expect(await repo.hasAnyVersion()).toBe(false);
    expect(await repo.nextVersionNo('ofac-sdn')).toBe(1);
    const v1 = version('ofac-sdn', 1, [entity(aerocaribbean), entity(angloCaribbean)], '2026-01-01T00:00:00.000Z');
    await kysely.transaction().execute((trx) => new ListRepository(trx).insertVersion(v1, [entity(aerocaribbean), entity(angloCaribbean)]));
    const v2 = version('ofac-sdn', 2, [entity(angloCaribbean), entity(bnc)], '2026-02-01T00:00:00.000Z');
    await kysely.transaction().execute((trx) => new ListRepository(trx).insertVersion(v2, [entity(angloCaribbean), entity(bnc)]));

    expect(await repo.hasAnyVersion()).toBe(true);
    expect(await repo.nextVersionNo('ofac-sdn')).toBe(3);
    expect(await repo.currentVersion('ofac-sdn')).toEqual(v2);
    expect(await repo.version('ofac-sdn', 1)).toEqual(v1);
    expect(await repo.version('ofac-sdn', 9)).toBeUndefined();
    expect((await repo.versions('ofac-sdn')).map((v) => v.versionNo)).toEqual([1, 2]);
    expect((await repo.currentVersions()).map((v) => v.id)).toEqual(['ofac-sdn@2']);
    expect(await repo.currentVersions(['un-sc'])).toEqual([]);

    const stored = await repo.entities(v2.id);
    expect(stored.map((e) => e.entityId)).toEqual(['ofac-sdn:173', 'ofac-sdn:306']);
    expect(stored[1]?.party).toEqual(bnc);
  });

  it('keeps one current version per source', async () => {
    const { kysely } = get().db;
    const repo = new ListRepository(kysely);
    await repo.ensureSource({ id: 'un-sc', title: 'UN', format: 'un-xml', urls: [] }, new Date('2026-01-01T00:00:00Z'));
    const un = makeParty({ source: 'un-sc', sourceRef: 'QDi.001', schema: 'Person', names: [{ value: 'Test Person', kind: 'primary' }] });
    await kysely.transaction().execute((trx) => new ListRepository(trx).insertVersion(version('un-sc', 1, [entity(un)], '2026-03-01T00:00:00.000Z'), [entity(un)]));
    expect((await repo.currentVersions()).map((v) => v.id)).toEqual(['ofac-sdn@2', 'un-sc@1']);
    expect((await repo.currentVersions(['un-sc'])).map((v) => v.id)).toEqual(['un-sc@1']);
  });

  it('rejects a duplicate version number and leaves nothing of the failed transaction', async () => {
    const { kysely } = get().db;
    const repo = new ListRepository(kysely);
    const dup = { ...version('ofac-sdn', 2, [entity(bnc)], '2026-04-01T00:00:00.000Z'), id: 'ofac-sdn@2b' };
    await expect(kysely.transaction().execute((trx) => new ListRepository(trx).insertVersion(dup, [entity(bnc)]))).rejects.toThrow();
    expect(await repo.entities('ofac-sdn@2b')).toEqual([]);
  });

  describe('bulk insert', () => {
    it('writes 15,000 entities in batches', async () => {
      const { kysely } = get().db;
      // Synthetic parties: this test measures batching, not matching.
      const many = Array.from({ length: 15_000 }, (_, i) =>
        entity(makeParty({ source: 'bulk', sourceRef: String(i), schema: 'Person', names: [{ value: `Person number ${i}`, kind: 'primary' }, { value: `P. N. ${i}`, kind: 'alias' }], countries: ['RU'], programs: ['RUSSIA-EO14024'] })),
      );
      const repo = new ListRepository(kysely);
      await repo.ensureSource({ id: 'bulk', title: 'Bulk', format: 'exportctl-json', urls: [] }, new Date('2026-01-01T00:00:00Z'));
      // SQLite runs in this process, so its CPU time measures the insert even on a busy machine.
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await kysely.transaction().execute((trx) => new ListRepository(trx).insertVersion(version('bulk', 1, many, '2026-01-01T00:00:00.000Z'), many));
      const cpu = process.cpuUsage(cpu0);
      const wallMs = performance.now() - t0;
      expect((await repo.entities('bulk@1')).length).toBe(15_000);
      if (get().db.engine === 'sqlite') expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
      else expect(wallMs).toBeLessThan(15_000);
    });
  });
});

describeEachEngine('list repository, concurrent imports', (get) => {
  it('numbers versions one after the other when two transactions import the same source', async () => {
    const { db } = get();
    const repo = new ListRepository(db.kysely);
    await repo.ensureSource({ id: 'ofac-sdn', title: 'OFAC SDN', format: 'ofac-csv', urls: [] }, new Date('2026-01-01T00:00:00Z'));
    const importOne = (hash: string) =>
      db.kysely.transaction().execute(async (trx) => {
        const r = new ListRepository(trx);
        await r.lockSource('ofac-sdn');
        const no = await r.nextVersionNo('ofac-sdn');
        await r.insertVersion({ ...version('ofac-sdn', no, [entity(bnc)], '2026-01-01T00:00:00.000Z'), contentHash: hash }, [entity(bnc)]);
        return no;
      });
    const numbers = await Promise.all([importOne('a'), importOne('b'), importOne('c')]);
    expect([...numbers].sort()).toEqual([1, 2, 3]);
  });
});
