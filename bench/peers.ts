/**
 * Peer engines on the same data: minisearch (BM25 + fuzzy), fuse.js (Bitap) and PostgreSQL
 * pg_trgm (trigram similarity with a GIN index). Each returns ranked entity ids with a score.
 */
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import pg from 'pg';
import type { Party } from '../src/domain/lists/party.ts';

export interface PeerHit { entityId: string; score: number }
export interface Peer {
  name: string;
  /** Higher score = better for every peer (fuse.js scores are inverted to 1 − score). */
  search(query: string, limit: number): Promise<PeerHit[]>;
  close(): Promise<void>;
}

interface Doc { id: number; name: string; entity: string }

function docsOf(parties: Party[]): Doc[] {
  const docs: Doc[] = [];
  for (const p of parties) for (const n of p.names) docs.push({ id: docs.length, name: n.value, entity: p.id });
  return docs;
}

function bestPerEntity(hits: PeerHit[], limit: number): PeerHit[] {
  const seen = new Set<string>();
  const out: PeerHit[] = [];
  for (const h of hits) {
    if (seen.has(h.entityId)) continue;
    seen.add(h.entityId);
    out.push(h);
    if (out.length >= limit) break;
  }
  return out;
}

export function minisearchPeer(parties: Party[]): Peer {
  const docs = docsOf(parties);
  const ms = new MiniSearch<Doc>({ fields: ['name'], storeFields: ['entity'] });
  ms.addAll(docs);
  return {
    name: 'minisearch',
    async search(q, limit) {
      const res = ms.search(q, { fuzzy: 0.2, prefix: true });
      return bestPerEntity(res.slice(0, limit * 5).map((r) => ({ entityId: String(r.entity), score: r.score })), limit);
    },
    async close() {},
  };
}

export function fusePeer(parties: Party[]): Peer {
  const docs = docsOf(parties);
  const fuse = new Fuse(docs, { keys: ['name'], includeScore: true, threshold: 0.6, ignoreLocation: true });
  return {
    name: 'fuse.js',
    async search(q, limit) {
      const res = fuse.search(q, { limit: limit * 5 });
      return bestPerEntity(res.map((r) => ({ entityId: r.item.entity, score: 1 - (r.score ?? 1) })), limit);
    },
    async close() {},
  };
}

export async function pgTrgmPeer(parties: Party[], url: string, table: string): Promise<Peer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (id serial primary key, entity text not null, name text not null)`);
  const docs = docsOf(parties);
  for (let i = 0; i < docs.length; i += 2000) {
    const chunk = docs.slice(i, i + 2000);
    const params: string[] = [];
    const values = chunk.map((d, k) => {
      params.push(d.entity, d.name);
      return `($${2 * k + 1}, $${2 * k + 2})`;
    });
    await client.query(`INSERT INTO ${table} (entity, name) VALUES ${values.join(',')}`, params);
  }
  await client.query(`CREATE INDEX ${table}_trgm ON ${table} USING gin (name gin_trgm_ops)`);
  await client.query(`ANALYZE ${table}`);
  await client.query('SET pg_trgm.similarity_threshold = 0.2');
  return {
    name: 'pg_trgm',
    async search(q, limit) {
      const res = await client.query<{ entity: string; s: number }>(
        `SELECT entity, max(similarity(name, $1)) AS s FROM ${table} WHERE name % $1 GROUP BY entity ORDER BY s DESC LIMIT $2`,
        [q, limit],
      );
      return res.rows.map((r) => ({ entityId: r.entity, score: Number(r.s) }));
    },
    async close() {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
      await client.end();
    },
  };
}
