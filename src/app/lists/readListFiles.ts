/**
 * Reads list files into parsed lists, one per recognised file set, keeping the files each came
 * from. A file named explicitly must be a list file; files under a named folder that no importer
 * recognises are skipped.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';
import { parseListFiles, recogniseFiles } from '../../infra/importers/index.ts';
import type { ParsedList } from '../../infra/importers/types.ts';

export interface ReadList {
  parsed: ParsedList;
  files: string[];
}

export async function readListFiles(paths: readonly string[], sourceId?: string): Promise<ReadList[]> {
  if (paths.length === 0) throw invalidInput('no list file given');
  const sets = await recogniseFiles([...paths]);
  const covered = new Set(sets.flatMap((s) => s.files.map((f) => path.resolve(f))));
  for (const p of paths) {
    let isFile: boolean;
    try {
      isFile = (await stat(p)).isFile();
    } catch {
      throw invalidInput('no such file or folder', { file: p });
    }
    if (isFile && !covered.has(path.resolve(p))) throw invalidInput('not a list file of any known format', { file: p });
  }
  if (sets.length === 0) throw invalidInput(`no list file of a known format found in ${paths.join(', ')}`);
  if (sourceId !== undefined && sets.length > 1) {
    throw invalidInput(`--source ${sourceId} names one source but ${sets.length} lists were found (${sets.map((s) => s.sourceId).join(', ')})`);
  }
  const out: ReadList[] = [];
  for (const set of sets) {
    const parsed = await parseListFiles(set.files, sourceId ?? set.sourceId);
    for (const list of parsed) out.push({ parsed: list, files: set.files });
  }
  return out;
}
