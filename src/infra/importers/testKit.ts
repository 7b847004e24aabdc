/** Test helpers for the importers: fixture paths, full-data paths, corrupt copies. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PartyZ, type Party } from '../../domain/lists/party.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixture = (...p: string[]): string => path.join(here, 'fixtures', ...p);
/** The shared real list data (read-only), relative to the repository. */
export const realData = (...p: string[]): string => path.resolve(here, '../../../../shared/data/lists', ...p);
export const hasReal = (...p: string[]): boolean => existsSync(realData(...p));

/** Throws with the first invalid party, so a failing test names it. */
export function assertValidParties(parties: Party[]): void {
  for (const p of parties) {
    const r = PartyZ.safeParse(p);
    if (!r.success) throw new Error(`${p.id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}

/** Copies a fixture file or folder to a temp dir, applying `edit` to one file of it. */
export async function corruptCopy(src: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exportctl-import-'));
  const dst = path.join(dir, path.basename(src));
  await cp(src, dst, { recursive: true });
  const target = existsSync(path.join(dst, file)) ? path.join(dst, file) : dst;
  await writeFile(target, edit(await readFile(target, 'utf8')));
  return dst;
}

export const countBy = <T>(xs: readonly T[], key: (x: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};
