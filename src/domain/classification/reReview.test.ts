import { describe, expect, it } from 'vitest';
import { addMonths, DEFAULT_CLASSIFICATION_POLICY, reReviewDueDate, reReviewStatus } from './reReview.ts';

describe('re-review dates', () => {
  it('adds the policy period to the sign-off date, clamping month ends', () => {
    expect(DEFAULT_CLASSIFICATION_POLICY.reReviewMonths).toBe(12);
    expect(reReviewDueDate('2026-03-02')).toBe('2027-03-02');
    expect(reReviewDueDate('2024-02-29')).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(reReviewDueDate('2026-03-02', { reReviewMonths: 6, dueSoonDays: 30 })).toBe('2026-09-02');
  });

  it('reports current, due soon, overdue and not signed off as of a date', () => {
    const r = { status: 'signed_off' as const, reReviewDue: '2027-03-02' };
    expect(reReviewStatus(r, '2026-06-01')).toBe('current');
    expect(reReviewStatus(r, '2027-02-01')).toBe('due_soon');
    expect(reReviewStatus(r, '2027-03-02')).toBe('due_soon');
    expect(reReviewStatus(r, '2027-03-03')).toBe('overdue');
    expect(reReviewStatus({ status: 'draft', reReviewDue: null }, '2027-03-03')).toBe('not_signed_off');
    expect(() => reReviewStatus(r, '2027-02-30')).toThrow(/February 2027 has 28 days/);
  });
});
