// Concrete cases on the 2025 and 2026 State Council holiday notices (data/calendar/cn-work-calendar.json).
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/calendar/cn-work-calendar.json' with { type: 'json' };
import { AppError } from '../errors.ts';
import { CHANGE_APPLICATION, LICENCE_DECISION, PROVINCIAL_FORWARDING, STATUTORY_DEADLINES } from './deadlines.ts';
import { clockStatus } from './statutoryClock.ts';
import { buildWorkCalendar } from './workCalendar.ts';

const cal = buildWorkCalendar(shipped, 'data/calendar/cn-work-calendar.json');

describe('deadlines', () => {
  it('carry their working days and article', () => {
    expect(STATUTORY_DEADLINES.map((d) => [d.id, d.workingDays, d.citation.article])).toEqual([
      ['licence-decision', 45, 'Art. 17 ¶1'],
      ['change-application', 20, 'Art. 18 ¶3'],
      ['provincial-forwarding', 10, 'provincial forwarding rule'],
    ]);
    expect(LICENCE_DECISION.citation.text).toContain('45个工作日');
    expect(CHANGE_APPLICATION.citation.text).toContain('20个工作日');
  });
});

describe('licence decision clock (45 working days, Regs Art. 17)', () => {
  it('runs across 2025 National Day: accepted Mon 2025-09-15, due 2025-11-21', () => {
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2025-09-15', today: '2025-10-09' });
    // 9.16–19, 9.22–26, Sun 9.28, 9.29, 9.30, then 10.9 after the holiday
    expect(s).toMatchObject({ state: 'running', dueDate: '2025-11-21', workingDaysUsed: 13, workingDaysLeft: 32, paused: false, overdue: false });
  });

  it('stops for expert consultation and moves the due date by the stopped working days', () => {
    const stops = [{ kind: 'expert-consultation' as const, from: '2025-10-13', to: '2025-10-17' }];
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2025-09-15', stops, today: '2025-10-20' });
    expect(s).toMatchObject({ state: 'running', dueDate: '2025-11-28', workingDaysUsed: 16, workingDaysStopped: 5, workingDaysLeft: 29 });
  });

  it('runs across the 2026 Spring Festival with an on-site verification', () => {
    const base = { deadline: LICENCE_DECISION, start: '2026-01-19' };
    expect(clockStatus(cal, { ...base, today: '2026-01-19' }).dueDate).toBe('2026-03-27');
    const stops = [{ kind: 'on-site-verification' as const, from: '2026-02-02', to: '2026-02-06' }];
    expect(clockStatus(cal, { ...base, stops, today: '2026-03-02' })).toMatchObject({ dueDate: '2026-04-03', workingDaysUsed: 21, workingDaysLeft: 24 });
  });

  it('is paused while a technical identification is open; the due date is unknown until it ends', () => {
    const stops = [
      { kind: 'on-site-verification' as const, from: '2026-02-02', to: '2026-02-06' },
      { kind: 'technical-identification' as const, from: '2026-03-02', to: null },
    ];
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2026-01-19', stops, today: '2026-03-05' });
    expect(s).toMatchObject({
      state: 'paused',
      paused: true,
      pausedBy: ['technical-identification'],
      dueDate: null,
      dueDateUnknownBecause: 'paused',
      workingDaysUsed: 20,
      workingDaysStopped: 9,
      workingDaysLeft: 25,
    });
  });

  it('is overdue after the due date: accepted 2025-01-20 across the 2025 Spring Festival, due 2025-03-28', () => {
    const base = { deadline: LICENCE_DECISION, start: '2025-01-20' };
    expect(clockStatus(cal, { ...base, today: '2025-03-28' })).toMatchObject({ state: 'running', workingDaysLeft: 0, overdue: false });
    expect(clockStatus(cal, { ...base, today: '2025-03-29' })).toMatchObject({ state: 'overdue', overdue: true, workingDaysOverdue: 0 });
    expect(clockStatus(cal, { ...base, today: '2025-04-01' })).toMatchObject({ state: 'overdue', workingDaysUsed: 47, workingDaysOverdue: 2 });
  });

  it('stays overdue when a stop opens after the limit was already reached', () => {
    const stops = [{ kind: 'expert-consultation' as const, from: '2025-03-31', to: null }];
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2025-01-20', stops, today: '2025-04-01' });
    expect(s).toMatchObject({ state: 'overdue', dueDate: '2025-03-28', paused: true, workingDaysUsed: 45 });
  });

  it('is not bound for State Council referrals (Art. 17 ¶2) and watch-list cases (Art. 26 ¶2)', () => {
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2025-01-20', exemption: 'watch-list', today: '2025-06-30' });
    expect(s).toMatchObject({ state: 'exempt', dueDate: null, dueDateUnknownBecause: 'exempt', workingDaysLeft: null, overdue: false });
    expect(s.exemption?.citation.article).toBe('Art. 26 ¶2');
    const r = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2025-01-20', exemption: 'state-council-referral', today: '2025-06-30' });
    expect(r.exemption?.citation.article).toBe('Art. 17 ¶2');
  });

  it('reports a due date past the end of the calendar as unknown rather than guessing', () => {
    const s = clockStatus(cal, { deadline: LICENCE_DECISION, start: '2026-11-02', today: '2026-11-02' });
    expect(s).toMatchObject({ dueDate: null, dueDateUnknownBecause: 'beyond-calendar', workingDaysLeft: 45 });
    expect(clockStatus(cal, { deadline: LICENCE_DECISION, start: '2026-10-27', today: '2026-10-27' }).dueDate).toBe('2026-12-29');
  });
});

describe('other limits', () => {
  it('change application: 20 working days from 2026-02-09, across the Spring Festival', () => {
    expect(clockStatus(cal, { deadline: CHANGE_APPLICATION, start: '2026-02-09', today: '2026-02-27' })).toMatchObject({
      dueDate: '2026-03-13',
      workingDaysUsed: 9, // 2.10–2.13, Sat 2.14, 2.24–2.27
      workingDaysLeft: 11,
    });
  });
  it('provincial forwarding: 10 working days from 2026-09-24, across Mid-Autumn and National Day', () => {
    expect(clockStatus(cal, { deadline: PROVINCIAL_FORWARDING, start: '2026-09-24', today: '2026-09-24' }).dueDate).toBe('2026-10-15');
  });
});

describe('bad input', () => {
  const err = (fn: () => unknown): AppError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof AppError) return e;
    }
    throw new Error('expected an AppError');
  };
  it('names the field that is wrong', () => {
    const base = { deadline: LICENCE_DECISION, start: '2025-09-15', today: '2025-10-20' };
    expect(err(() => clockStatus(cal, { ...base, today: '2025-09-01' })).message).toMatch(/today \(2025-09-01\) is before the clock starts \(2025-09-15\)/);
    expect(err(() => clockStatus(cal, { ...base, stops: [{ kind: 'expert-consultation', from: '2025-10-17', to: '2025-10-13' }] })).message).toMatch(
      /field "stops\[0\]\.to": the stop ends on 2025-10-13, before it begins on 2025-10-17/,
    );
    expect(err(() => clockStatus(cal, { ...base, stops: [{ kind: 'expert-consultation', from: '2025-10-31', to: null }] })).message).toMatch(/after today/);
    expect(err(() => clockStatus(cal, { ...base, stops: [{ kind: 'expert-consultation', from: '2025-02-30', to: null }] })).message).toMatch(
      /field "stops\[0\]\.from": 2025-02-30 is not a valid date/,
    );
  });
  it('refuses stops and exemptions the law does not give a limit', () => {
    const base = { deadline: CHANGE_APPLICATION, start: '2026-02-09', today: '2026-02-27' };
    expect(err(() => clockStatus(cal, { ...base, stops: [{ kind: 'on-site-verification', from: '2026-02-10', to: '2026-02-11' }] })).message).toMatch(
      /"on-site-verification" does not stop the change-application clock \(allowed: none\)/,
    );
    expect(err(() => clockStatus(cal, { ...base, exemption: 'watch-list' })).message).toMatch(/"watch-list" is no exemption from the change-application time limit/);
  });
});
