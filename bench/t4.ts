/**
 * T4: cross-script recall. (a) China list rows with Chinese names: the Chinese name and its
 * tone-marked pinyin as queries; (b) EU rows with Cyrillic aliases; both "as bundled" and STRICT
 * (the non-Latin names removed from the index, so the match must go through transliteration).
 * (c) watchman's cross-script pairs.
 */
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { buildScreeningIndex, screen, DEFAULT_THRESHOLD, type ScreeningIndex } from '../src/domain/screening/screen.ts';
import { makeParty, type Party } from '../src/domain/lists/party.ts';
import { EVAL, readCsv } from './data.ts';
import { r3 } from './t3.ts';

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CHINESE_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO']);

interface Case { query: string; entityId: string; group: string }
interface Tally { n: number; at1: number; at10: number; atDefault: number }

function recall(index: ScreeningIndex, cases: Case[]): Record<string, { n: number; recallAt1: number; recallAt10: number; recallAtDefault: number }> & { misses?: never } {
  const by: Record<string, Tally> = {};
  for (const c of cases) {
    const hits = screen(index, { name: c.query, threshold: 0.3, limit: 10 });
    const rank = hits.findIndex((h) => h.entityId === c.entityId);
    const t = (by[c.group] ??= { n: 0, at1: 0, at10: 0, atDefault: 0 });
    t.n++;
    if (rank === 0) t.at1++;
    if (rank >= 0) t.at10++;
    if (rank >= 0 && (hits[rank]?.score ?? 0) >= DEFAULT_THRESHOLD) t.atDefault++;
  }
  return Object.fromEntries(Object.entries(by).map(([k, t]) => [k, { n: t.n, recallAt1: r3(t.at1 / t.n), recallAt10: r3(t.at10 / t.n), recallAtDefault: r3(t.atDefault / t.n) }])) as ReturnType<typeof recall>;
}

const withoutNames = (parties: Party[], script: RegExp): Party[] =>
  parties.map((p) => {
    const names = p.names.filter((n) => !script.test(n.value));
    return names.length === p.names.length ? p : { ...p, names: names.length > 0 ? names : p.names.slice(0, 1) };
  });

function chineseCases(parties: Party[]): Case[] {
  const cases: Case[] = [];
  for (const p of parties) {
    if (p.source !== 'cn-mofcom') continue;
    const zh = p.names.find((n) => HAN.test(n.value));
    if (zh === undefined) continue;
    const chinese = p.countries.some((c) => CHINESE_COUNTRIES.has(c));
    const group = p.schema === 'Person' ? (chinese ? 'person (Chinese)' : 'person (foreign, transliterated)') : chinese ? 'organisation (Chinese)' : 'organisation (foreign, translated)';
    cases.push({ query: zh.value, entityId: p.id, group: `${group} · 中文` });
    cases.push({ query: pinyin(zh.value, { toneType: 'symbol', separator: ' ' }), entityId: p.id, group: `${group} · pinyin` });
  }
  return cases;
}

function cyrillicCases(parties: Party[]): Case[] {
  const cases: Case[] = [];
  for (const p of parties) {
    if (p.source !== 'eu-journal') continue;
    const cyr = p.names.find((n) => CYRILLIC.test(n.value));
    if (cyr === undefined || !p.names.some((n) => !CYRILLIC.test(n.value))) continue;
    cases.push({ query: cyr.value, entityId: p.id, group: p.schema === 'Person' ? 'person' : 'organisation' });
  }
  return cases;
}

export function runT4(all: Party[]): Record<string, unknown> {
  const cn = chineseCases(all);
  const cyr = cyrillicCases(all);
  const bundled = buildScreeningIndex(all);
  const strictZh = buildScreeningIndex(withoutNames(all, HAN));
  const strictCyr = buildScreeningIndex(withoutNames(all, CYRILLIC));

  const pairs = readCsv(join(EVAL, 'watchman_cross_script/cross_script_pairs.csv'), ['Query', 'Expected Match', 'Min Score', 'Description']);
  const pairParties = pairs.map((r, i) => makeParty({ source: 'pairs', sourceRef: String(i), schema: 'Person', names: [{ value: r['Expected Match'] ?? '', kind: 'primary' }] }));
  const pairIndex = buildScreeningIndex(pairParties);
  const pairRows = pairs.map((r, i) => {
    const hits = screen(pairIndex, { name: r.Query ?? '', threshold: 0, limit: 3 });
    const rank = hits.findIndex((h) => h.sourceRef === String(i));
    return { query: r.Query, expected: r['Expected Match'], rank: rank < 0 ? null : rank + 1, score: rank < 0 ? 0 : hits[rank]?.score ?? 0, variant: hits[0]?.explanation.queryVariant };
  });
  const found = pairRows.filter((r) => r.rank === 1).length;
  return {
    chinese: { cases: cn.length, bundled: recall(bundled, cn), strict: recall(strictZh, cn) },
    cyrillic: { cases: cyr.length, bundled: recall(bundled, cyr), strict: recall(strictCyr, cyr) },
    watchmanPairs: { n: pairRows.length, top1: found, atDefault: pairRows.filter((r) => r.rank === 1 && r.score >= DEFAULT_THRESHOLD).length, rows: pairRows },
  };
}
