/**
 * The item-list browser API (`app.inject()`, SQLite and PostgreSQL): lists with completeness and
 * verification counts, tree levels, an entry with resolved cross-references and the entries that
 * point at it, versions, diffs, search, refusals without a session and clear not-found errors.
 * Data: excerpts of the bundled PRC 2026 licence catalogue and EU Annex I.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { SYSTEM_ACTOR } from '../../../app/audit/recordAudit.ts';
import { importItemList } from '../../../app/controllists/importItemList.ts';
import { loadBundledItemListsIfEmpty } from '../../../app/controllists/loadBundledItemListsIfEmpty.ts';
import { createOrganisation } from '../../../app/organisations/createOrganisation.ts';
import { createApiToken } from '../../../app/tokens/createApiToken.ts';
import { createUser } from '../../../app/users/createUser.ts';
import { loadConfig } from '../../../config.ts';
import { buildServer } from '../../server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CN = (f: string) => path.resolve(here, '../../../infra/controllists/fixtures', f);
const EU = path.resolve(here, 'fixtures/eu-excerpt.json');
const CN_ID = 'cn-dual-use-licence-catalogue';

describeEachEngine('item-list browser API', (get) => {
  let app: FastifyInstance;
  let token = '';
  const call = async (url: string, auth = true) => {
    const res = await app.inject({ method: 'GET', url, headers: auth ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> & { items?: Array<Record<string, unknown>>; error?: { code: string; message: string } } };
  };

  beforeAll(async () => {
    const { db } = get();
    const at = new Date('2026-03-01T00:00:00Z');
    const org = await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'exporter', name: 'Exporter A Chemicals Co.' }, at);
    const u = await createUser(db.kysely, SYSTEM_ACTOR, { organisationId: org.id, username: 'sam', password: 'password-long-1', roles: ['staff'] }, at);
    token = (await createApiToken(db.kysely, SYSTEM_ACTOR, { userId: u.id, name: 'test' }, at)).secret;
    for (const f of [CN('cn-excerpt.json'), EU, CN('cn-excerpt-v2.json')]) await importItemList(db, { file: f, actor: SYSTEM_ACTOR, at });
    app = await buildServer({ db, config: loadConfig({}, { webDir: '/nonexistent' }), logger: false, clock: () => at });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists the item lists with completeness, verification counts and version count', async () => {
    const r = await call('/api/controllists');
    expect(r.status).toBe(200);
    const cn = r.body.items?.find((i) => (i.list as { id: string }).id === CN_ID);
    expect(cn).toMatchObject({ list: { completeness: 'partial', jurisdiction: 'CN' }, current: { versionNo: 2, entryCount: 5, counts: { verified: 1, cleaned: 1, machine_extracted: 2, unverified: 1 } }, versionCount: 2 });
    expect((cn?.list as { verificationNotes: string[] }).verificationNotes.length).toBeGreaterThan(0);
    expect((await call('/api/controllists', false)).status).toBe(401);
  });

  it('walks the tree one level at a time', async () => {
    const top = await call(`/api/controllists/${CN_ID}/tree`);
    expect((top.body.nodes as Array<{ code: string }>).map((n) => n.code)).toEqual(['1C004', '1C350.a', '1C450.c.21', '3C001.h', '3C002.a']);
    const eu = await call('/api/controllists/eu-annex-i/tree');
    expect((eu.body.nodes as Array<{ code: string; childCount: number }>).map((n) => n.code)).toEqual(['1C001', '1C350', '1C450']);
    const missing = await call(`/api/controllists/${CN_ID}/tree?parent=9Z999`);
    expect(missing.status).toBe(404);
    expect(missing.body.error?.message).toContain('9Z999');
  });

  it('shows an entry with its cross-references resolved and the entries pointing at it', async () => {
    const r = await call(`/api/controllists/${CN_ID}/entries/1C350.a`);
    expect(r.status).toBe(200);
    expect(r.body.entry).toMatchObject({ code: '1C350.a', title: { zh: '氟化氢' } });
    const refs = r.body.crossRefs as Array<{ kind: string; target: { list: string; code: string }; targetTitle: { en?: string } | null; targetListStored: boolean }>;
    const eu = refs.find((x) => x.kind === 'identical_code');
    expect(eu).toMatchObject({ target: { list: 'eu-annex-i', code: '1C350' }, targetListStored: true });
    expect(eu?.targetTitle?.en).toMatch(/precursors for toxic chemical agents/i);
    // The HS nomenclature is not stored in this database: the reference is shown, unresolved.
    expect(refs.find((x) => x.kind === 'indicative_hs')).toMatchObject({ target: { code: '2811119000' }, targetTitle: null, targetListStored: false });

    const back = await call('/api/controllists/eu-annex-i/entries/1C350');
    expect(back.body.referencedBy).toEqual([{ listId: CN_ID, code: '1C350.a', title: { zh: '氟化氢', en: expect.any(String) }, kind: 'identical_code' }]);
    expect((await call(`/api/controllists/${CN_ID}/entries/1B201.b`)).status).toBe(404);
  });

  it('shows versions and the diff between them', async () => {
    const v = await call(`/api/controllists/${CN_ID}/versions`);
    expect(v.body.items?.map((x) => x.versionNo)).toEqual([1, 2]);
    const d = await call(`/api/controllists/${CN_ID}/diff`);
    expect(d.status).toBe(200);
    expect((d.body.added as Array<{ code: string }>).map((e) => e.code)).toEqual(['1C004']);
    expect((d.body.removed as Array<{ code: string }>).map((e) => e.code)).toEqual(['1B201.b']);
    expect((d.body.changed as Array<{ code: string; fields: string[] }>).map((c) => [c.code, c.fields])).toEqual([['1C350.a', ['title', 'verificationStatus']]]);
    const bad = await call('/api/controllists/eu-annex-i/diff');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toContain('only version 1');
  });

  it('searches by Chinese text, code prefix and HS code', async () => {
    const text = await call('/api/controllists/search?q=%E6%B0%9F%E5%8C%96%E6%B0%A2');
    expect(text.body).toMatchObject({ mode: 'text', lists: [{ listId: CN_ID, hits: [{ code: '1C350.a' }] }] });
    const code = await call('/api/controllists/search?q=1C350');
    expect((code.body.lists as Array<{ listId: string }>).map((l) => l.listId).sort()).toEqual([CN_ID, 'eu-annex-i']);
    const hs = await call('/api/controllists/search?q=2811119000');
    expect(hs.body).toMatchObject({ mode: 'hs', lists: [{ listId: CN_ID, hits: [{ code: '1C350.a', matched: 'HS 2811119000 (HS2022)' }] }] });
  });

  it('loads nothing bundled once any item list is stored', async () => {
    expect(await loadBundledItemListsIfEmpty(get().db, SYSTEM_ACTOR, new Date())).toBe(0);
  });
});
