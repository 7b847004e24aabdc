/** T3: nomenklatura name_bench pairs scored one by one (name1 as query against an index holding only name2). */
import { join } from 'node:path';
import { buildScreeningIndex, screen, DEFAULT_THRESHOLD } from '../src/domain/screening/screen.ts';
import { makeParty, type PartySchema } from '../src/domain/lists/party.ts';
import { EVAL, isHeldOut, readCsv } from './data.ts';

export interface Prf { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number }

export function prf(tp: number, fp: number, fn: number, tn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}
export const r3 = (x: number) => Math.round(x * 1000) / 1000;

const QUERY_SCHEMA = { Person: 'person', Company: 'organization', Organization: 'organization', LegalEntity: 'organization', Vessel: 'vessel' } as const;

export interface T3Row { group: string; schema: PartySchema; name1: string; name2: string; match: boolean; quality: string; score: number; heldOut: boolean }

export function scoreCases(): T3Row[] {
  const rows = readCsv(join(EVAL, 'nomenklatura_name_bench/cases.csv'));
  return rows.map((r) => {
    const schema = (r.schema ?? 'Person') as PartySchema;
    const name1 = r.name1 ?? '';
    const name2 = r.name2 ?? '';
    const index = buildScreeningIndex([makeParty({ source: 'bench', sourceRef: '1', schema, names: [{ value: name2, kind: 'primary' }] })]);
    const qs = QUERY_SCHEMA[schema as keyof typeof QUERY_SCHEMA] ?? 'organization';
    const hits = screen(index, { name: name1, schema: qs, threshold: 0, limit: 1 });
    return { group: r.case_group ?? '', schema, name1, name2, match: r.is_match === 'true', quality: r.quality ?? '', score: hits[0]?.score ?? 0, heldOut: isHeldOut(`${name1}|${name2}`) };
  });
}

export function evaluate(rows: T3Row[], threshold: number): Prf {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const pred = r.score >= threshold;
    if (pred && r.match) tp++;
    else if (pred) fp++;
    else if (r.match) fn++;
    else tn++;
  }
  return prf(tp, fp, fn, tn);
}

export function runT3(): Record<string, unknown> {
  const rows = scoreCases();
  const all = evaluate(rows, DEFAULT_THRESHOLD);
  const tune = evaluate(rows.filter((r) => !r.heldOut), DEFAULT_THRESHOLD);
  const held = evaluate(rows.filter((r) => r.heldOut), DEFAULT_THRESHOLD);
  const groups: Record<string, Prf> = {};
  for (const g of [...new Set(rows.map((r) => r.group))]) groups[g] = evaluate(rows.filter((r) => r.group === g), DEFAULT_THRESHOLD);
  const nonAscii = evaluate(rows.filter((r) => /[^\x00-\x7f]/.test(r.name1 + r.name2)), DEFAULT_THRESHOLD);
  const sweep: Record<string, Prf> = {};
  for (const t of [0.7, 0.75, 0.8, 0.85, 0.9]) sweep[t.toFixed(2)] = evaluate(rows, t);
  return { threshold: DEFAULT_THRESHOLD, pairs: rows.length, all, tune, heldOut: held, groups, nonAscii, sweep, logicV2: { precision: 0.762, recall: 0.821, f1: 0.79 } };
}
