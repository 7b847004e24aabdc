/**
 * The screening benchmark: `npm run bench:screening [-- --only T1,T3] [--t2-sample N]`.
 * Tasks: T1 alias recall (OFAC 2021), T2 false alerts (clean names vs all bundled lists), T3
 * nomenklatura name_bench pairs, T4 cross-script recall, SPEED (index, latency, batch), PEERS
 * (minisearch, fuse.js, pg_trgm on T1 and T2 samples). Prints tables and merges the results into
 * bench/results/screening.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { buildScreeningIndex, screen, DEFAULT_THRESHOLD } from '../src/domain/screening/screen.ts';
import type { Party } from '../src/domain/lists/party.ts';
import { bundledListFolders, loadFailures, loadParties } from './data.ts';
import { r3, runT3 } from './t3.ts';
import { evalRecall, loadT1, runT1, type AliasQuery } from './t1.ts';
import { loadNegatives, runT2 } from './t2.ts';
import { runT4 } from './t4.ts';
import { runSpeed } from './speed.ts';
import { fusePeer, minisearchPeer, pgTrgmPeer, type Peer } from './peers.ts';

const TASKS = ['T1', 'T2', 'T3', 'T4', 'SPEED', 'PEERS'] as const;
type Task = (typeof TASKS)[number];

function args(): { only: Set<Task>; t2Sample?: number; peerT1Sample: number; peerT2Sample: number; pgUrl: string } {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = get('--only');
  const chosen = only === undefined ? [...TASKS] : only.split(',').map((s) => s.trim().toUpperCase());
  for (const t of chosen) if (!(TASKS as readonly string[]).includes(t)) throw new Error(`unknown task ${t}; known: ${TASKS.join(', ')}`);
  const num = (flag: string) => {
    const v = get(flag);
    return v === undefined ? undefined : Number(v);
  };
  return {
    only: new Set(chosen as Task[]),
    t2Sample: num('--t2-sample'),
    peerT1Sample: num('--peer-t1-sample') ?? 2000,
    peerT2Sample: num('--peer-t2-sample') ?? 500,
    pgUrl: get('--pg') ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  };
}

const RESULTS = resolve(import.meta.dirname, 'results/screening.json');
const fmt = (x: unknown) => (typeof x === 'number' ? (Number.isInteger(x) ? String(x) : x.toFixed(3)) : String(x));
function table(title: string, header: string[], rows: unknown[][]): void {
  const cells = [header, ...rows.map((r) => r.map(fmt))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  console.log(`\n${title}`);
  cells.forEach((r, k) => {
    console.log(r.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  '));
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

let allParties: Party[] | null = null;
async function all(): Promise<Party[]> {
  if (allParties === null) {
    const t = performance.now();
    allParties = await loadParties(bundledListFolders());
    console.log(`loaded ${allParties.length} parties from ${bundledListFolders().length} list folders in ${Math.round(performance.now() - t)} ms`);
  }
  return allParties;
}

/** Every k-th element, for deterministic samples. */
const every = <T>(xs: T[], n: number): T[] => (xs.length <= n ? xs : xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0));

async function peers(opts: ReturnType<typeof args>): Promise<Record<string, unknown>> {
  const { primaries, queries } = await loadT1();
  const t1 = every(queries, opts.peerT1Sample);
  const negatives = every(loadNegatives().global, opts.peerT2Sample);
  const parties = await all();
  const out: Record<string, unknown> = {};

  // exportctl on the same samples
  const ours = buildScreeningIndex(primaries);
  const our = evalRecall(ours, t1);
  const oursAll = buildScreeningIndex(parties);
  let ourFa = 0;
  const tf = performance.now();
  for (const n of negatives) if (screen(oursAll, { name: n, limit: 1 }).length > 0) ourFa++;
  const ourT2Qps = negatives.length / ((performance.now() - tf) / 1000);
  out.exportctl = { t1: { n: t1.length, recallAt1: our.all.recallAt1, recallAt10: our.all.recallAt10, recallAtDefault: our.all.recallAtDefault, qps: our.qps }, t2: { n: negatives.length, share: r3(ourFa / negatives.length), qps: Math.round(ourT2Qps) } };

  const makers: Array<[string, (ps: Party[], tag: string) => Promise<Peer>]> = [
    ['minisearch', async (ps) => minisearchPeer(ps)],
    ['fuse.js', async (ps) => fusePeer(ps)],
    ['pg_trgm', async (ps, tag) => pgTrgmPeer(ps, opts.pgUrl, `bench_screening_trgm_${tag}`)],
  ];
  for (const [name, make] of makers) {
    try {
      const peerT1 = await make(primaries, 't1');
      let at1 = 0;
      let at10 = 0;
      const correctTop: number[] = [];
      const t0 = performance.now();
      for (const q of t1 as AliasQuery[]) {
        const hits = await peerT1.search(q.name, 10);
        const rank = hits.findIndex((h) => h.entityId === q.entityId);
        if (rank === 0) {
          at1++;
          correctTop.push(hits[0]?.score ?? 0);
        }
        if (rank >= 0) at10++;
      }
      const t1Qps = t1.length / ((performance.now() - t0) / 1000);
      await peerT1.close();
      // Threshold at which the peer's recall (correct top-1 at or above it) equals exportctl's recall at its default threshold.
      correctTop.sort((a, b) => b - a);
      const k = Math.max(1, Math.round(our.all.recallAtDefault * t1.length));
      const thr = correctTop[Math.min(correctTop.length, k) - 1] ?? 0;
      const peerAll = await make(parties, 'all');
      let fa = 0;
      const t2 = performance.now();
      for (const n of negatives) {
        const hits = await peerAll.search(n, 1);
        if ((hits[0]?.score ?? -Infinity) >= thr) fa++;
      }
      const t2Qps = negatives.length / ((performance.now() - t2) / 1000);
      await peerAll.close();
      out[name] = {
        t1: { n: t1.length, recallAt1: r3(at1 / t1.length), recallAt10: r3(at10 / t1.length), qps: Math.round(t1Qps) },
        t2: { n: negatives.length, equalRecallThreshold: r3(thr), reachesOurRecall: correctTop.length >= k, share: r3(fa / negatives.length), qps: Math.round(t2Qps) },
      };
    } catch (e) {
      out[name] = { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return out;
}

/** Results are saved after every task, so a long run that is stopped keeps what it measured. */
function save(results: Record<string, unknown>): void {
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  const opts = args();
  const results: Record<string, unknown> = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const stamp = { defaultThreshold: DEFAULT_THRESHOLD, node: process.version, loadAverage: loadavg().map((x) => Math.round(x * 10) / 10), listLoadFailures: loadFailures };

  if (opts.only.has('T3')) {
    const r = runT3() as { all: Record<string, number>; tune: Record<string, number>; heldOut: Record<string, number>; groups: Record<string, Record<string, number>>; nonAscii: Record<string, number>; sweep: Record<string, Record<string, number>> };
    results.T3 = { ...r, ...stamp };
    save(results);
    const row = (name: string, p: Record<string, number>) => [name, p.tp, p.fp, p.fn, p.tn, p.precision, p.recall, p.f1];
    table(`T3 nomenklatura name_bench @ ${DEFAULT_THRESHOLD}`, ['set', 'TP', 'FP', 'FN', 'TN', 'P', 'R', 'F1'], [
      row('all', r.all), row('tuning half', r.tune), row('held-out half', r.heldOut), row('non-ASCII', r.nonAscii),
      ...Object.entries(r.groups).map(([g, p]) => row(`  ${g}`, p)),
      ['logic-v2 (frozen @0.70)', '', '', '', '', 0.762, 0.821, 0.79],
    ]);
    table('T3 threshold sweep', ['threshold', 'P', 'R', 'F1'], Object.entries(r.sweep).map(([t, p]) => [t, p.precision, p.recall, p.f1]));
  }
  if (opts.only.has('T1')) {
    const r = (await runT1()) as { all: Record<string, number>; byKind: Record<string, Record<string, number>>; bySchema: Record<string, Record<string, number>>; weakFromRemarks: Record<string, number>; qps: number };
    results.T1 = { ...r, ...stamp };
    save(results);
    const row = (name: string, p: Record<string, number>) => [name, p.n, p.recallAt1, p.recallAt10, p.recallAtDefault];
    table('T1 OFAC 2021 alias recall (primary names indexed)', ['aliases', 'n', 'R@1', 'R@10', `R@${DEFAULT_THRESHOLD}`], [
      row('all (alt.csv)', r.all),
      ...Object.entries(r.byKind).map(([k, p]) => row(`  ${k}`, p)),
      ...Object.entries(r.bySchema).map(([k, p]) => row(`  ${k}`, p)),
      row('weak a.k.a. from remarks', r.weakFromRemarks),
    ]);
  }
  if (opts.only.has('T2')) {
    const parties = await all();
    const index = buildScreeningIndex(parties);
    const r = runT2(index, opts.t2Sample) as { negativesGlobal: { n: number; withHit: number; share: number; per1000: number; examples: string[] }; usCongress: { n: number; withHit: number; share: number; per1000: number; examples: string[] }; all: { n: number; withHit: number; share: number } };
    results.T2 = { ...r, ...stamp };
    save(results);
    table(`T2 false alerts vs all bundled lists (${index.size} parties) @ ${DEFAULT_THRESHOLD}`, ['queries', 'n', 'with hit', 'share', 'per 1,000'], [
      ['negatives_global', r.negativesGlobal.n, r.negativesGlobal.withHit, r.negativesGlobal.share, r.negativesGlobal.per1000],
      [`US Congress (minus ${(r.usCongress as { actuallyListed?: number }).actuallyListed ?? 0} actually on the China list)`, r.usCongress.n, r.usCongress.withHit, r.usCongress.share, r.usCongress.per1000],
      ['all', r.all.n, r.all.withHit, r.all.share, r.all.share * 1000],
    ]);
    for (const e of [...r.negativesGlobal.examples.slice(0, 5), ...r.usCongress.examples.slice(0, 5)]) console.log(`  e.g. ${e}`);
  }
  if (opts.only.has('T4')) {
    const r = runT4(await all()) as { chinese: { cases: number; bundled: Record<string, Record<string, number>>; strict: Record<string, Record<string, number>> }; cyrillic: { cases: number; bundled: Record<string, Record<string, number>>; strict: Record<string, Record<string, number>> }; watchmanPairs: { n: number; top1: number; atDefault: number; rows: Array<{ query: string; expected: string; rank: number | null; score: number }> } };
    results.T4 = { ...r, ...stamp };
    save(results);
    const rows: unknown[][] = [];
    for (const [set, res] of [['zh', r.chinese], ['cyrillic', r.cyrillic]] as const) {
      for (const mode of ['bundled', 'strict'] as const) for (const [g, p] of Object.entries(res[mode])) rows.push([`${set} ${mode}`, g, p.n, p.recallAt1, p.recallAt10, p.recallAtDefault]);
    }
    table('T4 cross-script recall', ['set', 'group', 'n', 'R@1', 'R@10', `R@${DEFAULT_THRESHOLD}`], rows);
    table(`T4c watchman cross-script pairs: ${r.watchmanPairs.top1}/${r.watchmanPairs.n} top-1, ${r.watchmanPairs.atDefault} at ≥ ${DEFAULT_THRESHOLD}`, ['query', 'expected', 'rank', 'score'], r.watchmanPairs.rows.map((x) => [x.query, x.expected, x.rank ?? '-', x.score]));
  }
  if (opts.only.has('SPEED')) {
    const parties = await all();
    const neg = loadNegatives();
    const r = (await runSpeed(parties, [...neg.global, ...neg.congress])) as Record<string, unknown> & { latency: Record<string, number>; latencyPersonSchema: Record<string, number>; batch: Record<string, number> };
    results.SPEED = { ...r, ...stamp };
    save(results);
    table('SPEED (all bundled lists; machine shared, numbers noisy)', ['measure', 'value', 'target'], [
      ['parties / names indexed', `${r.parties} / ${r.names}`, ''],
      ['index build ms', r.indexBuildMs, '≤ 5000'],
      ['process RSS MB after build (before; heap used)', `${r.processRssMb} (${r.rssBeforeMb}; ${r.heapUsedMb})`, '≤ 1024'],
      ['latency p50 / p95 / p99 ms, no schema', `${r.latency.p50Ms} / ${r.latency.p95Ms} / ${r.latency.p99Ms}`, '≤ 1 / – / ≤ 5'],
      ['latency p50 / p95 / p99 ms, schema person', `${r.latencyPersonSchema.p50Ms} / ${r.latencyPersonSchema.p95Ms} / ${r.latencyPersonSchema.p99Ms}`, '≤ 1 / – / ≤ 5'],
      ['single-thread names/s (no schema / person)', `${r.latency.qps} / ${r.latencyPersonSchema.qps}`, ''],
      ['batch names/s (2 workers)', r.batch.namesPerSec, '≥ 2000'],
      ['load average', stamp.loadAverage.join(' '), ''],
    ]);
  }
  if (opts.only.has('PEERS')) {
    const r = (await peers(opts)) as Record<string, { t1?: Record<string, number>; t2?: Record<string, number>; error?: string }>;
    results.PEERS = { ...r, ...stamp };
    save(results);
    const ours = r.exportctl;
    const rows: unknown[][] = [];
    for (const [name, p] of Object.entries(r)) {
      if (p.error !== undefined) {
        rows.push([name, `error: ${p.error}`]);
        continue;
      }
      const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '');
      rows.push([name, p.t1?.recallAt1, p.t1?.recallAt10, p.t1?.qps, p.t2?.share, p.t2?.equalRecallThreshold ?? '', p.t2?.qps, name === 'exportctl' ? '' : `${ratio(ours?.t1?.recallAt1, p.t1?.recallAt1)} R@1, ${ratio(ours?.t1?.qps, p.t1?.qps)} speed`]);
    }
    table(`PEERS (T1 sample ${opts.peerT1Sample}, T2 sample ${opts.peerT2Sample}; peer T2 at the threshold giving exportctl's T1 recall@${DEFAULT_THRESHOLD})`, ['engine', 'T1 R@1', 'T1 R@10', 'T1 q/s', 'T2 alert share', 'T2 threshold', 'T2 q/s', 'exportctl vs peer'], rows);
  }
  save(results);
  console.log(`\nresults written to ${RESULTS}`);
}

await main();
