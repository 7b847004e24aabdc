/**
 * The alert state machine. A user decides an open alert as a confirmed match, a false positive, or
 * escalates it for a second opinion; an escalated alert is then decided as a confirmed match or a
 * false positive. Decisions are final; every decision needs a reason.
 */
import { AppError, invalidInput } from '../errors.ts';
import type { AlertStatus } from './alertPlan.ts';

export const ALERT_DECISIONS = ['confirmed_match', 'false_positive', 'escalated'] as const;
export type AlertDecision = (typeof ALERT_DECISIONS)[number];

const RESULT: Record<AlertDecision, AlertStatus> = {
  confirmed_match: 'confirmed',
  false_positive: 'false_positive',
  escalated: 'escalated',
};

const ALLOWED: Record<AlertStatus, readonly AlertDecision[]> = {
  open: ['confirmed_match', 'false_positive', 'escalated'],
  escalated: ['confirmed_match', 'false_positive'],
  confirmed: [],
  false_positive: [],
};

/** The status an alert moves to; throws ILLEGAL_TRANSITION or INVALID_INPUT (empty reason). */
export function decideAlertStatus(current: AlertStatus, decision: AlertDecision, reason: string): AlertStatus {
  if (reason.trim() === '') throw invalidInput('a decision needs a reason', { field: 'reason' });
  if (!ALLOWED[current].includes(decision)) {
    throw new AppError('ILLEGAL_TRANSITION', `an alert that is ${current} cannot be decided as ${decision}`, {
      details: { from: current, decision, allowed: [...ALLOWED[current]] },
    });
  }
  return RESULT[decision];
}
