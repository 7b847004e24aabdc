/**
 * Runs queued jobs in-process: polls the queue, claims one due job at a time, renews its lease
 * while the handler works, and completes or fails it. `stop()` ends the loop after the running job
 * has finished, so a graceful shutdown never abandons work; an ungraceful one (a killed process)
 * leaves the job `running` with a lease that expires, and the next runner resumes it.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { JobHandler } from './jobHandler.ts';
import type { Job, JobQueue } from './jobQueue.ts';

export type JobOutcome =
  | { job: Job; status: 'done' }
  | { job: Job; status: 'queued' | 'failed'; error: string }
  /** Handed back unfinished because the runner was told to stop; it resumes from its saved progress. */
  | { job: Job; status: 'released' }
  | { job: Job; status: 'lost' };

export interface JobRunnerOptions {
  queue: JobQueue;
  handlers: readonly JobHandler[];
  workerId?: string;
  /** How long to sleep when no job is due (default 1 s). */
  pollMs?: number;
  /** Lease length; renewed every leaseMs / 3 while a job runs (default 60 s). */
  leaseMs?: number;
  /** Called after each job attempt (e.g. to write an audit event). Errors here are logged, not thrown. */
  onSettled?: (outcome: JobOutcome) => Promise<void> | void;
  log?: (level: 'info' | 'error', msg: string, data?: Record<string, unknown>) => void;
}

export const newWorkerId = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export class JobRunner {
  readonly workerId: string;
  private readonly handlers: Map<string, JobHandler>;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private current: AbortController | null = null;

  constructor(private readonly opts: JobRunnerOptions) {
    this.workerId = opts.workerId ?? newWorkerId();
    this.handlers = new Map(opts.handlers.map((h) => [h.kind, h]));
    this.pollMs = opts.pollMs ?? 1000;
    this.leaseMs = opts.leaseMs ?? 60_000;
  }

  get running(): boolean {
    return this.loop !== null;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Polls now instead of at the end of the current sleep (call after enqueueing). */
  wake(): void {
    this.wakeUp?.();
  }

  /**
   * Stops polling and resolves once the job in progress (if any) has settled. With `interrupt`, the
   * running job is asked to stop at its next step (via its abort signal) and handed back to the
   * queue, so a long re-screen does not hold up a shutdown; otherwise it runs to the end.
   */
  async stop(opts: { interrupt?: boolean } = {}): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    if (opts.interrupt) this.current?.abort(new Error('the job runner is stopping'));
    const loop = this.loop;
    if (loop) await loop;
    this.loop = null;
  }

  /** Claims and runs one due job; null when none was due. */
  async runOnce(): Promise<JobOutcome | null> {
    const job = await this.opts.queue.claim(this.workerId, [...this.handlers.keys()], this.leaseMs);
    if (!job) return null;
    const outcome = await this.execute(job);
    try {
      await this.opts.onSettled?.(outcome);
    } catch (e) {
      this.log('error', 'job settle hook failed', { jobId: job.id, error: (e as Error).message });
    }
    return outcome;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let outcome: JobOutcome | null = null;
      try {
        outcome = await this.runOnce();
      } catch (e) {
        this.log('error', 'job queue poll failed', { error: (e as Error).message });
      }
      if (outcome || this.stopping) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.pollMs);
        this.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private async execute(job: Job): Promise<JobOutcome> {
    const { queue } = this.opts;
    const handler = this.handlers.get(job.kind);
    const parsed = handler ? handler.parse(job.payload) : ({ ok: false, error: `no handler for job kind "${job.kind}"` } as const);
    if (!parsed.ok) {
      const status = await queue.fail(job.id, this.workerId, parsed.error, { permanent: true });
      return status ? { job, status, error: parsed.error } : { job, status: 'lost' };
    }
    const abort = new AbortController();
    this.current = abort;
    const heartbeat = setInterval(
      () => {
        queue.extendLease(job.id, this.workerId, this.leaseMs).then(
          (held) => {
            if (!held) abort.abort(new Error('job lease lost'));
          },
          (e: unknown) => this.log('error', 'job lease renewal failed', { jobId: job.id, error: (e as Error).message }),
        );
      },
      Math.max(10, Math.floor(this.leaseMs / 3)),
    );
    try {
      this.log('info', 'job started', { jobId: job.id, kind: job.kind, attempt: job.attempts });
      await parsed.run({
        job,
        workerId: this.workerId,
        signal: abort.signal,
        saveProgress: async (trx, progress) => {
          if (!(await queue.saveProgress(trx, job.id, this.workerId, progress))) throw new Error(`job ${job.id} was taken over by another worker`);
        },
      });
      clearInterval(heartbeat);
      const done = await queue.complete(job.id, this.workerId);
      this.log('info', done ? 'job done' : 'job lost before completion', { jobId: job.id, kind: job.kind });
      return done ? { job, status: 'done' } : { job, status: 'lost' };
    } catch (e) {
      clearInterval(heartbeat);
      if (this.stopping && abort.signal.aborted) {
        const released = await queue.release(job.id, this.workerId);
        this.log('info', released ? 'job handed back for another worker' : 'job lost while stopping', { jobId: job.id, kind: job.kind });
        return released ? { job, status: 'released' } : { job, status: 'lost' };
      }
      const error = e instanceof Error ? e.message : String(e);
      const status = await queue.fail(job.id, this.workerId, error);
      this.log('error', 'job attempt failed', { jobId: job.id, kind: job.kind, error, status });
      return status ? { job, status, error } : { job, status: 'lost' };
    } finally {
      this.current = null;
    }
  }

  private log(level: 'info' | 'error', msg: string, data?: Record<string, unknown>): void {
    this.opts.log?.(level, msg, data);
  }
}
