/**
 * Reads and writes party-list sources, versions and entities. Construct it over the database or
 * over a transaction (`new ListRepository(trx)`) so a version and all its entities are written in
 * one transaction.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type Party, PartyZ, primaryName } from '../../../domain/lists/party.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { ListVersionsTable } from '../tables/lists.ts';

export interface ListSourceRecord {
  id: string;
  title: string;
  format: string;
  urls: string[];
  createdAt: string;
}

export interface ListFileInfo {
  name: string;
  sha256: string;
  bytes: number;
}

export interface ListVersionRecord {
  id: string;
  sourceId: string;
  versionNo: number;
  contentHash: string;
  importedAt: string;
  publishedOn: string | null;
  snapshotDate: string | null;
  recordCount: number;
  /** Records per party schema. */
  counts: Record<string, number>;
  files: ListFileInfo[];
  warnings: string[];
  importedBy: string;
}

export interface StoredEntity {
  entityId: string;
  contentHash: string;
  party: Party;
}

/** Rows per multi-row insert: list_entities has 6 columns; SQLite allows 32,766 bound parameters. */
const ENTITY_BATCH = 2000;

export const versionId = (sourceId: string, versionNo: number): string => `${sourceId}@${versionNo}`;

export class ListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates the source row if it is absent; returns true when it was created. */
  async ensureSource(source: Omit<ListSourceRecord, 'createdAt'>, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('list_sources')
      .values({ id: source.id, title: source.title, format: source.format, urls: JSON.stringify(source.urls), created_at: at.toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Locks the source row until the transaction ends (a row lock on PostgreSQL, the write lock on
   * SQLite), so two imports of one source number their versions one after the other.
   */
  async lockSource(sourceId: string): Promise<void> {
    await this.db.updateTable('list_sources').set((eb) => ({ id: eb.ref('id') })).where('id', '=', sourceId).execute();
  }

  async sources(): Promise<ListSourceRecord[]> {
    const rows = await this.db.selectFrom('list_sources').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, title: r.title, format: r.format, urls: parseJson(r.urls, StringsZ, `list source ${r.id} urls`), createdAt: r.created_at }));
  }

  async hasAnyVersion(): Promise<boolean> {
    const row = await this.db.selectFrom('list_versions').select('id').limit(1).executeTakeFirst();
    return row !== undefined;
  }

  /** The highest-numbered version of the source, if any. */
  async currentVersion(sourceId: string): Promise<ListVersionRecord | undefined> {
    const row = await this.db.selectFrom('list_versions').selectAll().where('source_id', '=', sourceId).orderBy('version_no', 'desc').limit(1).executeTakeFirst();
    return row ? toVersion(row) : undefined;
  }

  async version(sourceId: string, versionNo: number): Promise<ListVersionRecord | undefined> {
    const row = await this.db.selectFrom('list_versions').selectAll().where('id', '=', versionId(sourceId, versionNo)).executeTakeFirst();
    return row ? toVersion(row) : undefined;
  }

  /** Every version, by source then version number (optionally of one source). */
  async versions(sourceId?: string): Promise<ListVersionRecord[]> {
    let q = this.db.selectFrom('list_versions').selectAll();
    if (sourceId !== undefined) q = q.where('source_id', '=', sourceId);
    const rows = await q.orderBy('source_id').orderBy('version_no').execute();
    return rows.map(toVersion);
  }

  /** The current version of every source (optionally only of the given sources). */
  async currentVersions(sourceIds?: readonly string[]): Promise<ListVersionRecord[]> {
    if (sourceIds !== undefined && sourceIds.length === 0) return [];
    let q = this.db
      .selectFrom('list_versions as v')
      .selectAll('v')
      .where('v.version_no', '=', (eb) => eb.selectFrom('list_versions as w').select((w) => w.fn.max('w.version_no').as('m')).whereRef('w.source_id', '=', 'v.source_id'));
    if (sourceIds !== undefined) q = q.where('v.source_id', 'in', [...sourceIds]);
    const rows = await q.orderBy('v.source_id').execute();
    return rows.map(toVersion);
  }

  async nextVersionNo(sourceId: string): Promise<number> {
    const row = await this.db.selectFrom('list_versions').select((eb) => eb.fn.max('version_no').as('m')).where('source_id', '=', sourceId).executeTakeFirst();
    const max = row?.m;
    return (max === null || max === undefined ? 0 : Number(max)) + 1;
  }

  /** Writes a version and its entities (call inside a transaction). */
  async insertVersion(v: ListVersionRecord, entities: readonly StoredEntity[]): Promise<void> {
    await this.db
      .insertInto('list_versions')
      .values({
        id: v.id,
        source_id: v.sourceId,
        version_no: v.versionNo,
        content_hash: v.contentHash,
        imported_at: v.importedAt,
        published_on: v.publishedOn,
        snapshot_date: v.snapshotDate,
        record_count: v.recordCount,
        counts_json: JSON.stringify(v.counts),
        files_json: JSON.stringify(v.files),
        warnings_json: JSON.stringify(v.warnings),
        imported_by: v.importedBy,
      })
      .execute();
    for (let i = 0; i < entities.length; i += ENTITY_BATCH) {
      const batch = entities.slice(i, i + ENTITY_BATCH).map((e) => ({
        version_id: v.id,
        entity_id: e.entityId,
        content_hash: e.contentHash,
        schema: e.party.schema,
        primary_name: primaryName(e.party),
        data: JSON.stringify(e.party),
      }));
      await this.db.insertInto('list_entities').values(batch).execute();
    }
  }

  /** The entities of a version, ordered by entity id. */
  async entities(versionIdValue: string): Promise<StoredEntity[]> {
    const rows = await this.db
      .selectFrom('list_entities')
      .select(['entity_id', 'content_hash', 'data'])
      .where('version_id', '=', versionIdValue)
      .orderBy('entity_id')
      .execute();
    return rows.map((r) => ({ entityId: r.entity_id, contentHash: r.content_hash, party: parseParty(r.data, versionIdValue, r.entity_id) }));
  }
}

function parseParty(data: string, version: string, entityId: string): Party {
  const parsed = PartyZ.safeParse(JSON.parse(data));
  if (!parsed.success) throw new AppError('INTERNAL', `stored entity ${entityId} of list version ${version} is not a valid party: ${parsed.error.message}`);
  return parsed.data;
}

const StringsZ = z.array(z.string());
const CountsZ = z.record(z.string(), z.number());
const FilesZ = z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() }));

function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new AppError('INTERNAL', `${what} holds unexpected JSON: ${parsed.error.message}`);
  return parsed.data;
}

function toVersion(r: ListVersionsTable): ListVersionRecord {
  return {
    id: r.id,
    sourceId: r.source_id,
    versionNo: Number(r.version_no),
    contentHash: r.content_hash,
    importedAt: r.imported_at,
    publishedOn: r.published_on,
    snapshotDate: r.snapshot_date,
    recordCount: Number(r.record_count),
    counts: parseJson(r.counts_json, CountsZ, `list version ${r.id} counts_json`),
    files: parseJson(r.files_json, FilesZ, `list version ${r.id} files_json`),
    warnings: parseJson(r.warnings_json, StringsZ, `list version ${r.id} warnings_json`),
    importedBy: r.imported_by,
  };
}
