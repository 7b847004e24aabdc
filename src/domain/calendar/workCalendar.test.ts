// Expected dates come from the State Council holiday notices for 2025 (gov.cn 202411/content_6986383)
// and 2026 (gov.cn 202511/content_7047091), as shipped in data/calendar/cn-work-calendar.json.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import shipped from '../../../data/calendar/cn-work-calendar.json' with { type: 'json' };
import { buildWorkCalendar } from './workCalendar.ts';

const shippedCalendarData: unknown = shipped;
const cal = buildWorkCalendar(shipped, 'data/calendar/cn-work-calendar.json');

const invalid = (fn: () => unknown, message: RegExp): void => {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('INVALID_INPUT');
  expect((thrown as AppError).message).toMatch(message);
};

describe('2025 Spring Festival (days off 1.28–2.4, make-up working days Sun 1.26 and Sat 2.8)', () => {
  it('knows which days are worked', () => {
    expect(cal.isWorkingDay('2025-01-26')).toBe(true); // Sunday, make-up
    expect(cal.isWorkingDay('2025-01-27')).toBe(true);
    expect(cal.isWorkingDay('2025-01-28')).toBe(false);
    expect(cal.isWorkingDay('2025-02-04')).toBe(false); // Tuesday, still the holiday
    expect(cal.isWorkingDay('2025-02-05')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // Saturday, make-up
    expect(cal.isWorkingDay('2025-02-09')).toBe(false); // ordinary Sunday
  });
  it('adds working days across the holiday', () => {
    expect(cal.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(cal.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    expect(cal.addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
    expect(cal.addWorkingDays('2025-01-20', 45)).toBe('2025-03-28');
  });
  it('counts working days after FROM up to and including TO', () => {
    // 1.26, 1.27, 2.5, 2.6, 2.7, 2.8
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-09')).toBe(6);
    expect(cal.workingDaysBetween('2025-01-27', '2025-02-04')).toBe(0);
  });
});

describe('2025 National Day and Mid-Autumn (days off 10.1–10.8, make-up Sun 9.28 and Sat 10.11)', () => {
  it('adds and counts across Golden Week', () => {
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // Wednesday, holiday
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-09-22', 10)).toBe('2025-10-11');
    expect(cal.workingDaysBetween('2025-09-26', '2025-10-12')).toBe(6);
  });
});

describe('2026 notice', () => {
  it('Spring Festival: days off 2.15–2.23, make-up Sat 2.14 and Sat 2.28', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // Monday, holiday
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-01-19', 45)).toBe('2026-03-27');
    expect(cal.workingDaysBetween('2026-02-13', '2026-03-01')).toBe(6);
  });
  it('Mid-Autumn 9.25–9.27 and National Day 10.1–10.7, make-up Sun 9.20 and Sat 10.10', () => {
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // Friday, Mid-Autumn
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    // 9.20, 9.21–24, 9.28–30, 10.8, 10.9, 10.10
    expect(cal.workingDaysBetween('2026-09-18', '2026-10-11')).toBe(11);
  });
  it("New Year: 1.1–1.3 off, Sunday 1.4 worked, so a count crosses the year boundary", () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });
  it('has the working days a full year implies', () => {
    expect(cal.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('arguments', () => {
  it('N = 0 gives the date itself; FROM = TO gives 0', () => {
    expect(cal.addWorkingDays('2025-02-01', 0)).toBe('2025-02-01');
    expect(cal.workingDaysBetween('2025-02-05', '2025-02-05')).toBe(0);
  });
  it('rejects impossible dates, naming them', () => {
    invalid(() => cal.isWorkingDay('2025-02-30'), /2025-02-30 is not a valid date \(February 2025 has 28 days\)/);
    invalid(() => cal.addWorkingDays('2025-13-01', 1), /no month 13/);
    invalid(() => cal.workingDaysBetween('2025/01/01', '2025-02-01'), /"2025\/01\/01" is not a date in the form YYYY-MM-DD/);
    expect(cal.isWorkingDay('2024-02-29')).toBe(true); // a leap day is a real date (a Thursday)
  });
  it('rejects dates outside the covered years, naming the date and the range', () => {
    invalid(() => cal.isWorkingDay('2023-12-29'), /2023-12-29 is outside the working-day calendar, which covers 2024-01-01 to 2026-12-31/);
    invalid(() => cal.addWorkingDays('2027-01-04', 1), /2027-01-04 is outside .* 2024-01-01 to 2026-12-31; the State Council's 2027 holiday notice is not in the calendar data yet/);
    invalid(() => cal.addWorkingDays('2026-12-01', 45), /45 working days after 2026-12-01 fall after 2026-12-31/);
    invalid(() => cal.workingDaysBetween('2026-12-01', '2027-01-05'), /2027-01-05 is outside/);
  });
  it('rejects negative or fractional N and a TO before FROM', () => {
    invalid(() => cal.addWorkingDays('2025-03-03', -1), /-1 is not a whole number/);
    invalid(() => cal.addWorkingDays('2025-03-03', 1.5), /1.5 is not a whole number/);
    invalid(() => cal.workingDaysBetween('2025-03-03', '2025-03-01'), /2025-03-01 is before 2025-03-03/);
  });
});

describe('calendar data validation', () => {
  const copy = (): { years: Array<Record<string, unknown> & { holidays?: Array<Record<string, string>>; makeUpWorkingDays?: Array<Record<string, string>> }> } =>
    JSON.parse(JSON.stringify(shippedCalendarData)) as ReturnType<typeof copy>;

  it('names the field of a bad date', () => {
    const data = copy();
    const h = data.years[1]?.holidays?.[0];
    if (h) h.date = '2025-02-30';
    invalid(() => buildWorkCalendar(data, 'cal.json'), /cal\.json field "years\[1\]\.holidays\[0\]\.date": 2025-02-30 is not a valid date/);
  });
  it('refuses a weekday as a make-up working day and a date listed twice', () => {
    const weekday = copy();
    const m = weekday.years[1]?.makeUpWorkingDays?.[0];
    if (m) m.date = '2025-01-27';
    invalid(() => buildWorkCalendar(weekday, 'cal.json'), /2025-01-27 is a weekday/);
    const twice = copy();
    const m2 = twice.years[1]?.makeUpWorkingDays?.[0];
    if (m2) m2.date = '2025-02-01';
    invalid(() => buildWorkCalendar(twice, 'cal.json'), /2025-02-01 is listed twice/);
  });
  it('refuses a gap between covered years', () => {
    const data = copy();
    data.years.splice(1, 1);
    invalid(() => buildWorkCalendar(data, 'cal.json'), /year 2025 has no published holiday notice but lies between covered years 2024 and 2026/);
  });
  it('lists the notice of each year, and 2027 as not yet published', () => {
    expect(cal.years.map((y) => [y.year, y.status])).toEqual([
      [2024, 'published'],
      [2025, 'published'],
      [2026, 'published'],
      [2027, 'notice-not-published'],
    ]);
    expect(cal.listedDay('2025-02-08')).toMatchObject({ kind: 'make-up working day', day: { nameZh: '春节', nameEn: 'Spring Festival' } });
  });
});
