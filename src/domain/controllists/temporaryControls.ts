/**
 * Temporary controls (临时管制) on goods, technology and services outside the control list.
 *
 * Export Control Law Art. 9 para. 2 and Dual-use Regulations Art. 12: a temporary control is
 * announced; each period lasts at most 2 years; before a period ends it must be evaluated, and the
 * control is then lifted, extended (at most 2 extensions) or the items are put on the list.
 *
 * A control is a list of contiguous periods: the initial period, then up to two extensions, each
 * starting the day after the previous period ends. Dates are inclusive `YYYY-MM-DD`.
 */
import { addDays, isoDateProblem, toDayNumber, type IsoDate } from '../calendar/isoDate.ts';

export const TEMPORARY_CONTROL_RULES = {
  /** Export Control Law Art. 9 para. 2 (不超过二年); Dual-use Regulations Art. 12 (每次不超过2年). */
  maxPeriodYears: 2,
  /** Dual-use Regulations Art. 12 (二): 延长临时管制不超过2次. */
  maxExtensions: 2,
  citation: 'Export Control Law Art. 9 para. 2; Regulations on Export Control of Dual-use Items Art. 12',
} as const;

/**
 * How many days before a period ends exportctl starts reminding that the evaluation is due. The
 * law says only "及时" (in good time); this lead time is a product default, configurable per call.
 */
export const DEFAULT_REVIEW_LEAD_DAYS = 90;

export interface ControlPeriod {
  start: IsoDate;
  end: IsoDate;
  /** The announcement that started or extended the control. */
  announcement: string;
}

export interface TemporaryControl {
  id: string;
  title: string;
  periods: ControlPeriod[];
  /** Set when the control was lifted before the last period ended. */
  liftedOn?: IsoDate | undefined;
  /** Set when the items were put on the control list (the control ends then). */
  listedOn?: IsoDate | undefined;
}

export interface ControlProblem {
  field: string;
  message: string;
}

/** The last day a period starting on `start` may run: the day before the same date 2 years later. */
export function latestEnd(start: IsoDate): IsoDate {
  const y = Number(start.slice(0, 4)) + TEMPORARY_CONTROL_RULES.maxPeriodYears;
  const md = start.slice(4);
  // 29 February + 2 years has no 29 February: the period then runs to 28 February.
  const same = md === '-02-29' ? `${y}-03-01` : `${y}${md}`;
  return addDays(same, -1);
}

export function validateTemporaryControl(c: TemporaryControl): ControlProblem[] {
  const problems: ControlProblem[] = [];
  if (c.periods.length === 0) problems.push({ field: 'periods', message: 'a temporary control needs at least its initial period' });
  const extensions = c.periods.length - 1;
  if (extensions > TEMPORARY_CONTROL_RULES.maxExtensions) {
    problems.push({ field: 'periods', message: `${extensions} extensions: a temporary control may be extended at most ${TEMPORARY_CONTROL_RULES.maxExtensions} times (${TEMPORARY_CONTROL_RULES.citation}); list the items or lift the control instead` });
  }
  c.periods.forEach((p, i) => {
    const at = `periods[${i}]`;
    const bad = isoDateProblem(p.start) ?? isoDateProblem(p.end);
    if (bad) {
      problems.push({ field: at, message: bad });
      return;
    }
    if (p.end < p.start) problems.push({ field: `${at}.end`, message: `period ends ${p.end}, before it starts ${p.start}` });
    else if (p.end > latestEnd(p.start)) {
      problems.push({ field: `${at}.end`, message: `period ${p.start} – ${p.end} is longer than ${TEMPORARY_CONTROL_RULES.maxPeriodYears} years (latest end ${latestEnd(p.start)}; ${TEMPORARY_CONTROL_RULES.citation})` });
    }
    const prev = c.periods[i - 1];
    if (prev && isoDateProblem(prev.end) === undefined && p.start !== addDays(prev.end, 1)) {
      problems.push({ field: `${at}.start`, message: `an extension starts the day after the previous period ends (${addDays(prev.end, 1)}), not ${p.start}` });
    }
  });
  for (const [field, d] of [['liftedOn', c.liftedOn], ['listedOn', c.listedOn]] as const) {
    if (d !== undefined && isoDateProblem(d)) problems.push({ field, message: isoDateProblem(d) ?? '' });
  }
  return problems;
}

export type ControlStatus = 'announced' | 'in_force' | 'expired' | 'lifted' | 'listed';

export interface ControlState {
  status: ControlStatus;
  /** The period in force (or the last one), 0 = initial. */
  periodIndex: number;
  extensionsUsed: number;
  extensionsLeft: number;
  /** Last day of the control as announced so far. */
  endsOn: IsoDate;
}

export function controlState(c: TemporaryControl, asOf: IsoDate): ControlState {
  const first = c.periods[0];
  const last = c.periods[c.periods.length - 1];
  if (!first || !last) throw new Error('temporary control without periods; validate it first');
  const extensionsUsed = c.periods.length - 1;
  const base = { extensionsUsed, extensionsLeft: Math.max(0, TEMPORARY_CONTROL_RULES.maxExtensions - extensionsUsed), endsOn: last.end };
  const idx = c.periods.findIndex((p) => p.start <= asOf && asOf <= p.end);
  if (c.listedOn !== undefined && c.listedOn <= asOf) return { ...base, status: 'listed', periodIndex: c.periods.length - 1 };
  if (c.liftedOn !== undefined && c.liftedOn <= asOf) return { ...base, status: 'lifted', periodIndex: Math.max(0, idx) };
  if (asOf < first.start) return { ...base, status: 'announced', periodIndex: 0 };
  if (idx >= 0) return { ...base, status: 'in_force', periodIndex: idx };
  return { ...base, status: 'expired', periodIndex: c.periods.length - 1 };
}

export interface ReviewReminder {
  controlId: string;
  /** The evaluation must be finished before this date (the last day of the period). */
  dueBy: IsoDate;
  daysLeft: number;
  /** What the evaluation may decide (Regs Art. 12): lift, extend (if extensions are left), list. */
  options: ('lift' | 'extend' | 'list')[];
  message: string;
}

/**
 * The review reminder for a control given `asOf`: due when the control is in force and its current
 * period ends within `leadDays`; overdue reminders (period ended, not lifted, listed or extended)
 * are returned with negative `daysLeft`.
 */
export function reviewReminder(c: TemporaryControl, asOf: IsoDate, leadDays = DEFAULT_REVIEW_LEAD_DAYS): ReviewReminder | undefined {
  const state = controlState(c, asOf);
  if (state.status === 'announced' || state.status === 'lifted' || state.status === 'listed') return undefined;
  const daysLeft = toDayNumber(state.endsOn) - toDayNumber(asOf);
  if (daysLeft > leadDays) return undefined;
  const options: ReviewReminder['options'] = state.extensionsLeft > 0 ? ['lift', 'extend', 'list'] : ['lift', 'list'];
  const what = state.extensionsLeft > 0 ? `lift it, extend it (${state.extensionsLeft} extension${state.extensionsLeft === 1 ? '' : 's'} left) or put the items on the control list` : 'no extension is left: lift it or put the items on the control list';
  const message =
    daysLeft >= 0
      ? `temporary control ${c.id} ends ${state.endsOn} (${daysLeft} days): evaluate it before then — ${what} (${TEMPORARY_CONTROL_RULES.citation})`
      : `temporary control ${c.id} ended ${state.endsOn}, ${-daysLeft} days ago, without a recorded decision — ${what}`;
  return { controlId: c.id, dueBy: state.endsOn, daysLeft, options, message };
}
