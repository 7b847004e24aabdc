import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { AppError } from '../../domain/errors.ts';
import { ItemListRepository } from '../../infra/db/repositories/itemListRepository.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { diffItemListVersions } from './diffItemListVersions.ts';
import { ensureBundledItemLists } from './ensureBundledItemLists.ts';
import { importItemList } from './importItemList.ts';
import { searchItemEntries, showItemEntry } from './searchEntries.ts';

const fx = (name: string): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../infra/controllists/fixtures', name);
const actor: AuditActor = { kind: 'cli', id: null, name: 'tester' };
const at = new Date('2026-03-01T08:00:00Z');

const auditTypes = async (get: () => { db: { kysely: import('kysely').Kysely<import('../../infra/db/schema.ts').Database> } }): Promise<string[]> =>
  (await get().db.kysely.selectFrom('audit_events').select('type').orderBy('seq').execute()).map((r) => r.type);

describeEachEngine('item list use cases', (get) => {
  it('imports a list, treats an identical re-import as a no-op, and diffs two versions', async () => {
    const { db } = get();
    const first = await importItemList(db, { file: fx('cn-excerpt.json'), actor, at });
    expect(first).toMatchObject({ listId: 'cn-dual-use-licence-catalogue', status: 'imported', version: { versionNo: 1, entryCount: 5 } });
    const again = await importItemList(db, { file: fx('cn-excerpt.json'), actor, at });
    expect(again.status).toBe('unchanged');
    const second = await importItemList(db, { file: fx('cn-excerpt-v2.json'), actor, at });
    expect(second.version.versionNo).toBe(2);
    expect(await auditTypes(get)).toEqual(['itemlist.imported', 'itemlist.import_unchanged', 'itemlist.imported']);

    const d = await diffItemListVersions(db, 'cn-dual-use-licence-catalogue');
    expect(d.from.versionNo).toBe(1);
    expect(d.diff.added.map((e) => e.code)).toEqual(['1C004']);
    expect(d.diff.removed.map((e) => e.code)).toEqual(['1B201.b']);
    expect(d.diff.changed.map((c) => [c.code, c.fields])).toEqual([['1C350.a', ['title', 'verificationStatus']]]);
  });

  it('rejects a malformed file with its line and stores nothing', async () => {
    const { db } = get();
    const before = await new ItemListRepository(db.kysely).versions();
    const err = await importItemList(db, { file: fx('cn-excerpt-badcode.json'), actor, at }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).location).toMatchObject({ line: 34, field: 'entries.3.code' });
    expect(await new ItemListRepository(db.kysely).versions()).toEqual(before);
  });

  it('imports a CSV as a new version of a stored list with --list', async () => {
    const { db } = get();
    const out = await importItemList(db, { file: fx('cn-csv.csv'), listId: 'cn-dual-use-licence-catalogue', actor, at });
    expect(out.version).toMatchObject({ versionNo: 3, entryCount: 3, fileName: 'cn-csv.csv' });
  });

  it('searches by HS code, code prefix and text, and shows an entry with its ancestors', async () => {
    const { db } = get();
    const hs = await searchItemEntries(db, '2837191000');
    expect(hs.mode).toBe('hs');
    expect(hs.lists[0]?.hits.map((h) => h.entry.code)).toEqual(['1C450.c.21']);
    expect((await searchItemEntries(db, '氟化氢')).lists[0]?.hits[0]?.entry.code).toBe('1C350.a');
    const shown = await showItemEntry(db, '1C004');
    expect(shown[0]?.entry.title.zh).toBe('γ-丁内酯');
    await expect(showItemEntry(db, '9Z999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('loads the bundled lists once, leaving lists that already have versions alone', async () => {
    const { db } = get();
    const out = await ensureBundledItemLists(db, { actor, at, only: ['cn-dual-use-licence-catalogue', 'eu-annex-i', 'nsg-dual-use'] });
    expect(out.map((o) => o.listId)).toEqual(['eu-annex-i', 'nsg-dual-use']);
    const eu = out.find((o) => o.listId === 'eu-annex-i');
    expect(eu?.version).toMatchObject({ entryCount: 382, list: { completeness: 'partial' } });
    expect(await ensureBundledItemLists(db, { actor, at, only: ['eu-annex-i'] })).toEqual([]);
    // The category-0 trap: EU 0A001 is a nuclear reactor entry.
    const [entry] = await showItemEntry(db, '0A001', 'eu-annex-i');
    expect(entry?.entry.title.en).toMatch(/Nuclear reactors/);
  });
});
