/**
 * Killing the server during a re-screen loses no job: a real `exportctl serve` process starts the
 * re-screen of stored counterparties, is killed with SIGKILL mid-run, and a new worker (after the
 * dead worker's lease has expired) resumes after the last committed chunk and completes it
 * without raising any alert twice. SQLite (the lease and claim logic is tested on both engines in
 * `src/infra/jobs`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../infra/db/connection.ts';
import { migrateToLatest } from '../../infra/db/migrate.ts';
import { AlertRepository } from '../../infra/db/repositories/alertRepository.ts';
import { importList } from '../lists/importList.ts';
import { CounterpartyInputZ } from '../../domain/screening-records/counterparty.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import { counterpartyHash } from './counterpartyHash.ts';
import { RESCREEN_JOB } from './rescreenAll.ts';
import { createScreeningRuntime } from './runtime.ts';
import { ADMIN, SDN, officer } from './testSupport.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-kill-'));
let server: ChildProcess | undefined;

afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('a re-screen interrupted by SIGKILL resumes and completes without duplicate alerts', async () => {
  const COUNT = 600;
  const LISTED_EVERY = 50; // every 50th counterparty is the newly listed ROSOBORONEKSPORT
  const by = officer('org-kill-test');
  const setup = openDb({ dataDir });
  await migrateToLatest(setup);
  await importList(setup, { items: [{ paths: [SDN.v1], sourceId: 'ofac-sdn' }], actor: ADMIN, at: new Date() });
  await setup.kysely.transaction().execute(async (trx) => {
    const repo = new CounterpartyRepository(trx);
    const now = new Date().toISOString();
    for (let i = 0; i < COUNT; i++) {
      const input = CounterpartyInputZ.parse({ name: i % LISTED_EVERY === 0 ? 'Rosoboronexport' : `Counterparty ${i} Precision Instruments Co.`, schema: 'Company' });
      await repo.insert({ ...input, id: `cp-${String(i).padStart(4, '0')}`, organisationId: by.organisationId, contentHash: counterpartyHash(input), createdAt: now, updatedAt: now });
    }
  });
  // v2 adds ROSOBORONEKSPORT OAO; imported without queueing, as the command line does: the server
  // queues the re-screen when it starts.
  await importList(setup, { items: [{ paths: [SDN.v2], sourceId: 'ofac-sdn' }], actor: ADMIN, at: new Date() });
  await setup.close();

  server = spawn(process.execPath, [path.join(ROOT, 'bin/exportctl.js'), 'serve', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', EXPORTCTL_ADMIN_PASSWORD: 'kill-test-password', EXPORTCTL_WEB_DIR: path.join(dataDir, 'none') },
    stdio: 'ignore',
  });
  const watch = openDb({ dataDir });
  let killedAt: { screened: number } | undefined;
  for (let i = 0; i < 1200 && !killedAt; i++) {
    const job = await watch.kysely.selectFrom('jobs').selectAll().where('kind', '=', RESCREEN_JOB).executeTakeFirst();
    const progress = job?.progress ? (JSON.parse(job.progress) as { screened: number }) : undefined;
    if (job?.status === 'done') throw new Error('the re-screen finished before the server could be killed; raise COUNT');
    if (job?.status === 'running' && progress && progress.screened > 0) {
      server.kill('SIGKILL');
      killedAt = progress;
    } else {
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  expect(killedAt, 'the server never started the re-screen').toBeDefined();
  await new Promise<void>((r) => (server?.exitCode !== null ? r() : server.once('exit', () => r())));

  const orphan = await watch.kysely.selectFrom('jobs').selectAll().where('kind', '=', RESCREEN_JOB).executeTakeFirstOrThrow();
  expect(orphan.status).toBe('running');
  expect(orphan.locked_until).not.toBeNull();

  // A new worker after the dead worker's lease has run out.
  const afterLease = new Date(new Date(orphan.locked_until ?? 0).getTime() + 1000);
  const rt = createScreeningRuntime(watch, { clock: () => afterLease, workerId: 'restarted-server' });
  const outcome = await rt.runner.runOnce();
  expect(outcome?.status).toBe('done');
  const done = await rt.queue.get(orphan.id);
  expect(done).toMatchObject({ status: 'done', attempts: 2 });
  expect((done?.progress as { screened: number }).screened).toBe(COUNT);

  const alerts = (await new AlertRepository(watch.kysely).list(by.organisationId, { limit: 500, offset: 0 })).items;
  const pairs = alerts.map((a) => `${a.counterpartyId}|${a.entityId}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  expect(alerts.filter((a) => a.entityId === 'ofac-sdn:18782')).toHaveLength(COUNT / LISTED_EVERY);
  await watch.close();
});
