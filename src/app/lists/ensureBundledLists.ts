/**
 * Loads the dated snapshot of the public lists that ships with exportctl (`data/lists/manifest.json`)
 * when the database holds no list version at all, so screening works offline on first start.
 * Does nothing once any list has been imported.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { LIST_FORMATS } from '../../domain/lists/sources.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { type ImportOutcome, importListIfEmpty } from './importList.ts';

export const DEFAULT_MANIFEST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/lists/manifest.json');

const ManifestEntryZ = z.object({
  source: z.string().min(1),
  format: z.enum(LIST_FORMATS),
  /** File or folder, relative to the manifest. */
  path: z.string().min(1),
  snapshotDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  origin: z.string(),
  licence: z.string(),
});
const ManifestZ = z.union([z.array(ManifestEntryZ), z.object({ entries: z.array(ManifestEntryZ) }).transform((m) => m.entries)]);
export type ManifestEntry = z.infer<typeof ManifestEntryZ>;

export interface EnsureBundledInput {
  actor: AuditActor;
  at: Date;
  manifestPath?: string;
}

export async function readManifest(manifestPath: string): Promise<ManifestEntry[] | undefined> {
  let text: string;
  try {
    text = await readFile(manifestPath, 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalidInput(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { file: manifestPath });
  }
  const parsed = ManifestZ.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(issue?.message ?? 'unexpected content', { file: manifestPath, field: issue?.path.join('.') ?? '' });
  }
  return parsed.data;
}

/** Imports every bundled list if no list version is stored; returns what was imported ([] otherwise). */
export async function ensureBundledLists(db: Db, input: EnsureBundledInput): Promise<ImportOutcome[]> {
  if (await new ListRepository(db.kysely).hasAnyVersion()) return [];
  const manifestPath = input.manifestPath ?? DEFAULT_MANIFEST;
  const entries = await readManifest(manifestPath);
  if (!entries || entries.length === 0) return [];
  const dir = path.dirname(manifestPath);
  return importListIfEmpty(db, {
    items: entries.map((e) => ({ paths: [path.resolve(dir, e.path)], sourceId: e.source, snapshotDate: e.snapshotDate })),
    actor: input.actor,
    at: input.at,
  });
}
