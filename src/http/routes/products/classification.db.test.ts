/**
 * Products, classification workflow and determinations through the HTTP API (`app.inject()`, SQLite
 * and PostgreSQL): four-eyes sign-off, role refusals, tenant isolation, history and re-review,
 * audit events, the assistant over the PRC catalogue excerpt, enquiries and a determination of a
 * catalogue SKU. Product data: hydrogen fluoride (HS 2811119000, PRC 1C350.a), as in the bundled
 * 2026 licence catalogue (src/infra/controllists/fixtures/cn-excerpt.json).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { SYSTEM_ACTOR } from '../../../app/audit/recordAudit.ts';
import { importItemList } from '../../../app/controllists/importItemList.ts';
import { createOrganisation } from '../../../app/organisations/createOrganisation.ts';
import { createApiToken } from '../../../app/tokens/createApiToken.ts';
import { createUser } from '../../../app/users/createUser.ts';
import type { Role } from '../../../domain/access/organisations.ts';
import { loadConfig } from '../../../config.ts';
import { buildServer } from '../../server.ts';

const CN_EXCERPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../infra/controllists/fixtures/cn-excerpt.json');
const no = { nationalSecurity: false, wmd: false, terrorism: false };

describeEachEngine('products and classification API', (get) => {
  let app: FastifyInstance;
  let now = new Date('2026-03-02T08:00:00Z');
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, who: string, body?: unknown) => {
    const res = await app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who] ?? ''}` }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> & { items?: Record<string, unknown>[]; error?: { code: string; message: string; field?: string } } };
  };
  const auditTypes = async (prefix: string) =>
    (await get().db.kysely.selectFrom('audit_events').select(['type', 'object_id', 'actor_name']).where('type', 'like', `${prefix}%`).orderBy('seq').execute()).map((r) => `${r.type} ${r.actor_name}`);

  beforeAll(async () => {
    const { db } = get();
    const at = new Date('2026-03-01T00:00:00Z');
    const users: [string, string, Role[]][] = [
      ['alice', 'a', ['compliance_officer']],
      ['bob', 'a', ['compliance_officer']],
      ['sam', 'a', ['staff']],
      ['audrey', 'a', ['auditor']],
      ['olga', 'b', ['compliance_officer']],
    ];
    const orgs: Record<string, string> = {};
    for (const key of ['a', 'b']) orgs[key] = (await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'exporter', name: `Exporter ${key.toUpperCase()} Chemicals Co.` }, at)).id;
    for (const [name, org, roles] of users) {
      const u = await createUser(db.kysely, SYSTEM_ACTOR, { organisationId: orgs[org] ?? '', username: name, password: 'password-long-1', roles }, at);
      tokens[name] = (await createApiToken(db.kysely, SYSTEM_ACTOR, { userId: u.id, name: 'test' }, at)).secret;
    }
    await importItemList(db, { file: CN_EXCERPT, actor: SYSTEM_ACTOR, at });
    app = await buildServer({ db, config: loadConfig({}, { webDir: '/nonexistent' }), logger: false, clock: () => now });
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps a catalogue per exporter and names bad fields', async () => {
    const bad = await call('POST', '/api/products', 'sam', { sku: 'HF-AH-999', nameZh: '无水氟化氢', hsCode: '28111' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.field).toBe('hsCode');
    const created = await call('POST', '/api/products', 'sam', {
      sku: 'HF-AH-999',
      nameZh: '无水氟化氢',
      nameEn: 'Anhydrous hydrogen fluoride',
      hsCode: '2811.11.9000',
      originCountry: 'CN',
      prcOriginSharePct: 100,
      parameters: [{ name: 'purity', value: '99.99', unit: '%' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids.hf = created.body.id as string;
    expect((await call('POST', '/api/products', 'sam', { sku: 'HF-AH-999', nameEn: 'again' })).status).toBe(409);
    expect((await call('POST', '/api/products', 'audrey', { sku: 'X-1', nameEn: 'auditor may not add' })).status).toBe(403);
    expect((await call('PATCH', `/api/products/${ids.hf}`, 'alice', { manufacturer: 'Exporter A Chemicals Co.' })).body.manufacturer).toBe('Exporter A Chemicals Co.');
    // Another exporter's product does not exist for them.
    expect((await call('GET', `/api/products/${ids.hf}`, 'olga')).status).toBe(404);
    expect((await call('PATCH', `/api/products/${ids.hf}`, 'olga', { nameEn: 'taken over' })).status).toBe(404);
    expect((await call('POST', `/api/products/${ids.hf}/classifications`, 'olga', { jurisdiction: 'CN', codes: ['1C350.a'] })).status).toBe(404);
    expect((await call('GET', '/api/products', 'olga')).body.total).toBe(0);
    expect(await auditTypes('product.')).toEqual(['product.created sam', 'product.updated alice']);
  });

  it('suggests list entries from the product data, with why', async () => {
    const r = await call('GET', `/api/products/${ids.hf}/suggestions?jurisdiction=CN`, 'sam');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const [top] = r.body.items ?? [];
    expect(top?.code).toBe('1C350.a');
    expect((top?.why as string[]).join(' | ')).toMatch(/HS code 2811119000.*\| part "氟化氢"/);
    const search = await call('GET', '/api/controllists/search?q=2811119000', 'audrey');
    expect((search.body.lists as { hits: { code: string }[] }[])[0]?.hits.map((h) => h.code)).toEqual(['1C350.a']);
  });

  it('enforces the workflow: four-eyes, roles, states; keeps history and re-review dates; audits every step', async () => {
    const bad = await call('POST', `/api/products/${ids.hf}/classifications`, 'alice', { jurisdiction: 'CN', codes: ['1c350.a'] });
    expect([bad.status, bad.body.error?.field]).toEqual([400, 'codes[0]']);
    const notListed = await call('POST', `/api/products/${ids.hf}/classifications`, 'alice', { jurisdiction: 'CN', notListed: true });
    expect([notListed.status, notListed.body.error?.field]).toEqual([400, 'rationale']);
    expect((await call('POST', `/api/products/${ids.hf}/classifications`, 'audrey', { jurisdiction: 'CN', codes: ['1C350.a'] })).status).toBe(403);

    const v1 = await call('POST', `/api/products/${ids.hf}/classifications`, 'alice', { jurisdiction: 'CN', codes: ['1C350.a'], rationale: 'Hydrogen fluoride, listed by name under 1C350.a.', evidence: [{ title: 'Safety data sheet', ref: 'SDS-HF-2026' }] });
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    ids.v1 = v1.body.id as string;
    expect((await call('POST', `/api/classifications/${ids.v1}/sign-off`, 'bob', {})).body.error?.code).toBe('ILLEGAL_TRANSITION');
    expect((await call('POST', `/api/classifications/${ids.v1}/submit`, 'alice')).body.status).toBe('submitted_for_review');

    const self = await call('POST', `/api/classifications/${ids.v1}/sign-off`, 'alice', {});
    expect(self.status).toBe(403);
    expect(self.body.error?.message).toMatch(/four-eyes/);
    expect((await call('POST', `/api/classifications/${ids.v1}/sign-off`, 'sam', {})).status).toBe(403);
    expect((await call('POST', `/api/classifications/${ids.v1}/sign-off`, 'olga', {})).status).toBe(404);
    const signed = await call('POST', `/api/classifications/${ids.v1}/sign-off`, 'bob', { note: 'checked against the SDS' });
    expect(signed.body).toMatchObject({ status: 'signed_off', reviewedByName: 'bob', signedOffOn: '2026-03-02', reReviewDue: '2027-03-02' });

    // A re-classification by staff: returned once, then signed off; v1 stays effective until then.
    now = new Date('2027-02-10T08:00:00Z');
    const due = await call('GET', '/api/classifications/due', 'audrey');
    expect(due.body.items?.map((d) => [(d.classification as { id: string }).id, d.reReviewStatus])).toEqual([[ids.v1, 'due_soon']]);
    const v2 = await call('POST', `/api/products/${ids.hf}/classifications`, 'sam', { jurisdiction: 'CN', codes: ['1C350'], rationale: 'Re-review: whole entry.' });
    ids.v2 = v2.body.id as string;
    await call('POST', `/api/classifications/${ids.v2}/submit`, 'sam');
    expect((await call('POST', `/api/classifications/${ids.v2}/return`, 'alice', { note: '' })).status).toBe(400);
    expect((await call('POST', `/api/classifications/${ids.v2}/return`, 'alice', { note: 'the sub-item 1C350.a is the precise entry' })).body.status).toBe('returned');
    const v3 = await call('POST', `/api/products/${ids.hf}/classifications`, 'sam', { jurisdiction: 'CN', codes: ['1C350.a'], rationale: 'Re-review 2027: unchanged product, still 1C350.a.' });
    ids.v3 = v3.body.id as string;
    await call('POST', `/api/classifications/${ids.v3}/submit`, 'sam');
    expect((await call('POST', `/api/classifications/${ids.v3}/sign-off`, 'alice', {})).body.reReviewDue).toBe('2028-02-10');

    const history = await call('GET', `/api/products/${ids.hf}/classifications`, 'audrey');
    expect(history.body.items?.map((c) => [c.versionNo, c.status, c.supersededBy])).toEqual([
      [3, 'signed_off', null],
      [2, 'superseded', ids.v3],
      [1, 'superseded', ids.v3],
    ]);
    expect((history.body.items?.[2] as { codes: string[]; evidence: unknown[] }).evidence).toEqual([{ title: 'Safety data sheet', ref: 'SDS-HF-2026' }]);
    expect((await call('GET', '/api/classifications/due', 'alice')).body.items).toEqual([]);
    expect(await auditTypes('classification.')).toEqual([
      'classification.drafted alice',
      'classification.submitted alice',
      'classification.signed_off bob',
      'classification.drafted sam',
      'classification.submitted sam',
      'classification.returned alice',
      'classification.drafted sam',
      'classification.submitted sam',
      'classification.signed_off alice',
    ]);
  });

  it('opens a classification enquiry with the contents Regs Art. 14 requires', async () => {
    const missing = await call('POST', '/api/classifications/enquiries', 'sam', { subject: 'HF purity', itemDescription: 'HF', performanceIndicators: [], mainUses: ['etching'], reasonUndecided: 'x'.repeat(25) });
    expect([missing.status, missing.body.error?.field]).toEqual([400, 'performanceIndicators']);
    const ok = await call('POST', '/api/classifications/enquiries', 'sam', {
      productId: ids.hf,
      subject: 'Does a 49 % aqueous HF solution fall under 1C350.a?',
      itemDescription: 'Hydrofluoric acid, aqueous solution',
      performanceIndicators: [{ name: 'HF concentration', value: '49', unit: '%' }],
      mainUses: ['semiconductor wafer etching'],
      reasonUndecided: 'The list names hydrogen fluoride; we cannot tell whether mixtures below a concentration are excluded.',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ authority: 'CN-MOFCOM', status: 'open', createdByName: 'sam' });
    expect((await call('GET', `/api/classifications/enquiries/${ok.body.id as string}`, 'olga')).status).toBe(404);
    expect(await auditTypes('enquiry.')).toEqual(['enquiry.created sam']);
  });

  it('determines a transaction of catalogue SKUs, screening parties that come without results', async () => {
    const tx = {
      id: 'TX-HF-1',
      exporter: { id: 'EXP-A', name: 'Exporter A Chemicals Co.', icpInPlace: true, heldGeneralLicences: [] },
      items: [{ lineId: '1', sku: 'HF-AH-999', quantity: 200, value: 12000, currency: 'CNY' }],
      destination: 'DE',
      parties: [{ role: 'end_user', name: 'Scenario end user GmbH (test party)', country: 'DE' }],
      endUse: 'Fluoropolymer production',
      catchAll: { knows: no, shouldKnow: no, notified: no },
      asOf: '2027-02-10',
    };
    expect((await call('POST', '/api/determinations', 'audrey', tx)).status).toBe(403);
    const unknown = await call('POST', '/api/determinations', 'sam', { ...tx, items: [{ ...tx.items[0], sku: 'NOPE' }] });
    expect([unknown.status, unknown.body.error?.field]).toEqual([400, 'items[0].sku']);
    const r = await call('POST', '/api/determinations', 'sam', tx);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const d = r.body.determination as { overall: string; items: { codes: string[]; reasons: { code: string; citations: string[] }[] }[]; citations: string[] };
    expect(d.overall).toBe('LICENCE_REQUIRED');
    expect(d.items[0]?.codes).toEqual(['1C350.a']);
    expect(d.items[0]?.reasons[0]).toMatchObject({ code: 'LISTED_ITEM', citations: ['ECL Art. 12', 'Regs Art. 14'] });
    expect((r.body.citations as { id: string }[]).map((c) => c.id)).toEqual(d.citations);
    expect(r.body.screened).toMatchObject([{ index: 0, status: 'clear', hits: 0 }]);
    expect(r.body.explanation).toMatch(/1C350\.a/);
    const [made] = await get().db.kysely.selectFrom('audit_events').select(['payload', 'object_id']).where('type', '=', 'determination.made').execute();
    expect(made?.object_id).toBe('TX-HF-1');
    expect(JSON.parse(made?.payload ?? '{}')).toMatchObject({ overall: 'LICENCE_REQUIRED', itemCount: 1, partyCount: 1, screenedParties: 1 });
  });
});
