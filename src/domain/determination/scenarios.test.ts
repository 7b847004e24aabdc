/**
 * Runs every scenario in scenarios/*.json: a transaction, a date, and the expected outcome per item
 * and overall, the articles that must be cited, the licence forms open, and (optionally) finding codes
 * and requirements; or, for bad input, the field the error must name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../errors.ts';
import { CountryGroupZ, type Destinations, type DestinationFiles, indexDestinations, NationalProhibitionZ, parseDestinations, RiskGradeZ, UnRegimeZ } from './destinations.ts';
import { determine } from './determine.ts';
import { explain } from './explain.ts';
import { parseTransaction } from './transaction.ts';
import { LICENCE_FORMS, OUTCOMES, REASON_CODES, REQUIREMENTS } from './types.ts';

const DIR = join(import.meta.dirname, 'scenarios');
const DATA = join(import.meta.dirname, '../../../data/destinations');

const OverlayZ = z.object({
  unRegimes: z.array(UnRegimeZ).default([]),
  prohibitions: z.array(NationalProhibitionZ).default([]),
  riskGrades: z.array(RiskGradeZ).default([]),
  groups: z.array(CountryGroupZ).default([]),
});

const ScenarioZ = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  destinationsOverlay: OverlayZ.optional(),
  transaction: z.unknown(),
  expected: z.union([
    z.object({
      overall: z.enum(OUTCOMES),
      items: z.record(z.string(), z.enum(OUTCOMES)),
      citations: z.array(z.string()),
      licenceForms: z.array(z.enum(LICENCE_FORMS)).optional(),
      reasonCodes: z.array(z.enum(REASON_CODES)).optional(),
      requirements: z.array(z.enum(REQUIREMENTS)).optional(),
    }),
    z.object({ error: z.object({ field: z.string(), message: z.string() }) }),
  ]),
});

const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));
const files: DestinationFiles = {
  'countries.json': read('countries.json'),
  'un-sanctions-regimes.json': read('un-sanctions-regimes.json'),
  'national-prohibitions.json': read('national-prohibitions.json'),
  'risk-grades.json': read('risk-grades.json'),
  'country-groups.json': read('country-groups.json'),
};
const bundled = parseDestinations(files);

function withOverlay(d: Destinations, o: z.infer<typeof OverlayZ> | undefined): Destinations {
  if (!o) return d;
  return indexDestinations({
    countries: d.data.countries,
    unRegimes: [...d.data.unRegimes, ...o.unRegimes],
    prohibitions: [...d.data.prohibitions, ...o.prohibitions],
    riskGrades: [...d.data.riskGrades, ...o.riskGrades],
    groups: [...d.data.groups, ...o.groups],
  });
}

const scenarioFiles = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('determination scenarios', () => {
  it('has at least 40 scenarios covering every outcome', () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(40);
    const outcomes = new Set(scenarioFiles.map((f) => ScenarioZ.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))).expected).flatMap((e) => ('overall' in e ? [e.overall] : [])));
    expect([...outcomes].sort()).toEqual([...OUTCOMES].sort());
  });

  for (const file of scenarioFiles) {
    const s = ScenarioZ.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    it(`${file}: ${s.title}`, () => {
      const destinations = withOverlay(bundled, s.destinationsOverlay);
      const e = s.expected;
      if ('error' in e) {
        let caught: unknown;
        try {
          determine(parseTransaction(s.transaction), destinations, s.asOf);
        } catch (err) {
          caught = err;
        }
        expect(isAppError(caught)).toBe(true);
        if (!isAppError(caught)) return;
        expect(caught.code).toBe('INVALID_INPUT');
        expect(caught.location?.field).toBe(e.error.field);
        expect(caught.message).toContain(e.error.message);
        return;
      }
      const d = determine(parseTransaction(s.transaction), destinations, s.asOf);
      expect(d.overall).toBe(e.overall);
      expect(Object.fromEntries(d.items.map((i) => [i.lineId, i.outcome]))).toEqual(e.items);
      expect(d.citations).toEqual(expect.arrayContaining(e.citations));
      if (e.licenceForms) expect(d.licenceForms).toEqual(e.licenceForms);
      if (e.reasonCodes) expect(d.items.flatMap((i) => i.reasons.map((r) => r.code))).toEqual(expect.arrayContaining(e.reasonCodes));
      if (e.requirements) expect(d.requirements).toEqual(expect.arrayContaining(e.requirements));
      // Every finding that decides an outcome cites at least one article, and the text renders in both languages.
      for (const it of d.items) for (const r of it.reasons) expect(r.citations.length).toBeGreaterThan(0);
      expect(explain(d, 'en')).toContain(e.overall === 'NOT_CONTROLLED' ? 'NOT CONTROLLED' : e.overall.replace('_', ' '));
      expect(explain(d, 'zh')).toContain('判定日期');
    });
  }
});
