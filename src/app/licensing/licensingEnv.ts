/**
 * What the licensing use cases run with: the database, the working-day calendar, the clock, and
 * who is acting. The caller is taken from the signed-in principal: its organisation's kind decides
 * its part in the two-tier review.
 */
import type { OrganisationKind, Role } from '../../domain/access/organisations.ts';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import type { Actor as CaseActor, ApplicationEventType } from '../../domain/licensing/applicationStateMachine.ts';
import type { Db } from '../../infra/db/connection.ts';
import type { AuditActor } from '../audit/recordAudit.ts';

export interface LicensingEnv {
  db: Db;
  calendar: WorkCalendar;
  now: Date;
}

export interface LicensingCaller {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  roles: readonly Role[];
  audit: AuditActor;
}

/** The date of `now` in UTC (the licensing dates are calendar days). */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The roles a step prefers, most fitting first; otherwise the caller's first role. */
const PREFERRED: Partial<Record<ApplicationEventType, readonly Role[]>> = {
  decide: ['approver'],
  countersign: ['approver'],
  consolidate: ['caseworker', 'reviewer'],
  submit: ['compliance_officer', 'staff'],
  respond: ['compliance_officer', 'staff'],
  withdraw: ['compliance_officer', 'staff'],
};

/** The caller as the review state machine sees it, acting in the role that fits the step. */
export function caseActor(c: LicensingCaller, step: ApplicationEventType): CaseActor {
  const role = PREFERRED[step]?.find((r) => c.roles.includes(r)) ?? c.roles.find((r) => r !== 'administrator' && r !== 'auditor') ?? c.roles[0] ?? 'staff';
  return { userId: c.userId, organisationId: c.organisationId, organisationKind: c.organisationKind, role };
}
