/**
 * When a signed-off classification must be looked at again. The period is a product default of
 * exportctl's classification policy — not a legal deadline: the law requires the exporter to know
 * its items (Regs Art. 14 ¶4) but sets no review interval; an organisation may choose another.
 */
import { daysInMonth, isoDateProblem, toDayNumber } from '../calendar/isoDate.ts';
import { invalidInput } from '../errors.ts';
import type { ClassificationRecord } from './classification.ts';

export interface ClassificationPolicy {
  /** Months from sign-off to the re-review due date. */
  reReviewMonths: number;
  /** Days before the due date from which a classification counts as due soon. */
  dueSoonDays: number;
}

/** Product default (not a legal fact): review every signed-off classification yearly, flag 30 days ahead. */
export const DEFAULT_CLASSIFICATION_POLICY: ClassificationPolicy = { reReviewMonths: 12, dueSoonDays: 30 };

/** `date` plus whole months; the day is clamped to the end of a shorter month (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const problem = isoDateProblem(date);
  if (problem) throw invalidInput(problem, { field: 'date' });
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function reReviewDueDate(signedOffOn: string, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY): string {
  if (!Number.isInteger(policy.reReviewMonths) || policy.reReviewMonths < 1) throw invalidInput('the re-review period must be a whole number of months ≥ 1', { field: 'reReviewMonths' });
  return addMonths(signedOffOn, policy.reReviewMonths);
}

export type ReReviewStatus = 'not_signed_off' | 'current' | 'due_soon' | 'overdue';

/** Where a record stands on `asOf` (YYYY-MM-DD): overdue after its due date, due soon within the policy window. */
export function reReviewStatus(r: Pick<ClassificationRecord, 'status' | 'reReviewDue'>, asOf: string, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY): ReReviewStatus {
  const problem = isoDateProblem(asOf);
  if (problem) throw invalidInput(problem, { field: 'asOf' });
  if (r.status !== 'signed_off' || r.reReviewDue === null) return 'not_signed_off';
  if (asOf > r.reReviewDue) return 'overdue';
  return toDayNumber(r.reReviewDue) - toDayNumber(asOf) <= policy.dueSoonDays ? 'due_soon' : 'current';
}
