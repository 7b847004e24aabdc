/**
 * Screening records through the HTTP API (`app.inject()`, SQLite and PostgreSQL): list import
 * (JSON paths and multipart upload) → background re-screen → exactly one new alert; a dismissed
 * false positive stays dismissed; alert decisions and their transitions; tenant isolation (another
 * exporter's counterparties and alerts are 404); ad-hoc screening and the yente-compatible match.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { SYSTEM_ACTOR } from '../../../app/audit/recordAudit.ts';
import { createOrganisation } from '../../../app/organisations/createOrganisation.ts';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { SDN } from '../../../app/screening/testSupport.ts';
import { createApiToken } from '../../../app/tokens/createApiToken.ts';
import { bootstrapAdmin } from '../../../app/users/bootstrapAdmin.ts';
import { createUser } from '../../../app/users/createUser.ts';
import { loadConfig } from '../../../config.ts';
import { buildServer } from '../../server.ts';

interface Alert {
  id: string;
  counterpartyId: string;
  entityId: string;
  status: string;
}

describeEachEngine('screening records API', (get) => {
  let app: FastifyInstance;
  const tokens: Record<'admin' | 'a' | 'b', string> = { admin: '', a: '', b: '' };

  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, who: keyof typeof tokens, body?: unknown) => {
    const res = await app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}` }, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> & { items?: unknown[] } };
  };
  const drainJobs = async () => {
    const rt = screeningRuntime(get().db);
    while (await rt.runner.runOnce()) {
      /* run every due job */
    }
  };
  const openAlerts = async (who: 'a' | 'b') => (await call('GET', '/api/alerts?status=open', who)).body.items as Alert[];

  beforeAll(async () => {
    const { db } = get();
    const at = new Date();
    const boot = await bootstrapAdmin(db.kysely, { password: 'admin-password-1' }, at);
    if (!boot) throw new Error('bootstrap failed');
    tokens.admin = (await createApiToken(db.kysely, SYSTEM_ACTOR, { userId: boot.user.id, name: 'test' }, at)).secret;
    for (const key of ['a', 'b'] as const) {
      const org = await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'exporter', name: `Exporter ${key.toUpperCase()} Instruments Co.` }, at);
      const user = await createUser(db.kysely, SYSTEM_ACTOR, { organisationId: org.id, username: `officer-${key}`, password: 'officer-password-1', roles: ['compliance_officer'] }, at);
      tokens[key] = (await createApiToken(db.kysely, SYSTEM_ACTOR, { userId: user.id, name: 'test' }, at)).secret;
    }
    app = await buildServer({ db, config: loadConfig({}, { webDir: '/nonexistent' }), logger: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('raises exactly one new alert when an imported list adds a matching entity, and keeps false positives dismissed', async () => {
    const v1 = await call('POST', '/api/lists/import', 'admin', { paths: [SDN.v1], sourceId: 'ofac-sdn' });
    expect(v1.status, JSON.stringify(v1.body)).toBe(200);
    await drainJobs();

    const created = await call('POST', '/api/counterparties', 'a', { name: 'Rosoboronexport', names: ['Рособоронэкспорт'], country: 'RU', schema: 'Company' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const roe = created.body.id as string;
    const bnc = (await call('POST', '/api/counterparties', 'a', { name: 'Banco Nacional de Cuba', country: 'CU' })).body.id as string;

    expect(((await call('POST', `/api/counterparties/${roe}/screen`, 'a')).body.raised as unknown[]).length).toBe(0);
    const screened = await call('POST', `/api/counterparties/${bnc}/screen`, 'a');
    expect(screened.status).toBe(200);
    expect((screened.body.run as { listVersions: Record<string, number> }).listVersions).toEqual({ 'ofac-sdn': 1 });
    const [bncAlert] = screened.body.raised as Alert[];
    expect(bncAlert?.entityId).toBe('ofac-sdn:306');

    // Decisions: a reason is required; false positive is final.
    expect((await call('POST', `/api/alerts/${bncAlert?.id}/decision`, 'a', { decision: 'false_positive', reason: '' })).status).toBe(400);
    const fp = await call('POST', `/api/alerts/${bncAlert?.id}/decision`, 'a', { decision: 'false_positive', reason: 'customer is the Cuban state bank’s namesake in Spain' });
    expect(fp.status).toBe(200);
    expect(fp.body.status).toBe('false_positive');
    const again = await call('POST', `/api/alerts/${bncAlert?.id}/decision`, 'a', { decision: 'confirmed_match', reason: 'changed my mind' });
    expect(again.status).toBe(409);
    expect((again.body.error as { code: string }).code).toBe('ILLEGAL_TRANSITION');

    // v2 (uploaded as a file) adds ROSOBORONEKSPORT OAO.
    const boundary = '----exportctl-test';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="sourceId"\r\n\r\nofac-sdn\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="sdn.csv"\r\nContent-Type: text/csv\r\n\r\n`),
      readFileSync(SDN.v2),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await app.inject({ method: 'POST', url: '/api/lists/import', headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ outcomes: [{ sourceId: 'ofac-sdn', status: 'imported', version: { versionNo: 2 } }] });
    expect(up.json().rescreenJobId).toEqual(expect.any(String));
    await drainJobs();
    const open = await openAlerts('a');
    expect(open.map((a) => [a.counterpartyId, a.entityId])).toEqual([[roe, 'ofac-sdn:18782']]);

    // An unrelated change (v3 adds LI Fangwei) raises nothing; the dismissed BNC hit stays dismissed.
    await call('POST', '/api/lists/import', 'admin', { paths: [SDN.v3], sourceId: 'ofac-sdn' });
    await drainJobs();
    expect((await openAlerts('a')).map((a) => a.id)).toEqual(open.map((a) => a.id));

    expect((await call('GET', '/api/counterparties?q=nacional', 'a')).body).toMatchObject({ total: 1, items: [{ id: bnc }] });
    const runs = await call('GET', `/api/screening-runs?counterpartyId=${bnc}`, 'a');
    expect((runs.body.items as { listVersions: Record<string, number> }[])[0]?.listVersions).toEqual({ 'ofac-sdn': 3 });
  });

  it("gives 404 for another exporter's counterparties and alerts", async () => {
    const [alert] = await openAlerts('a');
    if (!alert) throw new Error('exporter A has no open alert');
    const cp = alert.counterpartyId;
    expect((await call('GET', `/api/counterparties/${cp}`, 'a')).status).toBe(200);
    expect((await call('GET', `/api/counterparties/${cp}`, 'b')).status).toBe(404);
    expect((await call('PATCH', `/api/counterparties/${cp}`, 'b', { name: 'Taken over' })).status).toBe(404);
    expect((await call('POST', `/api/counterparties/${cp}/screen`, 'b')).status).toBe(404);
    expect((await call('GET', `/api/alerts/${alert.id}`, 'b')).status).toBe(404);
    expect((await call('POST', `/api/alerts/${alert.id}/decision`, 'b', { decision: 'false_positive', reason: 'not ours' })).status).toBe(404);
    expect((await call('GET', '/api/counterparties', 'b')).body).toMatchObject({ items: [], total: 0 });
    expect(await openAlerts('b')).toEqual([]);
    expect((await call('GET', `/api/screening-runs?counterpartyId=${cp}`, 'b')).body).toMatchObject({ items: [], total: 0 });
  });

  it('screens a name ad hoc and answers yente-style match requests', async () => {
    const s = await call('POST', '/api/screen', 'a', { name: 'Рособоронэкспорт' });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect((s.body.hits as { entityId: string }[])[0]?.entityId).toBe('ofac-sdn:18782');

    const m = await call('POST', '/api/match/default?limit=3', 'a', {
      queries: { q1: { schema: 'Company', properties: { name: ['Banco Nacional de Cuba'], country: ['cu'] } }, q2: { schema: 'Person', properties: { name: ['Fangwei Li'], birthDate: ['1972-09-18'] } } },
    });
    expect(m.status, JSON.stringify(m.body)).toBe(200);
    const responses = m.body.responses as Record<string, { status: number; results: { id: string; schema: string; datasets: string[]; match: boolean; score: number }[]; total: { value: number } }>;
    expect(responses.q1?.status).toBe(200);
    expect(responses.q1?.results[0]).toMatchObject({ id: 'ofac-sdn:306', schema: 'Organization', datasets: ['ofac-sdn'], match: true });
    expect(responses.q2?.results[0]).toMatchObject({ id: 'ofac-sdn:11447', schema: 'Person', match: true });
    expect(m.body.limit).toBe(3);
    expect((await call('POST', '/api/match/no-such-list', 'a', { queries: { q: { schema: 'Person', properties: { name: ['x'] } } } })).status).toBe(404);
  });

  it('shows lists, versions and diffs', async () => {
    const lists = await call('GET', '/api/lists', 'a');
    expect((lists.body.items as { id: string; versionCount: number }[]).find((s) => s.id === 'ofac-sdn')?.versionCount).toBe(3);
    const diff = await call('GET', '/api/lists/ofac-sdn/diff?from=1&to=2', 'a');
    expect(diff.status).toBe(200);
    expect((diff.body.added as { id: string }[]).map((p) => p.id)).toEqual(['ofac-sdn:18782']);
    expect((await call('POST', '/api/lists/import', 'a', { paths: [SDN.v4] })).status).toBe(403);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/screen', '/api/counterparties/{id}/screen', '/api/alerts/{id}/decision', '/api/lists/import', '/api/match/{dataset}', '/api/screening-runs']) expect(paths).toContain(p);
  });
});
