import { describe, expect, it } from 'vitest';
import { controlState, latestEnd, reviewReminder, type TemporaryControl, validateTemporaryControl } from './temporaryControls.ts';

const control = (periods: [string, string][], extra: Partial<TemporaryControl> = {}): TemporaryControl => ({
  id: 'tc-1',
  title: 'Temporary control',
  periods: periods.map(([start, end], i) => ({ start, end, announcement: `announcement ${i + 1}` })),
  ...extra,
});

describe('temporary controls (Law Art. 9, Regs Art. 12)', () => {
  it('allows a period of at most 2 years, ending the day before the 2-year anniversary', () => {
    expect(latestEnd('2024-12-01')).toBe('2026-11-30');
    expect(latestEnd('2024-02-29')).toBe('2026-02-28');
    expect(validateTemporaryControl(control([['2024-12-01', '2026-11-30']]))).toEqual([]);
    const [p] = validateTemporaryControl(control([['2024-12-01', '2026-12-01']]));
    expect(p?.field).toBe('periods[0].end');
    expect(p?.message).toMatch(/longer than 2 years/);
  });

  it('allows at most two extensions, each starting the day after the previous period', () => {
    const three = control([
      ['2020-01-01', '2021-12-31'],
      ['2022-01-01', '2023-12-31'],
      ['2024-01-01', '2025-12-31'],
    ]);
    expect(validateTemporaryControl(three)).toEqual([]);
    const four = control([...three.periods.map((p): [string, string] => [p.start, p.end]), ['2026-01-01', '2026-06-30']]);
    expect(validateTemporaryControl(four)[0]?.message).toMatch(/at most 2 times/);
    const gap = control([
      ['2020-01-01', '2021-12-31'],
      ['2022-02-01', '2023-12-31'],
    ]);
    expect(validateTemporaryControl(gap)[0]).toMatchObject({ field: 'periods[1].start' });
  });

  it('reports state and reminds to evaluate before the period ends', () => {
    const c = control([['2025-01-01', '2026-12-31']]);
    expect(controlState(c, '2024-12-31').status).toBe('announced');
    expect(controlState(c, '2025-06-01').status).toBe('in_force');
    expect(reviewReminder(c, '2026-06-01')).toBeUndefined();
    const r = reviewReminder(c, '2026-11-01');
    expect(r).toMatchObject({ dueBy: '2026-12-31', daysLeft: 60, options: ['lift', 'extend', 'list'] });
    const overdue = reviewReminder(c, '2027-01-10');
    expect(overdue?.daysLeft).toBe(-10);
    expect(reviewReminder({ ...c, liftedOn: '2026-10-01' }, '2026-11-01')).toBeUndefined();
  });

  it('offers only lift or list once both extensions are used', () => {
    const c = control([
      ['2020-01-01', '2021-12-31'],
      ['2022-01-01', '2023-12-31'],
      ['2024-01-01', '2025-12-31'],
    ]);
    const r = reviewReminder(c, '2025-12-01');
    expect(r?.options).toEqual(['lift', 'list']);
    expect(r?.message).toMatch(/no extension is left/);
  });
});
