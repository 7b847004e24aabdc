/**
 * Holds the in-memory screening index of the current version of every list, with the version
 * numbers and per-entity content hashes it was built from. Screening a name touches no database.
 * `reload()` rebuilds the index after an import and swaps it in atomically; requests in flight
 * finish on the snapshot they started with.
 */
import { buildScreeningIndex, type Hit, type ScreeningIndex, type ScreeningQuery, screen } from '../../domain/screening/screen.ts';
import type { Party } from '../../domain/lists/party.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';

export interface ScreeningSnapshot {
  index: ScreeningIndex;
  /** source id → version number screened against. */
  listVersions: Record<string, number>;
  /** entity id → content hash in that version. */
  entityHashes: ReadonlyMap<string, string>;
  /** Identifies the set of versions (`source@n,…`), to tell whether a reload is needed. */
  key: string;
  loadedAt: Date;
}

export class ScreeningService {
  private snapshot: ScreeningSnapshot | null = null;
  private pending: Promise<ScreeningSnapshot> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The loaded snapshot, loading it on first use. */
  async current(): Promise<ScreeningSnapshot> {
    return this.snapshot ?? this.pending ?? this.reload();
  }

  /** The loaded snapshot if there is one (for health checks and synchronous callers). */
  peek(): ScreeningSnapshot | null {
    return this.snapshot;
  }

  /** Rebuilds the index from the current list versions. Reloads requested together run in order. */
  reload(): Promise<ScreeningSnapshot> {
    const previous = this.pending ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(() => this.load())
      .then((s) => {
        this.snapshot = s;
        return s;
      })
      .finally(() => {
        if (this.pending === next) this.pending = null;
      });
    this.pending = next;
    return next;
  }

  /** Reloads only when the stored current versions differ from the loaded ones (e.g. another server imported). */
  async reloadIfChanged(): Promise<ScreeningSnapshot> {
    const versions = await new ListRepository(this.db.kysely).currentVersions();
    const key = versions.map((v) => v.id).join(',');
    if (this.snapshot && this.snapshot.key === key) return this.snapshot;
    return this.reload();
  }

  /** Screens one query against a snapshot (pure, in memory). */
  static screen(snapshot: ScreeningSnapshot, query: ScreeningQuery): Hit[] {
    return screen(snapshot.index, query);
  }

  private async load(): Promise<ScreeningSnapshot> {
    const repo = new ListRepository(this.db.kysely);
    const versions = await repo.currentVersions();
    const parties: Party[] = [];
    const hashes = new Map<string, string>();
    const listVersions: Record<string, number> = {};
    for (const v of versions) {
      listVersions[v.sourceId] = v.versionNo;
      for (const e of await repo.entities(v.id)) {
        parties.push(e.party);
        hashes.set(e.entityId, e.contentHash);
      }
    }
    return { index: buildScreeningIndex(parties), listVersions, entityHashes: hashes, key: versions.map((v) => v.id).join(','), loadedAt: this.clock() };
  }
}
