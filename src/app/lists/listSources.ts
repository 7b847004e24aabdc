/**
 * The sources exportctl holds or knows, each with its versions (oldest first), current version,
 * record counts and dates. Known sources that were never imported are listed with no versions.
 */
import { KNOWN_SOURCES } from '../../domain/lists/sources.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository, type ListVersionRecord } from '../../infra/db/repositories/listRepository.ts';

export interface SourceOverview {
  id: string;
  title: string;
  format: string;
  /** True when the source is in the built-in registry. */
  known: boolean;
  versions: ListVersionRecord[];
  current: ListVersionRecord | undefined;
}

export async function listSources(db: Db): Promise<SourceOverview[]> {
  const repo = new ListRepository(db.kysely);
  const [stored, versions] = await Promise.all([repo.sources(), repo.versions()]);
  const bySource = new Map<string, ListVersionRecord[]>();
  for (const v of versions) bySource.set(v.sourceId, [...(bySource.get(v.sourceId) ?? []), v]);
  const out: SourceOverview[] = stored.map((s) => {
    const vs = bySource.get(s.id) ?? [];
    return { id: s.id, title: s.title, format: s.format, known: KNOWN_SOURCES.some((k) => k.id === s.id), versions: vs, current: vs.at(-1) };
  });
  for (const k of KNOWN_SOURCES) {
    if (!out.some((o) => o.id === k.id)) out.push({ id: k.id, title: k.title, format: k.format, known: true, versions: [], current: undefined });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
