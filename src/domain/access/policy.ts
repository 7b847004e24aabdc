/**
 * Who may do what: one declarative table. Each row grants a set of roles an action on a resource
 * type, within a scope:
 *   - `any`          — in every organisation (authorities' oversight, platform administration);
 *   - `organisation` — only in the actor's own organisation (tenant isolation);
 *   - `self`         — only on the actor's own objects (own API tokens, own account).
 * Anything not granted here is refused. `can()` is the only decision function; HTTP handlers
 * and CLI commands call it through `authorize`.
 */
import type { Role } from './organisations.ts';

export const RESOURCES = ['organisation', 'user', 'token', 'audit', 'list', 'counterparty', 'screening', 'alert', 'job', 'product', 'classification', 'enquiry', 'determination', 'application', 'licence', 'certificate', 'document', 'notification', 'licensing_policy', 'exporter_profile'] as const;
export type ResourceType = (typeof RESOURCES)[number];

export const ACTIONS = ['read', 'create', 'update', 'disable', 'revoke', 'export', 'verify', 'import', 'run', 'decide'] as const;
export type Action = (typeof ACTIONS)[number];

export type Scope = 'any' | 'organisation' | 'self';

export interface PolicyRow {
  roles: readonly Role[];
  actions: readonly Action[];
  resource: ResourceType;
  scope: Scope;
}

const EXPORTER = ['compliance_officer', 'staff', 'auditor'] as const;
const AUTHORITY = ['caseworker', 'reviewer', 'approver', 'administrator'] as const;
const EVERYONE = [...EXPORTER, ...AUTHORITY] as const;

export const POLICY: readonly PolicyRow[] = [
  // Organisations: everyone sees their own; the platform administrator creates and sees all;
  // authority officers see every organisation (they review exporters' applications).
  { roles: EVERYONE, actions: ['read'], resource: 'organisation', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'organisation', scope: 'any' },
  { roles: ['administrator'], actions: ['read', 'create'], resource: 'organisation', scope: 'any' },

  // Users: colleagues are visible inside an organisation; the compliance officer manages the
  // exporter's own accounts; the administrator manages every account.
  { roles: EVERYONE, actions: ['read'], resource: 'user', scope: 'organisation' },
  { roles: ['compliance_officer'], actions: ['create', 'update', 'disable'], resource: 'user', scope: 'organisation' },
  { roles: ['administrator'], actions: ['read', 'create', 'update', 'disable'], resource: 'user', scope: 'any' },

  // API tokens are personal; officers can revoke tokens in their organisation.
  { roles: EVERYONE, actions: ['read', 'create', 'revoke'], resource: 'token', scope: 'self' },
  { roles: ['compliance_officer'], actions: ['read', 'revoke'], resource: 'token', scope: 'organisation' },
  { roles: ['administrator'], actions: ['read', 'revoke'], resource: 'token', scope: 'any' },

  // Audit trail: the exporter's officer and auditor inspect their own organisation's events;
  // reviewers (inspection) and the administrator read every organisation's; verifying the whole
  // chain is an administrator task.
  { roles: ['compliance_officer', 'auditor'], actions: ['read', 'export'], resource: 'audit', scope: 'organisation' },
  { roles: ['reviewer', 'administrator'], actions: ['read', 'export'], resource: 'audit', scope: 'any' },
  { roles: ['administrator'], actions: ['verify'], resource: 'audit', scope: 'any' },

  // Party lists are public reference data: everyone reads them; the administrator imports.
  { roles: EVERYONE, actions: ['read'], resource: 'list', scope: 'any' },
  { roles: ['administrator'], actions: ['import'], resource: 'list', scope: 'any' },

  // Counterparties, screening and alerts belong to an exporter. Its officer and staff work on
  // them, its auditor reads them; authority officers read them for review and enforcement.
  { roles: EXPORTER, actions: ['read'], resource: 'counterparty', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create', 'update'], resource: 'counterparty', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'counterparty', scope: 'any' },

  { roles: EXPORTER, actions: ['read'], resource: 'screening', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['run'], resource: 'screening', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'screening', scope: 'any' },
  // Authority officers screen names ad hoc against the lists too (licence review, enforcement).
  { roles: AUTHORITY, actions: ['run'], resource: 'screening', scope: 'organisation' },

  { roles: EXPORTER, actions: ['read'], resource: 'alert', scope: 'organisation' },
  { roles: ['compliance_officer'], actions: ['decide'], resource: 'alert', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'alert', scope: 'any' },

  // Products and their classifications belong to an exporter. Officer and staff keep the
  // catalogue and classify; only the compliance officer signs off or returns a classification
  // (and never their own: four-eyes, enforced by the classification workflow). Authority officers
  // read them for review and enforcement.
  { roles: EXPORTER, actions: ['read'], resource: 'product', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create', 'update'], resource: 'product', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'product', scope: 'any' },

  { roles: EXPORTER, actions: ['read'], resource: 'classification', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create'], resource: 'classification', scope: 'organisation' },
  { roles: ['compliance_officer'], actions: ['decide'], resource: 'classification', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'classification', scope: 'any' },

  // Classification enquiries to the authority (Regs Art. 14 ¶4).
  { roles: EXPORTER, actions: ['read'], resource: 'enquiry', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create'], resource: 'enquiry', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'enquiry', scope: 'any' },

  // Licence determinations of the exporter's transactions.
  { roles: ['compliance_officer', 'staff'], actions: ['run'], resource: 'determination', scope: 'organisation' },

  // Licensing. Exporters draft, submit and follow their own applications and licences. Authority
  // officers act on applications in any organisation as the policy table sees it; which cases an
  // authority actually sees is narrowed by its organisation kind (src/app/licensing/caseAccess.ts):
  // a provincial department its province's, MOFCOM all submitted ones, a consulted agency only
  // those sent to it.
  { roles: EXPORTER, actions: ['read'], resource: 'application', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create', 'update'], resource: 'application', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read', 'update', 'decide'], resource: 'application', scope: 'any' },
  { roles: EXPORTER, actions: ['read'], resource: 'licence', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['update'], resource: 'licence', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read', 'create', 'update'], resource: 'licence', scope: 'any' },
  { roles: EXPORTER, actions: ['read'], resource: 'certificate', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create', 'update'], resource: 'certificate', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'certificate', scope: 'any' },
  { roles: EXPORTER, actions: ['read'], resource: 'document', scope: 'organisation' },
  { roles: ['compliance_officer', 'staff'], actions: ['create'], resource: 'document', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'document', scope: 'any' },
  { roles: EVERYONE, actions: ['read', 'update'], resource: 'notification', scope: 'organisation' },
  // The authority's routing and countersigning policies and its record of each exporter's
  // eligibility facts (Regs Art. 20): officers read them, the administrator and approvers set them.
  { roles: ['caseworker', 'reviewer', 'approver', 'administrator'], actions: ['read'], resource: 'licensing_policy', scope: 'any' },
  { roles: ['administrator'], actions: ['update'], resource: 'licensing_policy', scope: 'any' },
  { roles: EXPORTER, actions: ['read'], resource: 'exporter_profile', scope: 'organisation' },
  { roles: ['caseworker', 'reviewer', 'approver'], actions: ['read'], resource: 'exporter_profile', scope: 'any' },
  { roles: ['approver', 'administrator'], actions: ['update'], resource: 'exporter_profile', scope: 'any' },

  // Background jobs: officers follow their organisation's jobs; the administrator sees all.
  { roles: ['compliance_officer', 'staff'], actions: ['read'], resource: 'job', scope: 'organisation' },
  { roles: ['administrator'], actions: ['read'], resource: 'job', scope: 'any' },
];

/** Who is acting. */
export interface Actor {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

/**
 * What is acted on. `organisationId` is the owning organisation (null for platform-wide objects
 * such as the party lists); `ownerId` is the owning user, for personal objects.
 */
export interface Resource {
  type: ResourceType;
  organisationId: string | null;
  ownerId?: string | null;
}

function inScope(actor: Actor, resource: Resource, scope: Scope): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'organisation':
      return resource.organisationId !== null && resource.organisationId === actor.organisationId;
    case 'self':
      return resource.ownerId !== undefined && resource.ownerId !== null && resource.ownerId === actor.userId;
  }
}

/** Whether `actor` may perform `action` on `resource`, by the table above. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return POLICY.some(
    (row) =>
      row.resource === resource.type &&
      row.actions.includes(action) &&
      row.roles.some((r) => actor.roles.includes(r)) &&
      inScope(actor, resource, row.scope),
  );
}

export type Decision = 'allow' | 'forbidden' | 'hidden';

/**
 * `can()` plus what to tell a refused actor: `hidden` when the object belongs to another
 * organisation the actor may not even read (another tenant's data is reported as not found, so
 * its existence does not leak), `forbidden` otherwise.
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (can(actor, action, resource)) return 'allow';
  const foreign = resource.organisationId !== null && resource.organisationId !== actor.organisationId;
  return foreign && !can(actor, 'read', resource) ? 'hidden' : 'forbidden';
}

/**
 * The widest scope in which `actor` may perform `action` on objects of `type`, or null: what a
 * listing may show (every organisation, the own organisation, or the actor's own objects).
 */
export function widestScope(actor: Actor, action: Action, type: ResourceType): Scope | null {
  const scopes = POLICY.filter((r) => r.resource === type && r.actions.includes(action) && r.roles.some((x) => actor.roles.includes(x))).map((r) => r.scope);
  for (const s of ['any', 'organisation', 'self'] as const) if (scopes.includes(s)) return s;
  return null;
}
