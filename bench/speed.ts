/** Speed: index build time and memory, single-query latency, batch throughput on worker threads. */
import { buildScreeningIndex, screen, type ScreeningQuery } from '../src/domain/screening/screen.ts';
import type { Party } from '../src/domain/lists/party.ts';
import { BatchScreener } from '../src/app/screening/batchScreen.ts';

const mb = (b: number) => Math.round(b / 1048576);

export async function runSpeed(parties: Party[], names: string[]): Promise<Record<string, unknown>> {
  const globalGc = (globalThis as { gc?: () => void }).gc;
  globalGc?.();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const index = buildScreeningIndex(parties);
  const buildMs = performance.now() - t0;
  const rssAfter = process.memoryUsage().rss;
  const heapMb = mb(process.memoryUsage().heapUsed);
  const sample = names.slice(0, 3000);
  for (const n of sample.slice(0, 200)) screen(index, { name: n });
  const measure = (query: (name: string) => ScreeningQuery) => {
    const lat: number[] = [];
    for (const n of sample) {
      const s = performance.now();
      screen(index, query(n));
      lat.push(performance.now() - s);
    }
    lat.sort((a, b) => a - b);
    const pct = (p: number) => Math.round((lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0) * 1000) / 1000;
    return { p50Ms: pct(0.5), p95Ms: pct(0.95), p99Ms: pct(0.99), qps: Math.round(1000 / (lat.reduce((a, b) => a + b, 0) / lat.length)) };
  };
  // Without a schema a name is screened both as a person and as an organisation.
  const single = measure((name) => ({ name }));
  const singlePerson = measure((name) => ({ name, schema: 'person' }));

  const batchNames = names.slice(0, 20000);
  const screener = await BatchScreener.start(parties, { workers: 2 });
  const queries: ScreeningQuery[] = batchNames.map((name) => ({ name }));
  const tb = performance.now();
  const res = await screener.screen(queries);
  const batchSecs = (performance.now() - tb) / 1000;
  await screener.close();
  return {
    parties: parties.length,
    names: index.names.length,
    indexBuildMs: Math.round(buildMs),
    rssBeforeMb: mb(rssBefore),
    processRssMb: mb(rssAfter),
    heapUsedMb: heapMb,
    latency: single,
    latencyPersonSchema: singlePerson,
    batch: { workers: 2, queries: queries.length, namesPerSec: Math.round(queries.length / batchSecs), workerBuildMs: screener.buildMs.map(Math.round), rows: res.length },
    loadAverage: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
  };
}
