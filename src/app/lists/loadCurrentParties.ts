/** All parties of the current version of each source (optionally only of the given sources). */
import { AppError } from '../../domain/errors.ts';
import type { Party } from '../../domain/lists/party.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository, type ListVersionRecord } from '../../infra/db/repositories/listRepository.ts';

export interface CurrentParties {
  parties: Party[];
  /** The versions the parties come from. */
  versions: ListVersionRecord[];
}

export async function loadCurrentParties(db: Db, sourceIds?: readonly string[]): Promise<CurrentParties> {
  const repo = new ListRepository(db.kysely);
  const versions = await repo.currentVersions(sourceIds);
  if (sourceIds !== undefined) {
    const missing = sourceIds.filter((id) => !versions.some((v) => v.sourceId === id));
    if (missing.length > 0) {
      const have = (await repo.currentVersions()).map((v) => v.sourceId);
      throw new AppError('NOT_FOUND', `no imported list for source ${missing.map((m) => `"${m}"`).join(', ')} (imported: ${have.join(', ') || 'none'})`);
    }
  }
  const parties: Party[] = [];
  for (const v of versions) for (const e of await repo.entities(v.id)) parties.push(e.party);
  return { parties, versions };
}
