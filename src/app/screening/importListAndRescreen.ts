/**
 * Imports list files (see `importList`) and, when any source got a new version, queues the
 * background re-screen of every stored counterparty and reloads the in-memory screening index.
 *
 * The re-screen is queued right after the import's transaction commits. Should the process die in
 * between, nothing is lost: `ensureRescreenQueued` also runs when the server starts and every
 * minute, and queues the re-screen for any list versions that have none yet.
 */
import type { Db } from '../../infra/db/connection.ts';
import type { Job, JobQueue } from '../../infra/jobs/jobQueue.ts';
import { type ImportListInput, type ImportOutcome, importList } from '../lists/importList.ts';
import { ensureRescreenQueued } from './ensureRescreenQueued.ts';
import type { ScreeningService } from './screeningService.ts';

export interface ImportAndRescreenResult {
  outcomes: ImportOutcome[];
  /** The queued re-screen, when the import changed a list. */
  job: Job | null;
}

export async function importListAndRescreen(db: Db, deps: { queue: JobQueue; service: ScreeningService }, input: ImportListInput): Promise<ImportAndRescreenResult> {
  const outcomes = await importList(db, input);
  if (!outcomes.some((o) => o.status === 'imported')) return { outcomes, job: null };
  await deps.service.reload();
  const job = await ensureRescreenQueued(db, deps.queue, input.actor, input.at);
  return { outcomes, job };
}
