/** T2: false alerts — clean synthetic people and US-Congress names screened against all bundled lists. */
import { join } from 'node:path';
import { screen, DEFAULT_THRESHOLD, type ScreeningIndex } from '../src/domain/screening/screen.ts';
import { EVAL, readCsv } from './data.ts';
import { r3 } from './t3.ts';

export function loadNegatives(): { global: string[]; congress: string[] } {
  const names = (file: string) => readCsv(join(EVAL, 'yente_candidate_generation', file)).map((r) => r.full_name ?? '').filter((n) => n !== '');
  return { global: names('negatives_global.csv'), congress: names('positives_us_congress_untreated.csv') };
}

/**
 * Share of names with any hit at the default threshold. `listedSource`: hits with score 1 on this
 * source are real listings, not false alerts (members of the US Congress sanctioned by China).
 */
export function falseAlerts(index: ScreeningIndex, names: string[], listedSource?: string): { n: number; withHit: number; share: number; per1000: number; actuallyListed: number; examples: string[] } {
  let withHit = 0;
  let actuallyListed = 0;
  const examples: string[] = [];
  for (const name of names) {
    const hits = screen(index, { name, limit: 1 });
    if (hits.length > 0 && listedSource !== undefined && hits[0]?.source === listedSource && hits[0]?.score === 1) {
      actuallyListed++;
      continue;
    }
    if (hits.length > 0) {
      withHit++;
      if (examples.length < 15) examples.push(`${name} → ${hits[0]?.matchedName} (${hits[0]?.source}) ${hits[0]?.score}`);
    }
  }
  const n = names.length - actuallyListed;
  return { n, withHit, share: r3(withHit / Math.max(1, n)), per1000: Math.round((withHit / Math.max(1, n)) * 10000) / 10, actuallyListed, examples };
}

export function runT2(index: ScreeningIndex, sample?: number): Record<string, unknown> {
  const neg = loadNegatives();
  const global = sample === undefined ? neg.global : neg.global.slice(0, sample);
  const g = falseAlerts(index, global);
  const c = falseAlerts(index, neg.congress, 'cn-mofcom');
  const total = g.withHit + c.withHit;
  const n = g.n + c.n;
  return { threshold: DEFAULT_THRESHOLD, entities: index.size, negativesGlobal: g, usCongress: c, all: { n, withHit: total, share: Math.round((total / n) * 10000) / 10000 } };
}
