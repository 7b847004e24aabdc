/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time of day and no time zone. Arithmetic runs
 * on day numbers (days since 1970-01-01), so the result never depends on the host's time zone.
 */
import { invalidInput } from '../errors.ts';

/** A validated `YYYY-MM-DD` date. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `text` is not a real `YYYY-MM-DD` date, or undefined when it is one. */
export function isoDateProblem(text: string): string | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return `${text} is not a valid date (there is no month ${m[2]})`;
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return `${text} is not a valid date (${MONTH_NAMES[month - 1]} ${year} has ${max} days)`;
  return undefined;
}

/** Checks that `text` is a real calendar date, else throws INVALID_INPUT naming `field`. */
export function parseIsoDate(text: string, field = 'date'): IsoDate {
  const problem = isoDateProblem(text);
  if (problem) throw invalidInput(problem, { field });
  return text;
}

/** Day number of a valid date: days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, n: number): IsoDate => fromDayNumber(toDayNumber(date) + n);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: IsoDate): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

export const weekdayName = (date: IsoDate): string => WEEKDAY_NAMES[weekday(date)] ?? '';

export const isWeekend = (date: IsoDate): boolean => {
  const w = weekday(date);
  return w === 0 || w === 6;
};

/** Calendar year of a valid date. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));
