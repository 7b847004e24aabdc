/**
 * The statutory clock of a case: how many working days of its time limit are used and left, when it
 * is due, whether it is paused or overdue. Counting starts the working day after the start date
 * (acceptance). Working days inside a stop interval (Regs Art. 17 ¶3: identification, expert
 * consultation, on-site verification) are not counted; a stop runs from its first to its last day
 * inclusive, and an open stop (no end yet) pauses the clock until it is closed. Cases referred to the
 * State Council and watch-list cases are not bound by the 45-working-day limit (Art. 17 ¶2, Art. 26 ¶2).
 */
import { invalidInput } from '../errors.ts';
import type { Citation, Exemption, StatutoryDeadline, StopKind } from './deadlines.ts';
import { type IsoDate, addDays, parseIsoDate } from './isoDate.ts';
import type { WorkCalendar } from './workCalendar.ts';

export interface StopInterval {
  kind: StopKind;
  /** First day of the stop. */
  from: IsoDate;
  /** Last day of the stop; null while it is still running. */
  to: IsoDate | null;
}

export interface ClockInput {
  deadline: StatutoryDeadline;
  /** The day the clock starts (acceptance); not itself counted. */
  start: string;
  stops?: readonly StopInterval[];
  exemption?: Exemption | null;
  /** The date the status is computed for. */
  today: string;
}

export type ClockState = 'running' | 'paused' | 'overdue' | 'exempt';

export interface ClockStatus {
  deadlineId: string;
  limitWorkingDays: number;
  start: IsoDate;
  today: IsoDate;
  state: ClockState;
  /** Set when the case is not bound by the limit. */
  exemption: { reason: Exemption; citation: Citation } | null;
  /** Last day for the decision; null when exempt, paused before the limit was reached, or past the calendar. */
  dueDate: IsoDate | null;
  dueDateUnknownBecause: 'exempt' | 'paused' | 'beyond-calendar' | null;
  /** Counted working days after the start up to and including today. */
  workingDaysUsed: number;
  /** Working days of the limit not yet used (0 once reached); null when exempt. */
  workingDaysLeft: number | null;
  /** Working days counted beyond the limit. */
  workingDaysOverdue: number;
  /** Working days after the start up to today that were not counted because the clock was stopped. */
  workingDaysStopped: number;
  paused: boolean;
  /** Kinds of the stops running today. */
  pausedBy: StopKind[];
  overdue: boolean;
}

function validateStops(input: ClockInput, start: IsoDate, today: IsoDate): StopInterval[] {
  const stops = input.stops ?? [];
  return stops.map((s, i) => {
    const field = (f: string): string => `stops[${i}].${f}`;
    if (!input.deadline.stopKinds.includes(s.kind)) {
      const allowed = input.deadline.stopKinds.length ? input.deadline.stopKinds.join(', ') : 'none';
      throw invalidInput(`"${s.kind}" does not stop the ${input.deadline.id} clock (allowed: ${allowed})`, { field: field('kind') });
    }
    const from = parseIsoDate(s.from, field('from'));
    if (from < start) throw invalidInput(`the stop begins on ${from}, before the clock starts on ${start}`, { field: field('from') });
    if (from > today) throw invalidInput(`the stop begins on ${from}, after today (${today})`, { field: field('from') });
    if (s.to === null) return { kind: s.kind, from, to: null };
    const to = parseIsoDate(s.to, field('to'));
    if (to < from) throw invalidInput(`the stop ends on ${to}, before it begins on ${from}`, { field: field('to') });
    if (to > today) throw invalidInput(`the stop ends on ${to}, after today (${today}); leave it open until it has ended`, { field: field('to') });
    return { kind: s.kind, from, to };
  });
}

const stopsOn = (stops: readonly StopInterval[], day: IsoDate): StopInterval[] =>
  stops.filter((s) => s.from <= day && (s.to === null || day <= s.to));

export function clockStatus(calendar: WorkCalendar, input: ClockInput): ClockStatus {
  const start = parseIsoDate(input.start, 'start');
  const today = parseIsoDate(input.today, 'today');
  if (today < start) throw invalidInput(`today (${today}) is before the clock starts (${start})`, { field: 'today' });
  calendar.isWorkingDay(start); // both ends must lie in the calendar
  calendar.isWorkingDay(today);
  const stops = validateStops(input, start, today);
  const limit = input.deadline.workingDays;

  let exemption: ClockStatus['exemption'] = null;
  if (input.exemption) {
    const citation = input.deadline.exemptions[input.exemption];
    if (!citation) throw invalidInput(`"${input.exemption}" is no exemption from the ${input.deadline.id} time limit`, { field: 'exemption' });
    exemption = { reason: input.exemption, citation };
  }

  let used = 0;
  let stopped = 0;
  for (let day = addDays(start, 1); day <= today; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    if (stopsOn(stops, day).length > 0) stopped++;
    else used++;
  }

  let dueDate: IsoDate | null = null;
  let dueDateUnknownBecause: ClockStatus['dueDateUnknownBecause'] = null;
  if (exemption) dueDateUnknownBecause = 'exempt';
  else {
    let counted = 0;
    for (let day = addDays(start, 1); ; day = addDays(day, 1)) {
      if (!calendar.covers(day)) {
        dueDateUnknownBecause = 'beyond-calendar';
        break;
      }
      const running = stopsOn(stops, day);
      if (running.some((s) => s.to === null)) {
        dueDateUnknownBecause = 'paused';
        break;
      }
      if (running.length === 0 && calendar.isWorkingDay(day) && ++counted === limit) {
        dueDate = day;
        break;
      }
    }
  }

  const pausedBy = [...new Set(stopsOn(stops, today).map((s) => s.kind))];
  const paused = pausedBy.length > 0;
  const overdue = exemption === null && dueDate !== null && today > dueDate;
  const state: ClockState = exemption ? 'exempt' : overdue ? 'overdue' : paused ? 'paused' : 'running';
  return {
    deadlineId: input.deadline.id,
    limitWorkingDays: limit,
    start,
    today,
    state,
    exemption,
    dueDate,
    dueDateUnknownBecause,
    workingDaysUsed: used,
    workingDaysLeft: exemption ? null : Math.max(0, limit - used),
    workingDaysOverdue: exemption ? 0 : Math.max(0, used - limit),
    workingDaysStopped: stopped,
    paused,
    pausedBy,
    overdue,
  };
}
