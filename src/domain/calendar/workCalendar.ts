/**
 * The PRC working-day calendar (工作日). A date is a working day when it is Monday to Friday and not
 * a day off under the State Council's holiday notice for its year, or when the notice makes it a
 * working weekend day (调休). Only years whose notice is in the data are covered; any question about
 * a date outside them is an error naming the date and the covered range, never a guess.
 */
import { invalidInput } from '../errors.ts';
import { type CalendarData, type CalendarDay, type CalendarYear, calendarDataSchema } from './calendarData.ts';
import { type IsoDate, addDays, isWeekend, parseIsoDate, yearOf } from './isoDate.ts';

export interface WorkCalendar {
  readonly dataVersion: string;
  /** First and last covered dates (1 January of the first notice year, 31 December of the last). */
  readonly coveredFrom: IsoDate;
  readonly coveredTo: IsoDate;
  readonly years: readonly CalendarYear[];
  covers(date: IsoDate): boolean;
  /** The holiday or make-up working day listed for `date`, if any. */
  listedDay(date: IsoDate): { kind: 'holiday' | 'make-up working day'; day: CalendarDay } | undefined;
  isWorkingDay(date: string): boolean;
  /** The date `n` working days after `date` (`date` itself not counted); `n` = 0 gives `date`. */
  addWorkingDays(date: string, n: number): IsoDate;
  /** The number of working days after `from`, up to and including `to`. */
  workingDaysBetween(from: string, to: string): number;
}

interface Listed {
  kind: 'holiday' | 'make-up working day';
  day: CalendarDay;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Validates calendar data (as read from JSON) and builds the calendar; `file` names it in errors. */
export function buildWorkCalendar(input: unknown, file = 'calendar data'): WorkCalendar {
  const parsed = calendarDataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(issue?.message ?? 'invalid calendar data', { file, field: fieldPath(issue?.path ?? []) });
  }
  return calendarFromData(parsed.data, file);
}

function calendarFromData(data: CalendarData, file: string): WorkCalendar {
  const byYear = new Map<number, CalendarYear>();
  data.years.forEach((y, i) => {
    if (byYear.has(y.year)) throw invalidInput(`year ${y.year} is listed twice`, { file, field: `years[${i}].year` });
    byYear.set(y.year, y);
  });
  const published = data.years.filter((y) => y.status === 'published').map((y) => y.year).sort((a, b) => a - b);
  const first = published[0];
  const last = published[published.length - 1];
  if (first === undefined || last === undefined) throw invalidInput('no year has a published holiday notice', { file, field: 'years' });
  for (let y = first; y <= last; y++) {
    if (byYear.get(y)?.status !== 'published') {
      throw invalidInput(`year ${y} has no published holiday notice but lies between covered years ${first} and ${last}`, { file, field: 'years' });
    }
  }

  const listed = new Map<IsoDate, Listed>();
  data.years.forEach((y, i) => {
    if (y.status !== 'published') return;
    const add = (kind: Listed['kind'], list: CalendarDay[], key: string): void => {
      list.forEach((day, j) => {
        const field = `years[${i}].${key}[${j}].date`;
        const dy = yearOf(day.date);
        if (dy < y.year - 1 || dy > y.year + 1) throw invalidInput(`${day.date} cannot belong to the ${y.year} notice`, { file, field });
        if (kind === 'make-up working day' && !isWeekend(day.date)) {
          throw invalidInput(`${day.date} is a weekday, so it cannot be a make-up working day`, { file, field });
        }
        const seen = listed.get(day.date);
        if (seen) throw invalidInput(`${day.date} is listed twice (already as a ${seen.kind})`, { file, field });
        listed.set(day.date, { kind, day });
      });
    };
    add('holiday', y.holidays, 'holidays');
    add('make-up working day', y.makeUpWorkingDays, 'makeUpWorkingDays');
  });

  const coveredFrom = `${first}-01-01`;
  const coveredTo = `${last}-12-31`;
  const covers = (date: IsoDate): boolean => date >= coveredFrom && date <= coveredTo;

  const requireCovered = (date: IsoDate, field: string): void => {
    if (covers(date)) return;
    const pending = byYear.get(yearOf(date));
    const why = pending?.status === 'notice-not-published' ? `; the State Council's ${pending.year} holiday notice is not in the calendar data yet` : '';
    throw invalidInput(`${date} is outside the working-day calendar, which covers ${coveredFrom} to ${coveredTo}${why}`, { field });
  };

  const workingDay = (date: IsoDate): boolean => {
    const entry = listed.get(date);
    if (entry) return entry.kind === 'make-up working day';
    return !isWeekend(date);
  };

  return {
    dataVersion: data.dataVersion,
    coveredFrom,
    coveredTo,
    years: data.years,
    covers,
    listedDay: (date) => listed.get(date),
    isWorkingDay(date) {
      const d = parseIsoDate(date, 'date');
      requireCovered(d, 'date');
      return workingDay(d);
    },
    addWorkingDays(date, n) {
      const d = parseIsoDate(date, 'date');
      if (!Number.isSafeInteger(n) || n < 0) throw invalidInput(`${n} is not a whole number of working days (0 or more)`, { field: 'n' });
      requireCovered(d, 'date');
      let current = d;
      for (let left = n; left > 0; ) {
        current = addDays(current, 1);
        if (!covers(current)) {
          throw invalidInput(`${n} working days after ${d} fall after ${coveredTo}, the end of the working-day calendar (covered: ${coveredFrom} to ${coveredTo})`, { field: 'n' });
        }
        if (workingDay(current)) left--;
      }
      return current;
    },
    workingDaysBetween(from, to) {
      const f = parseIsoDate(from, 'from');
      const t = parseIsoDate(to, 'to');
      requireCovered(f, 'from');
      requireCovered(t, 'to');
      if (t < f) throw invalidInput(`${t} is before ${f}`, { field: 'to' });
      let count = 0;
      for (let day = addDays(f, 1); day <= t; day = addDays(day, 1)) {
        if (workingDay(day)) count++;
      }
      return count;
    },
  };
}
