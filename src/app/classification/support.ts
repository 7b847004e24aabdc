/** What the classification use cases share: who acts, input parsing with named fields, permission checks. */
import type { z } from 'zod';
import { type Action, type ResourceType, can } from '../../domain/access/policy.ts';
import type { WorkflowActor } from '../../domain/classification/workflow.ts';
import { AppError, invalidInput } from '../../domain/errors.ts';
import type { AuditActor } from '../audit/recordAudit.ts';

/** The acting user: as the audit trail records them, and as the permission table sees them. */
export interface ClassificationActor {
  audit: AuditActor;
  access: WorkflowActor;
}

/** Parses `raw` with `schema`; a failure is INVALID_INPUT naming the first bad field. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(body)';
  throw invalidInput(issue?.message ?? 'invalid input', { field });
}

/** Refuses with FORBIDDEN unless the permission table grants `action` on the organisation's `type`. */
export function requireCan(actor: WorkflowActor, action: Action, type: ResourceType, organisationId: string): void {
  if (!can(actor, action, { type, organisationId })) throw new AppError('FORBIDDEN', `your roles (${actor.roles.join(', ') || 'none'}) do not allow ${action} on ${type}`);
}
