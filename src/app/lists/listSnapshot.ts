/**
 * Turns a parsed list into what a stored version is made of: one content hash per entity, a
 * content hash for the whole version (independent of record and file order), counts per schema,
 * and the hash and size of every file it was read from.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';
import type { Party } from '../../domain/lists/party.ts';
import type { ListFileInfo, StoredEntity } from '../../infra/db/repositories/listRepository.ts';

export interface ListSnapshot {
  entities: StoredEntity[];
  contentHash: string;
  recordCount: number;
  counts: Record<string, number>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** JSON with object keys sorted and undefined members dropped. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}

export const entityHash = (p: Party): string => sha256(canonicalJson(p));

/** Builds the snapshot; fails naming the entity when two records share an id. */
export function snapshotOf(parties: readonly Party[], where: string): ListSnapshot {
  const seen = new Set<string>();
  const entities: StoredEntity[] = [];
  const counts: Record<string, number> = {};
  for (const party of parties) {
    if (seen.has(party.id)) throw invalidInput(`two records have the same id "${party.id}"`, { file: where });
    seen.add(party.id);
    entities.push({ entityId: party.id, contentHash: entityHash(party), party });
    counts[party.schema] = (counts[party.schema] ?? 0) + 1;
  }
  entities.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  const contentHash = sha256(entities.map((e) => `${e.entityId}\t${e.contentHash}\n`).join(''));
  return { entities, contentHash, recordCount: entities.length, counts };
}

/** Name, SHA-256 and size of each file. */
export async function describeFiles(files: readonly string[]): Promise<ListFileInfo[]> {
  const out: ListFileInfo[] = [];
  for (const f of files) {
    const data = await readFile(f);
    out.push({ name: path.basename(f), sha256: sha256(data), bytes: data.length });
  }
  return out;
}
