/** T1: OFAC SDN 2021-07-07 alias recall — primary names indexed, every alias queried. */
import { join } from 'node:path';
import { buildScreeningIndex, screen, DEFAULT_THRESHOLD, type ScreeningIndex } from '../src/domain/screening/screen.ts';
import type { Party } from '../src/domain/lists/party.ts';
import { LISTS, loadParties } from './data.ts';
import { r3 } from './t3.ts';

export interface AliasQuery { name: string; entityId: string; kind: string; schema: Party['schema'] }

export async function loadT1(): Promise<{ primaries: Party[]; queries: AliasQuery[]; weak: AliasQuery[] }> {
  const parties = await loadParties([join(LISTS, 'ofac_sdn_2021-07-07')]);
  const primaries = parties.map((p) => ({ ...p, names: p.names.filter((n) => n.kind === 'primary') }));
  const queries: AliasQuery[] = [];
  const weak: AliasQuery[] = [];
  for (const p of parties) {
    for (const n of p.names) {
      const q = { name: n.value, entityId: p.id, kind: n.kind === 'former' ? 'fka' : n.kind === 'alias' ? 'aka/nka' : n.kind, schema: p.schema };
      if (n.kind === 'alias' || n.kind === 'former') queries.push(q);
      else if (n.kind === 'weak') weak.push(q);
    }
  }
  return { primaries, queries, weak };
}

interface Tally { n: number; at1: number; at10: number; atDefault: number }
const tally = (): Tally => ({ n: 0, at1: 0, at10: 0, atDefault: 0 });
const rates = (t: Tally) => ({ n: t.n, recallAt1: r3(t.at1 / t.n), recallAt10: r3(t.at10 / t.n), recallAtDefault: r3(t.atDefault / t.n) });

export function evalRecall(index: ScreeningIndex, queries: AliasQuery[]): { all: ReturnType<typeof rates>; byKind: Record<string, ReturnType<typeof rates>>; bySchema: Record<string, ReturnType<typeof rates>>; qps: number; misses: string[] } {
  const all = tally();
  const byKind: Record<string, Tally> = {};
  const bySchema: Record<string, Tally> = {};
  const misses: string[] = [];
  const t0 = performance.now();
  for (const q of queries) {
    const hits = screen(index, { name: q.name, threshold: 0.3, limit: 10 });
    const rank = hits.findIndex((h) => h.entityId === q.entityId);
    const atDefault = rank >= 0 && (hits[rank]?.score ?? 0) >= DEFAULT_THRESHOLD;
    for (const t of [all, (byKind[q.kind] ??= tally()), (bySchema[q.schema] ??= tally())]) {
      t.n++;
      if (rank === 0) t.at1++;
      if (rank >= 0) t.at10++;
      if (atDefault) t.atDefault++;
    }
    if (rank !== 0 && misses.length < 4000) misses.push(`${rank} | ${q.name} | ${index.get(q.entityId)?.names[0]?.value} | top: ${hits[0]?.name ?? '-'} ${hits[0]?.score ?? ''}`);
  }
  const secs = (performance.now() - t0) / 1000;
  const map = (o: Record<string, Tally>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, rates(v)]));
  return { all: rates(all), byKind: map(byKind), bySchema: map(bySchema), qps: Math.round(queries.length / secs), misses };
}

export async function runT1(): Promise<Record<string, unknown>> {
  const { primaries, queries, weak } = await loadT1();
  const index = buildScreeningIndex(primaries);
  const main = evalRecall(index, queries);
  const weakRes = evalRecall(index, weak);
  return { entities: primaries.length, queries: queries.length, ...main, misses: undefined, sampleMisses: main.misses.slice(0, 30), weakFromRemarks: { ...weakRes.all } };
}
