import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { isAppError } from '../../domain/errors.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';
import { importList } from './importList.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';

const at = (iso: string) => new Date(iso);

describeEachEngine('importList', (get) => {
  it('stores the first import as version 1 with counts, files and audit events', async () => {
    const { db } = get();
    const [out] = await importList(db, { items: [{ paths: [FIXTURES.ofac2021] }], actor: TEST_ACTOR, at: at('2026-01-01T10:00:00Z') });
    expect(out?.status).toBe('imported');
    expect(out?.version).toMatchObject({ id: 'ofac-sdn@1', sourceId: 'ofac-sdn', versionNo: 1, recordCount: 4, importedAt: '2026-01-01T10:00:00.000Z', importedBy: 'tester' });
    expect(out?.version.counts).toEqual({ Organization: 2, Person: 1, Vessel: 1 });
    expect(out?.version.files.map((f) => f.name)).toEqual(['sdn.csv']);
    expect(out?.version.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const events = await db.kysely.selectFrom('audit_events').select(['type', 'object_id']).orderBy('seq').execute();
    expect(events).toEqual([
      { type: 'list.source_registered', object_id: 'ofac-sdn' },
      { type: 'list.imported', object_id: 'ofac-sdn@1' },
    ]);
  });

  it('treats identical content as a no-op', async () => {
    const { db } = get();
    const [out] = await importList(db, { items: [{ paths: [FIXTURES.ofac2021] }], actor: TEST_ACTOR, at: at('2026-01-02T10:00:00Z') });
    expect(out?.status).toBe('unchanged');
    expect(out?.version.versionNo).toBe(1);
    expect((await new ListRepository(db.kysely).versions('ofac-sdn')).length).toBe(1);
    const last = await db.kysely.selectFrom('audit_events').select('type').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    expect(last?.type).toBe('list.import_unchanged');
  });

  it('stores changed content as the next version', async () => {
    const { db } = get();
    const [out] = await importList(db, { items: [{ paths: [FIXTURES.ofac2024], snapshotDate: '2024-05-03' }], actor: TEST_ACTOR, at: at('2026-01-03T10:00:00Z') });
    expect(out?.status).toBe('imported');
    expect(out?.previous?.versionNo).toBe(1);
    expect(out?.version).toMatchObject({ versionNo: 2, recordCount: 6, snapshotDate: '2024-05-03' });
  });

  it('refuses a malformed file naming the line, and leaves the current version untouched', async () => {
    const { db } = get();
    const before = await db.kysely.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const err = await importList(db, { items: [{ paths: [FIXTURES.ofacCorrupt] }], actor: TEST_ACTOR, at: at('2026-01-04T10:00:00Z') }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('INVALID_INPUT');
    expect(String(err)).toMatch(/sdn\.csv:3/);
    const repo = new ListRepository(db.kysely);
    expect((await repo.currentVersion('ofac-sdn'))?.versionNo).toBe(2);
    expect((await repo.entities('ofac-sdn@2')).length).toBe(6);
    const after = await db.kysely.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a file of no known format', async () => {
    const { db } = get();
    await expect(importList(db, { items: [{ paths: [FIXTURES.ofac2021.replace('sdn.csv', '../README.md')] }], actor: TEST_ACTOR, at: at('2026-01-05T10:00:00Z') })).rejects.toThrow(/README\.md/);
  });

  it('imports under another source id when told', async () => {
    const { db } = get();
    const [out] = await importList(db, { items: [{ paths: [FIXTURES.ofac2021], sourceId: 'ofac-sdn-archive' }], actor: TEST_ACTOR, at: at('2026-01-06T10:00:00Z') });
    expect(out?.version.id).toBe('ofac-sdn-archive@1');
    const [e] = await new ListRepository(db.kysely).entities('ofac-sdn-archive@1');
    expect(e?.party.source).toBe('ofac-sdn-archive');
  });
});
