/** Data loading for the screening benchmark: bundled lists through the importers, eval CSVs. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseListFiles } from '../src/infra/importers/index.ts';
import type { Party } from '../src/domain/lists/party.ts';

export const SHARED = resolve(import.meta.dirname, '../../shared/data');
export const LISTS = join(SHARED, 'lists');
export const EVAL = join(SHARED, 'eval');

/** List folders left out of "all bundled lists": the dated OFAC sets used for T1 / re-screening and the FtM samples. */
const EXCLUDED = new Set(['ofac_sdn_2021-07-07', 'ofac_sdn_2025-12-24', 'opensanctions_ftm']);

export function bundledListFolders(): string[] {
  const manifest = resolve(import.meta.dirname, '../data/lists/manifest.json');
  void existsSync(manifest);
  return readdirSync(LISTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !EXCLUDED.has(d.name))
    .map((d) => join(LISTS, d.name))
    .sort();
}

/** Folders (or files) whose import failed in the last load, with the importer's message. */
export const loadFailures: string[] = [];

/** Parses each path with the importers; a path that fails is reported and skipped. */
export async function loadParties(paths: string[]): Promise<Party[]> {
  const out: Party[] = [];
  for (const p of paths) {
    try {
      for (const l of await parseListFiles([p])) out.push(...l.parties);
    } catch (e) {
      const msg = `${p}: ${e instanceof Error ? e.message : String(e)}`;
      loadFailures.push(msg);
      console.error(`WARNING: list not loaded — ${msg}`);
    }
  }
  return out;
}

export function readCsv(path: string, columns: true | string[] = true): Array<Record<string, string>> {
  const text = readFileSync(path, 'utf8');
  return parse(text, { columns, skip_empty_lines: true, comment: '#', relax_column_count: true, trim: true }) as Array<Record<string, string>>;
}

/** Deterministic split of rows into a tuning half and a held-out half (by a string hash of the row key). */
export function isHeldOut(key: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) & 1) === 1;
}
