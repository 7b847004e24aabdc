import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachEngine } from '../../../test/engines.ts';
import { openDb } from '../db/connection.ts';
import { defineJob } from './jobHandler.ts';
import { JobQueue } from './jobQueue.ts';
import { JobRunner } from './jobRunner.ts';

/** A clock the test moves by hand. */
function manualClock(start = '2026-03-01T08:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

describeEachEngine('job queue', (get, engine) => {
  it('two concurrent claimers never take the same job', async () => {
    const { db, dataDir } = get();
    const queue = new JobQueue(db);
    const kind = 'concurrency-test';
    for (let i = 0; i < 40; i++) await queue.enqueue(db.kysely, { kind, payload: { i } });

    // A second connection (second pool / second SQLite handle on the same file) claims in parallel.
    const t = get();
    const other = engine === 'sqlite' ? openDb({ dataDir }) : openDb({ databaseUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL, pgSchema: t.pgSchema });
    const queue2 = new JobQueue(other);
    const claimed: string[] = [];
    const drain = async (q: JobQueue, worker: string) => {
      for (;;) {
        const job = await q.claim(worker, [kind], 60_000);
        if (!job) return;
        claimed.push(job.id);
        await q.complete(job.id, worker);
      }
    };
    await Promise.all([drain(queue, 'w1'), drain(queue2, 'w2'), drain(queue, 'w3'), drain(queue2, 'w4')]);
    await other.close();
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed).size).toBe(40);
  });

  it('a claimed job whose lease expired is claimed again, and the first worker can no longer complete it', async () => {
    const { db } = get();
    const clock = manualClock();
    const queue = new JobQueue(db, clock.now);
    const kind = 'lease-test';
    const job = await queue.enqueue(db.kysely, { kind, payload: { n: 1 } });

    const first = await queue.claim('dead-worker', [kind], 30_000);
    expect(first?.id).toBe(job.id);
    expect(await queue.claim('other', [kind], 30_000)).toBeNull(); // lease still valid

    clock.advance(30_001);
    const second = await queue.claim('new-worker', [kind], 30_000);
    expect(second?.id).toBe(job.id);
    expect(second?.attempts).toBe(2);
    expect(await queue.complete(job.id, 'dead-worker')).toBe(false);
    expect(await queue.complete(job.id, 'new-worker')).toBe(true);
    expect((await queue.get(job.id))?.status).toBe('done');
  });

  it('progress saved in a committed step is what a resumed job sees; a rolled-back step saves nothing', async () => {
    const { db } = get();
    const clock = manualClock();
    const queue = new JobQueue(db, clock.now);
    const kind = 'progress-test';
    const job = await queue.enqueue(db.kysely, { kind, payload: {} });
    await queue.claim('w1', [kind], 1000);
    await db.kysely.transaction().execute(async (trx) => {
      expect(await queue.saveProgress(trx, job.id, 'w1', { after: 'cp-100' })).toBe(true);
    });
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await queue.saveProgress(trx, job.id, 'w1', { after: 'cp-200' });
        throw new Error('worker died mid-step');
      }),
    ).rejects.toThrow();
    clock.advance(1001);
    const resumed = await queue.claim('w2', [kind], 1000);
    expect(resumed?.progress).toEqual({ after: 'cp-100' });
    // the first worker lost the job: its progress writes are refused
    expect(await queue.saveProgress(db.kysely, job.id, 'w1', { after: 'cp-300' })).toBe(false);
  });

  it('a failed attempt is retried after a backoff, then marked failed after max attempts', async () => {
    const { db } = get();
    const clock = manualClock();
    const queue = new JobQueue(db, clock.now);
    const kind = 'retry-test';
    const job = await queue.enqueue(db.kysely, { kind, payload: {}, maxAttempts: 2 });

    await queue.claim('w', [kind], 10_000);
    expect(await queue.fail(job.id, 'w', 'boom')).toBe('queued');
    expect(await queue.claim('w', [kind], 10_000)).toBeNull(); // backing off
    clock.advance(60_000);
    expect((await queue.claim('w', [kind], 10_000))?.attempts).toBe(2);
    expect(await queue.fail(job.id, 'w', 'boom again')).toBe('failed');
    const stored = await queue.get(job.id);
    expect(stored?.status).toBe('failed');
    expect(stored?.lastError).toBe('boom again');
  });

  it('a job enqueued in a rolled-back transaction does not exist', async () => {
    const { db } = get();
    const queue = new JobQueue(db);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await queue.enqueue(trx, { kind: 'rollback-test', payload: {} });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await queue.list({ kind: 'rollback-test' })).toHaveLength(0);
  });

  it('the runner validates payloads, runs handlers, and stop() waits for the running job', async () => {
    const { db } = get();
    const queue = new JobQueue(db);
    const seen: number[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const handler = defineJob({
      kind: 'runner-test',
      payload: z.object({ n: z.number().int() }),
      async handle(p) {
        if (p.n === 2) await gate;
        seen.push(p.n);
      },
    });
    const bad = await queue.enqueue(db.kysely, { kind: 'runner-test', payload: { n: 'x' }, runAt: new Date(Date.now() - 3000) });
    await queue.enqueue(db.kysely, { kind: 'runner-test', payload: { n: 1 }, runAt: new Date(Date.now() - 2000) });
    await queue.enqueue(db.kysely, { kind: 'runner-test', payload: { n: 2 }, runAt: new Date(Date.now() - 1000) });
    const runner = new JobRunner({ queue, handlers: [handler], pollMs: 20 });
    runner.start();
    await new Promise((r) => setTimeout(r, 150));
    const stopped = runner.stop();
    release();
    await stopped;
    expect(seen).toEqual([1, 2]);
    const badJob = await queue.get(bad.id);
    expect(badJob?.status).toBe('failed');
    expect(badJob?.lastError).toMatch(/payload\.n/);
  });

  it('stop({interrupt}) hands the running job back to the queue with its progress, without counting the attempt', async () => {
    const { db } = get();
    const queue = new JobQueue(db);
    const handler = defineJob({
      kind: 'interrupt-test',
      payload: z.object({}),
      async handle(_p, ctx) {
        await db.kysely.transaction().execute((trx) => ctx.saveProgress(trx, { step: 1 }));
        await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
        throw ctx.signal.reason;
      },
    });
    const job = await queue.enqueue(db.kysely, { kind: 'interrupt-test', payload: {} });
    const runner = new JobRunner({ queue, handlers: [handler], pollMs: 10 });
    runner.start();
    for (let i = 0; i < 100 && (await queue.get(job.id))?.progress === null; i++) await new Promise((r) => setTimeout(r, 10));
    await runner.stop({ interrupt: true });
    const stored = await queue.get(job.id);
    expect(stored).toMatchObject({ status: 'queued', attempts: 0, progress: { step: 1 }, lockedBy: null });
  });
});
