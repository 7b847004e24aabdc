/**
 * Benchmark of the licence determination: a 100-item, 5-party transaction (one confirmed watch-list
 * match, one open alert resolved as clear, one foreign-list match), validated and determined 2,000
 * times; prints p50 / p99 / max in milliseconds.
 *
 * Then the same with screening included: each run also screens the 5 party names (with their
 * countries) against the bundled party lists (data/lists, index built once before timing) and puts
 * the results into the transaction — unresolved hits as open alerts, the already-confirmed matches
 * kept as confirmed.
 * Run: node --max-old-space-size=4096 --import tsx bench/determination.ts
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { determine } from '../src/domain/determination/determine.ts';
import { parseTransaction, type TransactionInput } from '../src/domain/determination/transaction.ts';
import type { Party } from '../src/domain/lists/party.ts';
import { buildScreeningIndex, screen } from '../src/domain/screening/screen.ts';
import { loadDestinations } from '../src/infra/destinations/loadDestinations.ts';
import { parseListFiles } from '../src/infra/importers/index.ts';

const RUNS = 2000;
const CODES = ['1C350.a', '1C350.c', '1C351.a.1', '1B101.a', '1A225', 'NOT_LISTED'];
const no = { nationalSecurity: false, wmd: false, terrorism: false };

const tx: TransactionInput = {
  id: 'BENCH-100',
  exporter: {
    id: 'EXP-BENCH',
    name: 'Benchmark exporter (test company)',
    icpInPlace: true,
    heldGeneralLicences: [
      { number: 'GL-1', validFrom: '2025-01-01', validTo: '2027-12-31', coversItems: ['1C350', '1B101'], coversDestinations: ['JP', 'DE'] },
      { number: 'GL-2', validFrom: '2022-01-01', validTo: '2024-12-31', coversItems: ['1C351'], coversDestinations: ['JP'] },
    ],
  },
  items: Array.from({ length: 100 }, (_, i) => ({
    lineId: String(i + 1),
    description: `line ${i + 1}`,
    quantity: 1 + i,
    value: 1000 * (i + 1),
    currency: 'CNY',
    classifications: [{ jurisdiction: 'CN', code: CODES[i % CODES.length] ?? 'NOT_LISTED', source: 'bench' }],
  })),
  destination: 'JP',
  transit: ['SG', 'KR'],
  parties: [
    { role: 'end_user', name: 'SUBARU Corporation', country: 'JP', screening: { status: 'confirmed', matches: [{ source: 'cn-mofcom', entityId: 'row 311', lists: ['MOFCOM watch list'] }] } },
    { role: 'consignee', name: 'Consignee KK (test party)', country: 'JP', screening: { status: 'clear', matches: [] } },
    { role: 'intermediate_consignee', name: 'Forwarder Pte (test party)', country: 'SG', screening: { status: 'clear', matches: [] } },
    { role: 'purchaser', name: 'Albrecht Import-Export', country: 'DE', screening: { status: 'confirmed', matches: [{ source: 'us-csl', entityId: 'e16b924e', lists: ['Entity List'] }] } },
    { role: 'agent', name: 'Agent Co. (test party)', country: 'KR', screening: { status: 'clear', matches: [] } },
  ],
  endUse: 'Aircraft component manufacturing',
  catchAll: { knows: no, shouldKnow: no, notified: no },
};

const destinations = loadDestinations();

function measure(label: string, run: () => string): void {
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < RUNS + 200; i++) {
    const t0 = performance.now();
    outcome = run();
    const dt = performance.now() - t0;
    if (i >= 200) times.push(dt); // first 200 runs warm the JIT
  }
  times.sort((a, b) => a - b);
  const q = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
  process.stdout.write(`${label}, ${RUNS} runs (overall ${outcome}) — p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${(times[times.length - 1] ?? NaN).toFixed(3)} ms\n`);
}

measure('determination: 100 items, 5 parties', () => determine(parseTransaction(tx), destinations, '2026-03-02').overall);

// Screening included: the bundled party lists, indexed once.
const listsDir = resolve(import.meta.dirname, '../data/lists');
const manifest = JSON.parse(readFileSync(join(listsDir, 'manifest.json'), 'utf8')) as { source: string; path: string }[];
const parties: Party[] = [];
const t0 = performance.now();
for (const m of manifest) for (const l of await parseListFiles([join(listsDir, m.path)], m.source)) parties.push(...l.parties);
const index = buildScreeningIndex(parties);
process.stdout.write(`screening index: ${parties.length} listed parties from ${manifest.length} lists, built in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed below)\n`);

let hitsSeen = 0;
measure('determination with screening of the 5 parties: 100 items', () => {
  const screened = tx.parties.map((p) => {
    const hits = screen(index, { name: p.name, country: p.country });
    hitsSeen += hits.length;
    if (p.screening?.status === 'confirmed') return p;
    const matches = hits.map((h) => ({ source: h.source, entityId: h.entityId, name: h.name, lists: index.get(h.entityId)?.lists.length ? (index.get(h.entityId)?.lists ?? []) : [h.source] }));
    return { ...p, screening: { status: matches.length > 0 ? ('open_alert' as const) : ('clear' as const), matches } };
  });
  return determine(parseTransaction({ ...tx, parties: screened }), destinations, '2026-03-02').overall;
});
process.stdout.write(`(screening hits per run: ${(hitsSeen / (RUNS + 200)).toFixed(1)})\n`);
