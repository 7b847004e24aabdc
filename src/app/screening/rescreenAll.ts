/**
 * The `rescreen` job: re-screens every stored counterparty of every organisation against the
 * current lists, in chunks of one transaction each. Each chunk commits its runs, alerts and the
 * job's cursor together, so a job resumed after its worker died continues after the last committed
 * chunk, and alert planning makes even a repeated chunk raise nothing twice.
 */
import { z } from 'zod';
import type { Db } from '../../infra/db/connection.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import { defineJob, type JobHandler } from '../../infra/jobs/jobHandler.ts';
import { SYSTEM_ACTOR } from '../audit/recordAudit.ts';
import { recordScreening } from './recordScreening.ts';
import type { ScreeningService } from './screeningService.ts';

export const RESCREEN_JOB = 'rescreen';

export const RescreenPayloadZ = z.strictObject({
  /** The list versions whose import asked for this re-screen (source id → version number). */
  listVersions: z.record(z.string(), z.number().int()),
});
export type RescreenPayload = z.infer<typeof RescreenPayloadZ>;

const ProgressZ = z.object({ after: z.string(), screened: z.number().int(), raised: z.number().int() });
export type RescreenProgress = z.infer<typeof ProgressZ>;

export interface RescreenDeps {
  db: Db;
  service: ScreeningService;
  clock: () => Date;
  /** Counterparties per transaction (default 100). */
  chunkSize?: number;
  /** Called after each committed chunk (progress reporting, tests). */
  onChunk?: (progress: RescreenProgress) => Promise<void> | void;
}

export function rescreenJob(deps: RescreenDeps): JobHandler {
  const chunkSize = deps.chunkSize ?? 100;
  return defineJob({
    kind: RESCREEN_JOB,
    payload: RescreenPayloadZ,
    async handle(_payload, ctx) {
      const snapshot = await deps.service.reloadIfChanged();
      const saved = ProgressZ.safeParse(ctx.job.progress);
      let progress: RescreenProgress = saved.success ? saved.data : { after: '', screened: 0, raised: 0 };
      for (;;) {
        if (ctx.signal.aborted) throw ctx.signal.reason instanceof Error ? ctx.signal.reason : new Error('re-screen stopped');
        const batch = await new CounterpartyRepository(deps.db.kysely).allAfter(progress.after, chunkSize);
        if (batch.length === 0) return;
        const at = deps.clock();
        progress = await deps.db.kysely.transaction().execute(async (trx) => {
          let raised = 0;
          const repo = new CounterpartyRepository(trx);
          for (const stale of batch) {
            // Re-read inside the transaction: the counterparty may have changed since the page was read.
            const cp = await repo.get(stale.organisationId, stale.id);
            if (cp) raised += (await recordScreening(trx, snapshot, cp, SYSTEM_ACTOR, at)).raised.length;
          }
          const last = batch[batch.length - 1];
          const next: RescreenProgress = { after: last ? last.id : progress.after, screened: progress.screened + batch.length, raised: progress.raised + raised };
          await ctx.saveProgress(trx, next);
          return next;
        });
        await deps.onChunk?.(progress);
      }
    },
  });
}
