/**
 * Licensing queue benchmark (PostgreSQL): seeds 100,000 applications (with 3 timeline entries and
 * a consultation each) and 1,000,000 audit events into a fresh schema with set-based inserts,
 * then measures a MOFCOM caseworker's queue (`GET /api/applications?status=…`) and a case view
 * (`GET /api/applications/{id}`, with clocks and timeline) through `app.inject()`: p50 / p99 over
 * a few hundred requests each. The schema is dropped at the end.
 *
 *   TEST_DATABASE_URL=postgres://… node --import tsx bench/licensing-queue.ts [--apps 100000] [--events 1000000] [--requests 300]
 *
 * The seeded application bodies are the test application of src/domain/licensing/testFixtures.ts
 * (a real catalogue item line) under generated ids; the audit rows are filler for volume and are
 * not a valid hash chain.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../src/app/audit/recordAudit.ts';
import { createApiToken } from '../src/app/tokens/createApiToken.ts';
import { createOrganisation } from '../src/app/organisations/createOrganisation.ts';
import { bootstrapAdmin } from '../src/app/users/bootstrapAdmin.ts';
import { createUser } from '../src/app/users/createUser.ts';
import { loadConfig } from '../src/config.ts';
import { ApplicationZ } from '../src/domain/licensing/application.ts';
import { newApplicationCase } from '../src/domain/licensing/applicationStateMachine.ts';
import { completeIndividual } from '../src/domain/licensing/testFixtures.ts';
import { openDb } from '../src/infra/db/connection.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';
import { buildServer } from '../src/http/server.ts';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const APPS = arg('apps', 100_000);
const EVENTS = arg('events', 1_000_000);
const REQUESTS = arg('requests', 300);

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

async function main(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url?.startsWith('postgres')) throw new Error('set TEST_DATABASE_URL to a PostgreSQL database');
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openDb({ databaseUrl: url, pgSchema: schema });
  try {
    await migrateToLatest(db);
    const at = new Date('2025-11-03T02:00:00Z');
    const boot = await bootstrapAdmin(db.kysely, { password: 'bench-password-1' }, at);
    const mofcom = boot?.user.organisationId ?? '';
    const province = await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'provincial_commerce', name: 'Jiangsu Department of Commerce' }, at);
    const exporter = await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'exporter', name: 'Test Alloys Co., Ltd.' }, at);
    const cw = await createUser(db.kysely, SYSTEM_ACTOR, { organisationId: mofcom, username: 'caseworker', password: 'bench-password-1', roles: ['caseworker'] }, at);
    const token = (await createApiToken(db.kysely, SYSTEM_ACTOR, { userId: cw.id, name: 'bench' }, at)).secret;

    const body = JSON.stringify(ApplicationZ.parse({ ...completeIndividual, id: '__ID__', exporter: { id: exporter.id, name: exporter.name } }));
    const kase = JSON.stringify({ ...newApplicationCase('__ID__'), status: 'mofcom_review', submittedOn: '2025-09-08', receivedByProvinceOn: '2025-09-09', forwardedOn: '2025-09-12', acceptedOn: '2025-09-15' });
    const statuses = ['mofcom_review', 'in_consultation', 'awaiting_decision', 'clock_stopped', 'approved', 'refused', 'provincial_review'];

    const t0 = performance.now();
    await sql`
      INSERT INTO licence_applications (id, organisation_id, province_org_id, form, status, queue_org, queue, assignee_id, due_date, submitted_on, accepted_on, body, case_json, routing_json, created_at, updated_at, version)
      SELECT 'app-' || g, ${exporter.id}, ${province.id}, 'individual',
             (${sql.lit(`{${statuses.join(',')}}`)}::text[])[1 + g % ${sql.lit(statuses.length)}],
             CASE WHEN g % ${sql.lit(statuses.length)} = 6 THEN ${province.id} ELSE ${mofcom} END,
             CASE WHEN g % 3 = 0 THEN 'materials-desk' ELSE 'intake' END, NULL,
             to_char(DATE '2025-09-01' + (g % 150), 'YYYY-MM-DD'), '2025-09-08', '2025-09-15',
             replace(${body}, '__ID__', 'app-' || g), replace(${kase}, '__ID__', 'app-' || g), NULL,
             '2025-09-08T00:00:00.000Z', '2025-09-15T00:00:00.000Z', 1
      FROM generate_series(1, ${sql.lit(APPS)}) AS g`.execute(db.kysely);
    await sql`
      INSERT INTO application_events (application_id, seq, at, user_id, organisation_id, event, from_status, to_status, note_en, note_zh, recorded_at)
      SELECT 'app-' || g, s, '2025-09-1' || s, 'u-bench', ${mofcom}, (ARRAY['submit','receive','forward'])[s], 'draft', 'submitted', 'step ' || s, '步骤' || s, '2025-09-15T00:00:00.000Z'
      FROM generate_series(1, ${sql.lit(APPS)}) AS g, generate_series(1, 3) AS s`.execute(db.kysely);
    await sql`
      INSERT INTO application_consultations (application_id, agency_org_id, requested_on, question, advice_json)
      SELECT 'app-' || g, 'MIIT', '2025-09-16', 'end use credible?', NULL FROM generate_series(1, ${sql.lit(APPS)}) AS g`.execute(db.kysely);
    const head = await db.kysely.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
    await sql`
      INSERT INTO audit_events (seq, at, actor_kind, actor_id, actor_name, organisation_id, type, v, object_type, object_id, payload, prev_hash, hash)
      SELECT ${head.seq} + g, '2025-09-15T00:00:00.000Z', 'user', 'u-bench', 'bench', ${exporter.id}, 'application.transitioned', 1, 'application', 'app-' || (1 + g % ${sql.lit(APPS)}),
             '{"step":"accept"}', md5((g - 1)::text), md5(g::text)
      FROM generate_series(1, ${sql.lit(EVENTS)}) AS g`.execute(db.kysely);
    await sql`VACUUM ANALYZE`.execute(db.kysely);
    const seedMs = performance.now() - t0;

    const app = await buildServer({ db, config: loadConfig({}, { webDir: '/nonexistent' }), logger: false, clock: () => at });
    const headers = { authorization: `Bearer ${token}` };
    const measure = async (urlFor: (i: number) => string): Promise<{ p50: number; p99: number; max: number }> => {
      for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: urlFor(i), headers });
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const s = performance.now();
        const r = await app.inject({ method: 'GET', url: urlFor(i), headers });
        times.push(performance.now() - s);
        if (r.statusCode !== 200) throw new Error(`${urlFor(i)} answered ${r.statusCode}: ${r.body.slice(0, 300)}`);
      }
      return { p50: pct(times, 50), p99: pct(times, 99), max: Math.max(...times) };
    };
    const queues = ['mofcom_review', 'in_consultation', 'awaiting_decision', 'mofcom_review,in_consultation,awaiting_decision,clock_stopped'];
    const queue = await measure((i) => `/api/applications?status=${queues[i % queues.length]}&limit=50&offset=${(i % 5) * 50}`);
    const caseView = await measure((i) => `/api/applications/app-${1 + ((i * 7919) % APPS) - (((i * 7919) % APPS) % 7 === 6 ? 1 : 0)}`);
    await app.close();
    const fmt = (x: { p50: number; p99: number; max: number }) => `p50 ${x.p50.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms, max ${x.max.toFixed(1)} ms`;
    console.log(`seeded ${APPS} applications, ${APPS * 3} timeline entries, ${EVENTS} audit events in ${(seedMs / 1000).toFixed(1)} s`);
    console.log(`caseworker queue (${REQUESTS} requests): ${fmt(queue)}`);
    console.log(`case view       (${REQUESTS} requests): ${fmt(caseView)}`);
    const pass = queue.p99 <= 200 && caseView.p99 <= 200;
    console.log(pass ? 'target met: p99 ≤ 200 ms' : 'TARGET MISSED: p99 > 200 ms');
    if (!pass) process.exitCode = 1;
  } finally {
    await db.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

await main();
