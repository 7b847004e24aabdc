/** Test actors and a walk helper for the application state machine. */
import type { Actor, ApplicationCase, ApplicationEvent, TimelineEntry } from './applicationStateMachine.ts';
import { transition } from './applicationStateMachine.ts';
import { type CountersignPolicy, CountersignPolicyZ } from './countersigning.ts';
import { ART13_FACTORS, type ChecklistAnswer } from './reviewChecklist.ts';

export const exporter: Actor = { userId: 'u-exp', organisationId: 'exp-1', organisationKind: 'exporter', role: 'compliance_officer' };
export const province: Actor = { userId: 'u-prov', organisationId: 'jiangsu-commerce', organisationKind: 'provincial_commerce', role: 'caseworker' };
export const caseworker: Actor = { userId: 'u-cw', organisationId: 'MOFCOM', organisationKind: 'licensing_authority', role: 'caseworker' };
export const approver: Actor = { userId: 'u-ap1', organisationId: 'MOFCOM', organisationKind: 'licensing_authority', role: 'approver' };
export const approver2: Actor = { userId: 'u-ap2', organisationId: 'MOFCOM', organisationKind: 'licensing_authority', role: 'approver' };
export const approver3: Actor = { userId: 'u-ap3', organisationId: 'MOFCOM', organisationKind: 'licensing_authority', role: 'approver' };
export const miit: Actor = { userId: 'u-miit', organisationId: 'MIIT', organisationKind: 'consulted_agency', role: 'reviewer' };
export const mfa: Actor = { userId: 'u-mfa', organisationId: 'MFA', organisationKind: 'consulted_agency', role: 'reviewer' };

/** An example policy: refusals are countersigned once, watch-list cases twice (test data). */
export const policy: CountersignPolicy = CountersignPolicyZ.parse({
  rules: [
    { id: 'refusal', description: 'Every refusal is countersigned', when: { outcomes: ['refuse'] }, countersignatures: 1 },
    { id: 'watch-list', description: 'Watch-list cases are countersigned twice', when: { flagsAny: ['watch_list'] }, countersignatures: 2 },
  ],
});

export const fullChecklist = (on: string): ChecklistAnswer[] =>
  ART13_FACTORS.map((f) => ({ factor: f.id, assessment: 'no_concern' as const, note: '', assessedBy: caseworker.userId, assessedOn: on }));

/** Applies steps in order, collecting the timeline. */
export function walk(start: ApplicationCase, steps: readonly [string, Actor, ApplicationEvent][]): { state: ApplicationCase; timeline: TimelineEntry[] } {
  let state = start;
  const timeline: TimelineEntry[] = [];
  for (const [at, actor, ev] of steps) {
    const r = transition(state, ev, { at, actor, countersignPolicy: policy });
    state = r.state;
    timeline.push(r.entry);
  }
  return { state, timeline };
}
