/** Who performs a screening-records operation, and for which organisation. */
import type { AuditActor } from '../audit/recordAudit.ts';

export interface OrgActor {
  actor: AuditActor;
  organisationId: string;
}

/** The value stored in `created_by` / `decided_by`: the user id, or the actor's name. */
export const actorRef = (a: AuditActor): string => a.id ?? `${a.kind}:${a.name}`;
