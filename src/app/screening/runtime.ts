/**
 * The screening-records machinery of one server process: the in-memory screening index, the job
 * queue and the in-process job runner with the `rescreen` handler. One per database handle.
 * The runner is started by `startBackground` (the `serve` command), not by building the server,
 * so tests drive jobs themselves.
 */
import type { Db } from '../../infra/db/connection.ts';
import { JobQueue } from '../../infra/jobs/jobQueue.ts';
import { type JobOutcome, JobRunner } from '../../infra/jobs/jobRunner.ts';
import { SYSTEM_ACTOR, recordAudit } from '../audit/recordAudit.ts';
import { ensureRescreenQueued } from './ensureRescreenQueued.ts';
import { rescreenJob } from './rescreenAll.ts';
import { ScreeningService } from './screeningService.ts';

export interface ScreeningRuntime {
  service: ScreeningService;
  queue: JobQueue;
  runner: JobRunner;
  /**
   * Queues a re-screen if the lists changed since the last one, starts the job runner, and checks
   * again every `checkEveryMs` (lists imported from the command line or by another server).
   */
  startBackground(opts?: { checkEveryMs?: number; log?: Logger }): Promise<void>;
  /** Stops the periodic check and the runner; a running re-screen is handed back after its current chunk. */
  stopBackground(): Promise<void>;
}

type Logger = (level: 'info' | 'error', msg: string, data?: Record<string, unknown>) => void;

export interface RuntimeOptions {
  clock?: () => Date;
  /** Job runner settings (tests use short leases and polls). */
  leaseMs?: number;
  pollMs?: number;
  workerId?: string;
  chunkSize?: number;
  log?: Logger;
}

const runtimes = new WeakMap<Db, ScreeningRuntime>();

/** Writes job.completed / job.failed to the audit trail after each attempt. */
async function auditOutcome(db: Db, outcome: JobOutcome, at: Date): Promise<void> {
  if (outcome.status !== 'done' && outcome.status !== 'failed') return;
  const { job } = outcome;
  const event =
    outcome.status === 'done' ? ({ type: 'job.completed', v: 1, jobId: job.id, kind: job.kind } as const) : ({ type: 'job.failed', v: 1, jobId: job.id, kind: job.kind, error: outcome.error } as const);
  await db.kysely.transaction().execute((trx) => recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event, objectType: 'job', objectId: job.id }, at));
}

export function createScreeningRuntime(db: Db, opts: RuntimeOptions = {}): ScreeningRuntime {
  const clock = opts.clock ?? (() => new Date());
  let log = opts.log;
  const service = new ScreeningService(db, clock);
  const queue = new JobQueue(db, clock);
  const runner = new JobRunner({
    queue,
    handlers: [rescreenJob({ db, service, clock, ...(opts.chunkSize ? { chunkSize: opts.chunkSize } : {}) })],
    ...(opts.workerId ? { workerId: opts.workerId } : {}),
    pollMs: opts.pollMs ?? 1000,
    leaseMs: opts.leaseMs ?? 60_000,
    onSettled: (o) => auditOutcome(db, o, clock()),
    log: (level, msg, data) => log?.(level, msg, data),
  });
  let timer: NodeJS.Timeout | null = null;
  const check = async () => {
    try {
      if (await ensureRescreenQueued(db, queue, SYSTEM_ACTOR, clock())) runner.wake();
    } catch (e) {
      log?.('error', 're-screen check failed', { error: (e as Error).message });
    }
  };
  return {
    service,
    queue,
    runner,
    async startBackground(o = {}) {
      if (o.log) log = o.log;
      // Build the screening index now rather than on the first screening request.
      await service.current().catch((e: unknown) => log?.('error', 'loading the screening index failed', { error: (e as Error).message }));
      await check();
      runner.start();
      if (timer) clearInterval(timer);
      timer = setInterval(() => void check(), o.checkEveryMs ?? 60_000);
      timer.unref();
    },
    async stopBackground() {
      if (timer) clearInterval(timer);
      timer = null;
      await runner.stop({ interrupt: true });
    },
  };
}

/** The runtime of a database handle, created on first use. */
export function screeningRuntime(db: Db, opts: RuntimeOptions = {}): ScreeningRuntime {
  let r = runtimes.get(db);
  if (!r) {
    r = createScreeningRuntime(db, opts);
    runtimes.set(db, r);
  }
  return r;
}
