/**
 * The statutory clocks of an application case, computed with the PRC working-day calendar: the
 * provincial department's forwarding limit (10 working days from receipt) and MOFCOM's decision
 * limit (45 working days from acceptance, less the stops of Regs Art. 17 ¶3, not binding on State
 * Council referrals and watch-list cases).
 */
import type { Exemption } from '../calendar/deadlines.ts';
import { type ClockStatus, clockStatus } from '../calendar/statutoryClock.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import { type ApplicationCase, clockStops } from './applicationStateMachine.ts';
import { LICENCE_DECISION, PROVINCIAL_FORWARDING } from './legalFacts.ts';
import { bi, illegalTransition } from './messages.ts';

/** Why the decision limit does not bind the case, if it does not. */
export function decisionExemption(c: ApplicationCase): Exemption | null {
  if (c.status === 'referred_to_state_council' || c.stateCouncil !== null) return 'state-council-referral';
  if (c.flags.includes('watch_list')) return 'watch-list';
  return null;
}

/** The 45-working-day decision clock; the case must have been accepted by MOFCOM. */
export function decisionClock(calendar: WorkCalendar, c: ApplicationCase, today: string): ClockStatus {
  if (c.acceptedOn === null) throw illegalTransition(bi('the decision clock has not started: MOFCOM has not accepted the application yet', '商务部尚未受理，审查期限未开始计算'));
  const until = c.decision?.on ?? today;
  return clockStatus(calendar, { deadline: LICENCE_DECISION, start: c.acceptedOn, stops: clockStops(c), exemption: decisionExemption(c), today: until < today ? until : today });
}

/** The 10-working-day forwarding clock of the provincial department, from receipt to forwarding. */
export function forwardingClock(calendar: WorkCalendar, c: ApplicationCase, today: string): ClockStatus {
  if (c.receivedByProvinceOn === null) throw illegalTransition(bi('the provincial department has not received the application yet', '省级商务主管部门尚未接收申请'));
  const until = c.forwardedOn ?? today;
  return clockStatus(calendar, { deadline: PROVINCIAL_FORWARDING, start: c.receivedByProvinceOn, today: until < today ? until : today });
}
