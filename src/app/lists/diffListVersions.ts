/**
 * Compares two stored versions of a source: by default the previous version against the current
 * one.
 */
import { AppError, invalidInput, notFound } from '../../domain/errors.ts';
import { diffParties, type ListDiff } from '../../domain/lists/diff.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository, type ListVersionRecord } from '../../infra/db/repositories/listRepository.ts';

export interface VersionDiff {
  sourceId: string;
  from: ListVersionRecord;
  to: ListVersionRecord;
  diff: ListDiff;
}

export async function diffListVersions(db: Db, sourceId: string, fromNo?: number, toNo?: number): Promise<VersionDiff> {
  if ((fromNo === undefined) !== (toNo === undefined)) throw invalidInput('give both version numbers, or none to compare the previous version with the current one');
  const repo = new ListRepository(db.kysely);
  const versions = await repo.versions(sourceId);
  if (versions.length === 0) throw notFound(`list source "${sourceId}" (no version imported)`);
  let from: ListVersionRecord | undefined;
  let to: ListVersionRecord | undefined;
  if (fromNo === undefined || toNo === undefined) {
    if (versions.length < 2) throw new AppError('NOT_FOUND', `list source "${sourceId}" has only one version (${versions[0]?.versionNo}); there is no previous version to compare with`);
    from = versions.at(-2);
    to = versions.at(-1);
  } else {
    from = versions.find((v) => v.versionNo === fromNo);
    to = versions.find((v) => v.versionNo === toNo);
    const have = versions.map((v) => v.versionNo).join(', ');
    if (!from) throw new AppError('NOT_FOUND', `list source "${sourceId}" has no version ${fromNo} (versions: ${have})`);
    if (!to) throw new AppError('NOT_FOUND', `list source "${sourceId}" has no version ${toNo} (versions: ${have})`);
  }
  if (!from || !to) throw new AppError('INTERNAL', 'version lookup failed');
  const [before, after] = await Promise.all([repo.entities(from.id), repo.entities(to.id)]);
  return { sourceId, from, to, diff: diffParties(before.map((e) => e.party), after.map((e) => e.party)) };
}
