/**
 * The DB-backed job queue. Jobs are rows in `jobs`; a worker claims one with a lease
 * (`locked_by`, `locked_until`). A job whose worker dies keeps its `running` status until the lease
 * runs out; then any worker may claim it again, so no job is lost when a server is killed.
 *
 * Claiming is one statement on both engines:
 * - PostgreSQL: `UPDATE jobs … WHERE id IN (SELECT id … FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING *`,
 *   so concurrent workers skip rows another worker is taking instead of waiting for them.
 * - SQLite: the same `UPDATE … RETURNING` without the locking clause. A writing statement starts a
 *   write transaction before it reads (SQLite's immediate locking), and only one writer exists at a
 *   time, so two claimers can never take the same row.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import type { JobsTable } from '../db/tables/screening-records.ts';

export type JobRow = Selectable<JobsTable>;

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  status: JobRow['status'];
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  /** What the job saved with `saveProgress` (null before the first save). */
  progress: unknown;
  createdAt: string;
  finishedAt: string | null;
}

export interface EnqueueInput {
  kind: string;
  payload: unknown;
  /** Earliest time to run (default: now). */
  runAt?: Date;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** Retry delay after the n-th failed attempt: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(1, attempts), 5 * 60_000);
}

export function toJob(r: JobRow): Job {
  return {
    id: r.id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    status: r.status,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    runAt: r.run_at,
    lockedBy: r.locked_by,
    lockedUntil: r.locked_until,
    lastError: r.last_error,
    progress: r.progress === null ? null : (JSON.parse(r.progress) as unknown),
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export class JobQueue {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Adds a job inside the caller's transaction (or on its own when `trx` is the plain database),
   * so a job exists exactly when the change that needs it was committed.
   */
  async enqueue(trx: Kysely<Database>, input: EnqueueInput): Promise<Job> {
    const now = this.clock().toISOString();
    const row: JobRow = {
      id: randomUUID(),
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? null),
      status: 'queued',
      attempts: 0,
      max_attempts: input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_at: (input.runAt ?? this.clock()).toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: null,
      progress: null,
      created_at: now,
      finished_at: null,
    };
    await trx.insertInto('jobs').values(row).execute();
    return toJob(row);
  }

  /**
   * Takes the next due job of one of `kinds` for `workerId` for `leaseMs`: a queued job whose
   * run_at has come, or a running job whose lease has expired (its worker died). Returns null when
   * nothing is due. Running jobs that expired after their last allowed attempt are marked failed.
   */
  async claim(workerId: string, kinds: readonly string[], leaseMs: number): Promise<Job | null> {
    if (kinds.length === 0) return null;
    const nowDate = this.clock();
    const now = nowDate.toISOString();
    const lockedUntil = new Date(nowDate.getTime() + leaseMs).toISOString();
    const k = this.db.kysely;

    await k
      .updateTable('jobs')
      .set({ status: 'failed', finished_at: now, locked_by: null, locked_until: null, last_error: 'lease expired on the last allowed attempt' })
      .where('status', '=', 'running')
      .where('locked_until', '<', now)
      .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
      .where('kind', 'in', kinds)
      .execute();

    let candidate = k
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now), eb('attempts', '<', eb.ref('max_attempts'))]),
        ]),
      )
      .orderBy('run_at')
      .orderBy('created_at')
      .limit(1);
    if (this.db.engine === 'pg') candidate = candidate.forUpdate().skipLocked();

    const row = await k
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', locked_by: workerId, locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', candidate)
      .returningAll()
      .executeTakeFirst();
    return row ? toJob(row) : null;
  }

  /** Extends the lease of a job this worker holds; false when the worker no longer holds it. */
  async extendLease(jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const lockedUntil = new Date(this.clock().getTime() + leaseMs).toISOString();
    const r = await this.db.kysely
      .updateTable('jobs')
      .set({ locked_until: lockedUntil })
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Saves a job's progress inside the transaction that did the work it describes. Returns false
   * (and the caller must roll back) when this worker no longer holds the job.
   */
  async saveProgress(trx: Kysely<Database>, jobId: string, workerId: string, progress: unknown): Promise<boolean> {
    const r = await trx
      .updateTable('jobs')
      .set({ progress: JSON.stringify(progress) })
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** The most recent job of a kind with exactly this payload, if any (for de-duplicating enqueues). */
  async findByPayload(kind: string, payload: unknown): Promise<Job | null> {
    const row = await this.db.kysely
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', kind)
      .where('payload', '=', JSON.stringify(payload ?? null))
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toJob(row) : null;
  }

  /**
   * Marks a job this worker holds as done. False when the worker lost the job (its lease expired
   * and another worker took it over). `trx` lets a handler complete the job in its own transaction.
   */
  async complete(jobId: string, workerId: string, trx: Kysely<Database> = this.db.kysely): Promise<boolean> {
    const r = await trx
      .updateTable('jobs')
      .set({ status: 'done', finished_at: this.clock().toISOString(), locked_by: null, locked_until: null })
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Hands a job back to the queue unfinished (its worker is shutting down): queued again at once,
   * with the attempt not counted and its saved progress kept. False when the worker no longer held it.
   */
  async release(jobId: string, workerId: string): Promise<boolean> {
    const r = await this.db.kysely
      .updateTable('jobs')
      .set((eb) => ({ status: 'queued', run_at: this.clock().toISOString(), locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1) }))
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Records a failed attempt. The job is queued again after a backoff while attempts remain (and the
   * failure is not `permanent`), otherwise marked failed. Returns the resulting status, or null when
   * the worker no longer held the job.
   */
  async fail(jobId: string, workerId: string, error: string, opts: { permanent?: boolean } = {}): Promise<'queued' | 'failed' | null> {
    const current = await this.db.kysely
      .selectFrom('jobs')
      .select(['attempts', 'max_attempts'])
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (!current) return null;
    const now = this.clock();
    const attempts = Number(current.attempts);
    const retry = !opts.permanent && attempts < Number(current.max_attempts);
    const r = await this.db.kysely
      .updateTable('jobs')
      .set(
        retry
          ? { status: 'queued', run_at: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(), locked_by: null, locked_until: null, last_error: error }
          : { status: 'failed', finished_at: now.toISOString(), locked_by: null, locked_until: null, last_error: error },
      )
      .where('id', '=', jobId)
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return null;
    return retry ? 'queued' : 'failed';
  }

  async get(jobId: string): Promise<Job | null> {
    const row = await this.db.kysely.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
    return row ? toJob(row) : null;
  }

  /** Jobs, newest first, optionally of one kind and status. */
  async list(filter: { kind?: string; status?: JobRow['status']; limit?: number } = {}): Promise<Job[]> {
    let q = this.db.kysely.selectFrom('jobs').selectAll();
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(filter.limit ?? 100).execute();
    return rows.map(toJob);
  }
}
