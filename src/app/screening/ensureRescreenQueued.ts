/**
 * Makes sure the stored counterparties get re-screened against the current list versions: queues a
 * `rescreen` job unless one for exactly these versions already exists (queued, running or
 * finished). Called after every import and when the server starts, so a list imported from the
 * command line, or an import whose server stopped before queueing, is still re-screened.
 */
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';
import type { Job, JobQueue } from '../../infra/jobs/jobQueue.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';
import { RESCREEN_JOB, type RescreenPayload } from './rescreenAll.ts';

export async function ensureRescreenQueued(db: Db, queue: JobQueue, actor: AuditActor, at: Date): Promise<Job | null> {
  const versions = await new ListRepository(db.kysely).currentVersions();
  if (versions.length === 0) return null;
  const listVersions: Record<string, number> = {};
  for (const v of [...versions].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1))) listVersions[v.sourceId] = v.versionNo;
  const payload: RescreenPayload = { listVersions };
  if (await queue.findByPayload(RESCREEN_JOB, payload)) return null;
  return db.kysely.transaction().execute(async (trx) => {
    const job = await queue.enqueue(trx, { kind: RESCREEN_JOB, payload, maxAttempts: 10 });
    await recordAudit(trx, { actor, organisationId: null, event: { type: 'job.enqueued', v: 1, jobId: job.id, kind: job.kind }, objectType: 'job', objectId: job.id }, at);
    return job;
  });
}
