/**
 * Imports the item lists that ship with exportctl (`data/controllists/manifest.json`) for every
 * list that has no version yet, so classification and search work offline on first start. A list
 * an administrator has imported (e.g. the official full text) is never overwritten.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository } from '../../infra/db/repositories/itemListRepository.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { type ItemListImportOutcome, prepareItemList, writeItemList } from './importItemList.ts';

export const DEFAULT_ITEM_LIST_MANIFEST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/controllists/manifest.json');

const ManifestZ = z.object({ files: z.array(z.object({ list: z.string().min(1), path: z.string().min(1) })) });

export interface EnsureBundledItemListsInput {
  actor: AuditActor;
  at: Date;
  manifest?: string;
  /** Only these list ids (default: every list in the manifest). */
  only?: readonly string[];
}

export async function ensureBundledItemLists(db: Db, input: EnsureBundledItemListsInput): Promise<ItemListImportOutcome[]> {
  const manifestPath = input.manifest ?? DEFAULT_ITEM_LIST_MANIFEST;
  const parsed = ManifestZ.safeParse(JSON.parse(await readFile(manifestPath, 'utf8')));
  if (!parsed.success) throw invalidInput(parsed.error.issues[0]?.message ?? 'invalid manifest', { file: path.basename(manifestPath), field: parsed.error.issues[0]?.path.join('.') ?? '' });
  const repo = new ItemListRepository(db.kysely);
  const out: ItemListImportOutcome[] = [];
  for (const f of parsed.data.files) {
    if (input.only && !input.only.includes(f.list)) continue;
    if (await repo.currentVersion(f.list)) continue;
    const prepared = await prepareItemList(path.resolve(path.dirname(manifestPath), f.path), f.list, async () => undefined);
    const outcome = await db.kysely.transaction().execute(async (trx) => {
      // Checked again inside the transaction so two processes starting together import once.
      if (await new ItemListRepository(trx).currentVersion(f.list)) return undefined;
      return writeItemList(trx, prepared, input.actor, input.at);
    });
    if (outcome) out.push(outcome);
  }
  return out;
}
