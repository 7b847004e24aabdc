/**
 * The platform API end to end through `app.inject()`, on SQLite and PostgreSQL: authentication
 * (401 without credentials), CSRF, tenant isolation (404 across exporters), the policy table
 * enforced route by route, lock-out, and the audit chain detecting edits, deletions and inserts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/engines.ts';
import { bootstrapAdmin } from '../app/users/bootstrapAdmin.ts';
import { loadConfig } from '../config.ts';
import { ROLES, type Role } from '../domain/access/organisations.ts';
import { type Action, type ResourceType, can } from '../domain/access/policy.ts';
import { buildServer } from './server.ts';

const ADMIN_PASSWORD = 'correct horse battery';
const PASSWORD = 'exporter-pass-123';

interface Caller {
  token: string;
  userId: string;
  orgId: string;
}

describeEachEngine('platform API', (get, engine) => {
  let app: FastifyInstance;
  let adminToken = '';
  const orgs: Record<string, string> = {};
  const callers = new Map<Role, Caller>();
  /** A colleague of each role's caller, the object of user-management checks. */
  const colleagues = new Map<Role, string>();
  let seq = 0;

  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, opts: { token?: string; cookie?: string; csrf?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = `exportctl_session=${opts.cookie}`;
    if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
    const res = await app.inject({ method, url, headers, ...(opts.body === undefined ? {} : { payload: opts.body as object }) });
    return { status: res.statusCode, body: res.body ? (res.headers['content-type']?.toString().includes('json') ? res.json() : res.body) : null, res };
  };
  const login = async (username: string, password: string) => {
    const r = await call('POST', '/api/auth/login', { body: { username, password } });
    const cookie = r.res.cookies.find((c) => c.name === 'exportctl_session');
    return { ...r, cookie: cookie?.value, csrf: r.status === 200 ? (r.body as { csrfToken: string }).csrfToken : undefined, setCookie: cookie };
  };
  const createUser = async (token: string, orgId: string, roles: Role[]) => {
    const username = `user${++seq}`;
    const r = await call('POST', '/api/users', { token, body: { organisationId: orgId, username, password: PASSWORD, roles } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return { id: (r.body as { id: string }).id, username };
  };
  const tokenFor = async (username: string) => {
    const l = await login(username, PASSWORD);
    const r = await call('POST', '/api/tokens', { cookie: l.cookie, csrf: l.csrf, body: { name: 'test' } });
    expect(r.status).toBe(201);
    return (r.body as { secret: string }).secret;
  };

  beforeAll(async () => {
    const { db } = get();
    const config = loadConfig({}, { webDir: '/nonexistent', loginRateLimit: { max: 1000, windowMs: 60_000 } });
    const boot = await bootstrapAdmin(db.kysely, { password: ADMIN_PASSWORD }, new Date());
    orgs.mofcom = boot?.user.organisationId ?? '';
    app = await buildServer({ db, config, logger: false });
    const l = await login('admin', ADMIN_PASSWORD);
    expect(l.status).toBe(200);
    const t = await call('POST', '/api/tokens', { cookie: l.cookie, csrf: l.csrf, body: { name: 'admin-cli' } });
    adminToken = (t.body as { secret: string }).secret;
    for (const [key, name] of [['a', 'Zhongxing Precision Instruments Co.'], ['b', 'Huabei Materials Trading Co.']] as const) {
      const r = await call('POST', '/api/organisations', { token: adminToken, body: { kind: 'exporter', name } });
      expect(r.status).toBe(201);
      orgs[key] = (r.body as { id: string }).id;
    }
    for (const role of ROLES) {
      const orgId = ['compliance_officer', 'staff', 'auditor'].includes(role) ? orgs.a! : orgs.mofcom!;
      const u = await createUser(adminToken, orgId, [role]);
      callers.set(role, { token: await tokenFor(u.username), userId: u.id, orgId });
      colleagues.set(role, (await createUser(adminToken, orgId, [role === 'administrator' || AUTH_ROLES.has(role) ? 'caseworker' : 'staff'])).id);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers health and readiness, and serves OpenAPI 3.1 and the docs', async () => {
    expect((await call('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await call('GET', '/readyz')).body).toEqual({ status: 'ready', database: engine });
    const spec = await call('GET', '/api/openapi.json');
    expect(spec.body).toMatchObject({ openapi: '3.1.0' });
    expect(Object.keys((spec.body as { paths: object }).paths)).toEqual(expect.arrayContaining(['/api/users/', '/api/audit/verify', '/api/auth/login']));
    expect((await call('GET', '/api/docs/')).status).toBe(200);
  });

  it('refuses requests without a valid session or token with 401', async () => {
    for (const [method, url] of [['GET', '/api/users'], ['GET', '/api/audit/events'], ['POST', '/api/organisations'], ['GET', '/api/auth/session'], ['GET', '/api/me']] as const) {
      expect((await call(method, url)).status, url).toBe(401);
      expect((await call(method, url, { token: 'ectl_not-a-real-token' })).status, url).toBe(401);
      expect((await call(method, url, { cookie: 'forged-session' })).status, url).toBe(401);
    }
    const r = await call('GET', '/api/users', { token: 'ectl_x' });
    expect(r.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'the API token is unknown, revoked or expired' } });
  });

  it('sets an HttpOnly SameSite=Lax session cookie and rejects forged CSRF requests', async () => {
    const l = await login('admin', ADMIN_PASSWORD);
    expect(l.setCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = { kind: 'customs', name: `Customs office ${++seq}` };
    expect((await call('POST', '/api/organisations', { cookie: l.cookie, body })).status).toBe(403);
    expect((await call('POST', '/api/organisations', { cookie: l.cookie, csrf: 'guessed', body })).body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const session = await call('GET', '/api/auth/session', { cookie: l.cookie });
    expect((session.body as { csrfToken: string }).csrfToken).toBe(l.csrf);
    expect((await call('POST', '/api/organisations', { cookie: l.cookie, csrf: l.csrf, body })).status).toBe(201);
    // Logout ends the session.
    expect((await call('POST', '/api/auth/logout', { cookie: l.cookie, csrf: l.csrf })).status).toBe(204);
    expect((await call('GET', '/api/auth/session', { cookie: l.cookie })).status).toBe(401);
  });

  it('keeps exporters out of each other’s data (404)', async () => {
    const officerA = callers.get('compliance_officer')!;
    const bOfficer = await createUser(adminToken, orgs.b!, ['compliance_officer']);
    const bToken = await tokenFor(bOfficer.username);
    const bTokenId = ((await call('GET', '/api/tokens', { token: bToken })).body as { items: { id: string }[] }).items[0]!.id;
    const t = officerA.token;
    expect((await call('GET', `/api/users/${bOfficer.id}`, { token: t })).status).toBe(404);
    expect((await call('PUT', `/api/users/${bOfficer.id}/roles`, { token: t, body: { roles: ['staff'] } })).status).toBe(404);
    expect((await call('POST', `/api/users/${bOfficer.id}/disable`, { token: t })).status).toBe(404);
    expect((await call('GET', `/api/organisations/${orgs.b}`, { token: t })).status).toBe(404);
    expect((await call('GET', `/api/users?organisationId=${orgs.b}`, { token: t })).status).toBe(404);
    expect((await call('POST', '/api/users', { token: t, body: { organisationId: orgs.b, username: `intruder${++seq}`, password: PASSWORD, roles: ['staff'] } })).status).toBe(404);
    expect((await call('GET', `/api/audit/events?organisationId=${orgs.b}`, { token: t })).status).toBe(404);
    expect((await call('DELETE', `/api/tokens/${bTokenId}`, { token: t })).status).toBe(404);
    // Listings show only the own organisation.
    const users = (await call('GET', '/api/users', { token: t })).body as { items: { organisationId: string }[] };
    expect(users.items.length).toBeGreaterThan(0);
    expect(new Set(users.items.map((u) => u.organisationId))).toEqual(new Set([orgs.a]));
    const orgList = (await call('GET', '/api/organisations', { token: t })).body as { items: { id: string }[]; total: number };
    expect(orgList).toMatchObject({ total: 1, items: [{ id: orgs.a }] });
    const events = (await call('GET', '/api/audit/events?limit=500', { token: t })).body as { items: { organisationId: string | null }[] };
    expect(events.items.length).toBeGreaterThan(0);
    expect(events.items.every((e) => e.organisationId === orgs.a)).toBe(true);
    // B's own data is intact and reachable by B.
    expect((await call('GET', `/api/users/${bOfficer.id}`, { token: bToken })).body).toMatchObject({ roles: ['compliance_officer'], disabled: false });
  });

  // Each route below performs one (action, resource) of the policy table on an object in the
  // caller's own organisation; every role must get exactly what `can()` says.
  const checks: { action: Action; resource: ResourceType; run: (c: Caller, role: Role) => Promise<number> }[] = [
    { action: 'read', resource: 'organisation', run: async (c) => (await call('GET', `/api/organisations/${c.orgId}`, { token: c.token })).status },
    { action: 'create', resource: 'organisation', run: async (c) => (await call('POST', '/api/organisations', { token: c.token, body: { kind: 'exporter', name: `Exporter ${++seq}` } })).status },
    { action: 'read', resource: 'user', run: async (c, r) => (await call('GET', `/api/users/${colleagues.get(r)}`, { token: c.token })).status },
    {
      action: 'create',
      resource: 'user',
      run: async (c) => (await call('POST', '/api/users', { token: c.token, body: { username: `made${++seq}`, password: PASSWORD, roles: [c.orgId === orgs.a ? 'staff' : 'caseworker'] } })).status,
    },
    { action: 'update', resource: 'user', run: async (c, r) => (await call('PUT', `/api/users/${colleagues.get(r)}/roles`, { token: c.token, body: { roles: [c.orgId === orgs.a ? 'staff' : 'caseworker'] } })).status },
    {
      action: 'disable',
      resource: 'user',
      run: async (c, r) => {
        const s = (await call('POST', `/api/users/${colleagues.get(r)}/disable`, { token: c.token })).status;
        if (s === 200) expect((await call('POST', `/api/users/${colleagues.get(r)}/enable`, { token: c.token })).status).toBe(200);
        return s;
      },
    },
    { action: 'create', resource: 'token', run: async (c) => (await call('POST', '/api/tokens', { token: c.token, body: { name: 'another' } })).status },
    { action: 'read', resource: 'audit', run: async (c) => (await call('GET', `/api/audit/events?organisationId=${c.orgId}`, { token: c.token })).status },
    { action: 'export', resource: 'audit', run: async (c) => (await call('GET', `/api/audit/export?format=csv&organisationId=${c.orgId}`, { token: c.token })).status },
    { action: 'verify', resource: 'audit', run: async (c) => (await call('GET', '/api/audit/verify', { token: c.token })).status },
  ];

  it('enforces the policy table on every route, for every role', async () => {
    const mismatches: string[] = [];
    for (const role of ROLES) {
      const c = callers.get(role)!;
      for (const check of checks) {
        const allowed = can({ userId: c.userId, organisationId: c.orgId, roles: [role] }, check.action, { type: check.resource, organisationId: check.resource === 'organisation' && check.action === 'create' ? null : c.orgId, ownerId: c.userId });
        const status = await check.run(c, role);
        const ok = allowed ? status >= 200 && status < 300 : status === 403;
        if (!ok) mismatches.push(`${role} ${check.action} ${check.resource}: expected ${allowed ? '2xx' : 403}, got ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('validates input with one error format naming the field', async () => {
    const r = await call('POST', '/api/users', { token: adminToken, body: { username: 'x', password: PASSWORD, roles: ['staff'] } });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'username' } });
    const wrongRole = await call('POST', '/api/users', { token: adminToken, body: { organisationId: orgs.a, username: `ok${++seq}`, password: PASSWORD, roles: ['approver'] } });
    expect(wrongRole.body).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'roles' } });
    expect((await call('GET', '/api/nowhere', { token: adminToken })).body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await call('GET', '/api/users?limit=0', { token: adminToken })).body).toMatchObject({ error: { code: 'INVALID_INPUT', field: 'limit' } });
  });

  it('pages audit events with a cursor, filters them and exports CSV', async () => {
    const first = (await call('GET', '/api/audit/events?limit=3&typePrefix=user.', { token: adminToken })).body as { items: { seq: number; type: string }[]; nextCursor: string };
    expect(first.items).toHaveLength(3);
    expect(first.items.every((e) => e.type.startsWith('user.'))).toBe(true);
    const second = (await call('GET', `/api/audit/events?limit=3&typePrefix=user.&cursor=${first.nextCursor}`, { token: adminToken })).body as { items: { seq: number }[] };
    expect(second.items[0]!.seq).toBeLessThan(first.items[2]!.seq);
    const csv = await call('GET', `/api/audit/export?format=csv&type=org.created`, { token: adminToken });
    expect(csv.res.headers['content-type']).toContain('text/csv');
    expect(String(csv.body).split('\r\n')[0]).toMatch(/^seq,at,actor_kind/);
    expect(String(csv.body)).toContain('Zhongxing Precision Instruments Co.');
  });

  it('locks an account after repeated wrong passwords and audits the failures', async () => {
    const victim = await createUser(adminToken, orgs.a!, ['staff']);
    for (let i = 1; i <= 5; i++) {
      const r = await login(victim.username, 'wrong-password!');
      // The fifth failure locks the account (default lock-out: 5 failures, 15 minutes).
      expect(r.status, `attempt ${i}: ${JSON.stringify(r.body)}`).toBe(i < 5 ? 401 : 429);
    }
    const locked = await login(victim.username, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const failures = (await call('GET', `/api/audit/events?type=auth.login_failed&q=${victim.username}`, { token: adminToken })).body as { items: { payload: { reason: string } }[] };
    expect(failures.items.map((e) => e.payload.reason)).toEqual(['locked', ...Array(5).fill('wrong_password')]);
  });

  it('detects an edited, a deleted and an inserted audit event, and verifies the untouched chain', async () => {
    const k = get().db.kysely;
    const verify = async () => (await call('GET', '/api/audit/verify', { token: adminToken })).body as { ok: boolean; problem?: { kind: string; seq: number } };
    expect(await verify()).toMatchObject({ ok: true });

    // Grant a user a role after the fact by editing the event that created it.
    const victim = await k.selectFrom('audit_events').selectAll().where('type', '=', 'user.created').where('seq', '>', 3).orderBy('seq').executeTakeFirstOrThrow();
    await sql`update audit_events set payload = ${victim.payload.replace('"roles":[', '"roles":["administrator",')} where seq = ${victim.seq}`.execute(k);
    expect(await verify()).toMatchObject({ ok: false, problem: { kind: 'edited', seq: victim.seq } });
    await sql`update audit_events set payload = ${victim.payload} where seq = ${victim.seq}`.execute(k);
    expect(await verify()).toMatchObject({ ok: true });

    const saved7 = await k.selectFrom('audit_events').selectAll().where('seq', '=', 7).executeTakeFirstOrThrow();
    await sql`delete from audit_events where seq = 7`.execute(k);
    const deleted = await verify();
    expect(deleted).toMatchObject({ ok: false, problem: { kind: 'deleted', seq: 7 } });
    if (get().dataDir) {
      const cli = spawnSync(process.execPath, [path.resolve('bin/exportctl.js'), '--data-dir', get().dataDir!, 'audit', 'verify'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
      expect(cli.status).not.toBe(0);
      expect(cli.stderr).toMatch(/audit event #7 was deleted/);
    }
    await k.insertInto('audit_events').values(saved7).execute();
    expect(await verify()).toMatchObject({ ok: true });

    const { id: _id9, ...row9 } = await k.selectFrom('audit_events').selectAll().where('seq', '=', 9).executeTakeFirstOrThrow();
    await k.insertInto('audit_events').values({ ...row9, object_id: 'forged', prev_hash: 'f'.repeat(64), hash: 'e'.repeat(64) }).execute();
    expect(await verify()).toMatchObject({ ok: false, problem: { kind: 'inserted', seq: 9 } });
    await k.deleteFrom('audit_events').where('object_id', '=', 'forged').execute();
    expect(await verify()).toMatchObject({ ok: true });
  });
});

const AUTH_ROLES = new Set<Role>(['caseworker', 'reviewer', 'approver', 'administrator']);
