import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decideAlertStatus } from './alertDecision.ts';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'not an AppError';
  }
  return undefined;
};

describe('decideAlertStatus', () => {
  it('decides an open alert in any of the three ways', () => {
    expect(decideAlertStatus('open', 'confirmed_match', 'same DOB and passport')).toBe('confirmed');
    expect(decideAlertStatus('open', 'false_positive', 'different country and birth year')).toBe('false_positive');
    expect(decideAlertStatus('open', 'escalated', 'needs legal review')).toBe('escalated');
  });

  it('lets an escalated alert be decided but not escalated again', () => {
    expect(decideAlertStatus('escalated', 'false_positive', 'legal: different entity')).toBe('false_positive');
    expect(code(() => decideAlertStatus('escalated', 'escalated', 'again'))).toBe('ILLEGAL_TRANSITION');
  });

  it('refuses to change a final decision', () => {
    expect(code(() => decideAlertStatus('confirmed', 'false_positive', 'changed my mind'))).toBe('ILLEGAL_TRANSITION');
    expect(code(() => decideAlertStatus('false_positive', 'confirmed_match', 'changed my mind'))).toBe('ILLEGAL_TRANSITION');
  });

  it('requires a reason', () => {
    expect(code(() => decideAlertStatus('open', 'false_positive', '  '))).toBe('INVALID_INPUT');
  });
});
