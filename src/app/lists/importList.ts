/**
 * Imports party-list files as new versions of their sources. Every file is parsed in full before
 * anything is written; then, in ONE transaction, each source whose content differs from its
 * current version gets a new version with all its entities and an audit event. Content identical
 * to the current version is a no-op (an `list.import_unchanged` audit event, no new version). A
 * malformed file fails the whole import with the file and line named and leaves the stored
 * versions untouched.
 */
import type { Kysely } from 'kysely';
import { invalidInput } from '../../domain/errors.ts';
import { findSource } from '../../domain/lists/sources.ts';
import type { Db } from '../../infra/db/connection.ts';
import { type ListFileInfo, type ListRepository as Repo, ListRepository, type ListVersionRecord, versionId } from '../../infra/db/repositories/listRepository.ts';
import type { Database } from '../../infra/db/schema.ts';
import type { ParsedList } from '../../infra/importers/types.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';
import { describeFiles, type ListSnapshot, snapshotOf } from './listSnapshot.ts';
import { readListFiles } from './readListFiles.ts';

export interface ImportItem {
  /** Files and/or folders holding one or more lists. */
  paths: string[];
  /** Source id for every list found in `paths` (overrides the recognised default). */
  sourceId?: string | undefined;
  /** Date of the bundled snapshot the files come from (YYYY-MM-DD). */
  snapshotDate?: string | undefined;
}

export interface ImportListInput {
  items: ImportItem[];
  actor: AuditActor;
  at: Date;
}

export interface ImportOutcome {
  sourceId: string;
  /** imported: a new version was stored; unchanged: same content as the current version. */
  status: 'imported' | 'unchanged';
  /** The source's current version after the import. */
  version: ListVersionRecord;
  /** The version that was current before, if any. */
  previous: ListVersionRecord | undefined;
}

interface Prepared {
  parsed: ParsedList;
  files: ListFileInfo[];
  snapshot: ListSnapshot;
  snapshotDate: string | undefined;
}

export async function importList(db: Db, input: ImportListInput): Promise<ImportOutcome[]> {
  const prepared = await prepare(input.items);
  return db.kysely.transaction().execute((trx) => writeAll(trx, prepared, input));
}

/**
 * Same as importList, but only when the database holds no list version at all (checked inside the
 * write transaction, so two processes starting together import once). Returns [] otherwise.
 */
export async function importListIfEmpty(db: Db, input: ImportListInput): Promise<ImportOutcome[]> {
  const prepared = await prepare(input.items);
  return db.kysely.transaction().execute(async (trx) => {
    if (await new ListRepository(trx).hasAnyVersion()) return [];
    return writeAll(trx, prepared, input);
  });
}

async function prepare(items: ImportItem[]): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (const item of items) {
    for (const { parsed, files } of await readListFiles(item.paths, item.sourceId)) {
      const clash = prepared.find((p) => p.parsed.sourceId === parsed.sourceId);
      if (clash) {
        throw invalidInput(`two list file sets are for source "${parsed.sourceId}" (${clash.files.map((f) => f.name).join(', ')} and ${files.join(', ')}); import them separately or give --source`, { file: files[0] ?? '' });
      }
      prepared.push({ parsed, files: await describeFiles(files), snapshot: snapshotOf(parsed.parties, files[0] ?? parsed.sourceId), snapshotDate: item.snapshotDate });
    }
  }
  return prepared;
}

async function writeAll(trx: Kysely<Database>, prepared: Prepared[], input: ImportListInput): Promise<ImportOutcome[]> {
  const repo = new ListRepository(trx);
  const out: ImportOutcome[] = [];
  for (const p of prepared) out.push(await writeOne(trx, repo, p, input));
  return out;
}

async function writeOne(trx: Kysely<Database>, repo: Repo, p: Prepared, input: ImportListInput): Promise<ImportOutcome> {
  const { actor, at } = input;
  const sourceId = p.parsed.sourceId;
  const known = findSource(sourceId);
  const created = await repo.ensureSource({ id: sourceId, title: known?.title ?? sourceId, format: p.parsed.format, urls: known?.urls ?? [] }, at);
  if (created) {
    await recordAudit(trx, { actor, organisationId: null, event: { type: 'list.source_registered', v: 1, sourceId }, objectType: 'list_source', objectId: sourceId }, at);
  }
  await repo.lockSource(sourceId);
  const previous = await repo.currentVersion(sourceId);
  if (previous && previous.contentHash === p.snapshot.contentHash) {
    await recordAudit(trx, { actor, organisationId: null, event: { type: 'list.import_unchanged', v: 1, sourceId, contentHash: p.snapshot.contentHash }, objectType: 'list_source', objectId: sourceId }, at);
    return { sourceId, status: 'unchanged', version: previous, previous };
  }
  const versionNo = await repo.nextVersionNo(sourceId);
  const files = p.files;
  const version: ListVersionRecord = {
    id: versionId(sourceId, versionNo),
    sourceId,
    versionNo,
    contentHash: p.snapshot.contentHash,
    importedAt: at.toISOString(),
    publishedOn: p.parsed.publishedOn ?? null,
    snapshotDate: p.snapshotDate ?? null,
    recordCount: p.snapshot.recordCount,
    counts: p.snapshot.counts,
    files,
    warnings: p.parsed.warnings,
    importedBy: actor.name,
  };
  await repo.insertVersion(version, p.snapshot.entities);
  await recordAudit(
    trx,
    {
      actor,
      organisationId: null,
      event: { type: 'list.imported', v: 1, sourceId, versionNo, contentHash: version.contentHash, recordCount: version.recordCount, files: files.map((f) => f.name) },
      objectType: 'list_version',
      objectId: version.id,
    },
    at,
  );
  return { sourceId, status: 'imported', version, previous };
}
