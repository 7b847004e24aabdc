/**
 * A job kind: its name, the zod schema of its payload and the function that does the work.
 * `defineJob` erases the payload type so handlers of different kinds fit in one registry; the
 * payload is parsed with the schema before the handler sees it.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Job } from './jobQueue.ts';

export interface JobContext {
  job: Job;
  workerId: string;
  /** Aborted when the worker loses the job's lease or is told to stop without waiting. */
  signal: AbortSignal;
  /**
   * Saves progress (e.g. a cursor) inside the transaction of the step it covers; throws, so the
   * step rolls back, when this worker has lost the job to another. A resumed job finds the last
   * committed progress in `job.progress`.
   */
  saveProgress(trx: Kysely<Database>, progress: unknown): Promise<void>;
}

export interface JobDefinition<S extends z.ZodType> {
  kind: string;
  payload: S;
  handle(payload: z.infer<S>, ctx: JobContext): Promise<void>;
}

export interface JobHandler {
  kind: string;
  /** Parses the raw payload; the error message names the bad field. */
  parse(raw: unknown): { ok: true; run: (ctx: JobContext) => Promise<void> } | { ok: false; error: string };
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobHandler {
  return {
    kind: def.kind,
    parse(raw) {
      const r = def.payload.safeParse(raw);
      if (!r.success) {
        const issue = r.error.issues[0];
        const where = issue && issue.path.length > 0 ? `payload.${issue.path.join('.')}` : 'payload';
        return { ok: false, error: `invalid ${def.kind} job ${where}: ${issue?.message ?? 'does not match its schema'}` };
      }
      const payload = r.data;
      return { ok: true, run: (ctx) => def.handle(payload, ctx) };
    },
  };
}
