/**
 * Benchmark of the licence determination: a 100-item, 5-party transaction (screening results
 * included, one confirmed watch-list match, one open alert resolved as clear, one foreign-list match),
 * validated and determined 2,000 times; prints p50 / p99 / max in milliseconds.
 * Run: node --import tsx bench/determination.ts
 */
import { determine } from '../src/domain/determination/determine.ts';
import { parseTransaction, type TransactionInput } from '../src/domain/determination/transaction.ts';
import { loadDestinations } from '../src/infra/destinations/loadDestinations.ts';

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
const times: number[] = [];
let outcome = '';
for (let i = 0; i < RUNS + 200; i++) {
  const t0 = performance.now();
  const d = determine(parseTransaction(tx), destinations, '2026-03-02');
  const dt = performance.now() - t0;
  if (i >= 200) times.push(dt); // first 200 runs warm the JIT
  outcome = d.overall;
}
times.sort((a, b) => a - b);
const q = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
process.stdout.write(
  `determination: 100 items, 5 parties, ${RUNS} runs (overall ${outcome}) — p50 ${q(0.5).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${(times[times.length - 1] ?? NaN).toFixed(3)} ms\n`,
);
