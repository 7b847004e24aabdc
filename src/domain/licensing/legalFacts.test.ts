import { describe, expect, it } from 'vitest';
import {
  GENERAL_LICENCE_MAX_VALIDITY,
  INDIVIDUAL_LICENCE_MAX_VALIDITY,
  LEGAL_PERIODS,
  RECORD_RETENTION_MIN,
  SERIOUS_PENALTY_BAR,
  lastDayOfPeriod,
  recordsKeptUntil,
} from './legalFacts.ts';

describe('legal facts of the licence lifecycle', () => {
  it('carry the periods of Regs Art. 15, 20 and 27 with their articles and official words', () => {
    expect(LEGAL_PERIODS.map((p) => [p.id, p.years, p.citation.article])).toEqual([
      ['individual-licence-validity', 1, 'Art. 15 ¶2'],
      ['general-licence-validity', 3, 'Art. 15 ¶3'],
      ['serious-penalty-bar', 5, 'Art. 20 ¶1(2)'],
      ['record-retention', 5, 'Art. 27'],
    ]);
    expect(INDIVIDUAL_LICENCE_MAX_VALIDITY.citation.text).toContain('不超过1年');
    expect(GENERAL_LICENCE_MAX_VALIDITY.citation.text).toContain('不超过3年');
    expect(SERIOUS_PENALTY_BAR.citation.text).toContain('5年内');
    expect(RECORD_RETENTION_MIN.citation.text).toContain('不少于5年');
  });

  it('counts a period with both ends included, counted in calendar years', () => {
    expect(lastDayOfPeriod('2025-03-01', 1)).toBe('2026-02-28');
    expect(lastDayOfPeriod('2025-01-01', 3)).toBe('2027-12-31');
    expect(recordsKeptUntil('2025-06-30')).toBe('2030-06-30');
  });
});
