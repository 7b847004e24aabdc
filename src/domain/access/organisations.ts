/**
 * Organisation kinds and the roles each kind can hold. Exporters run their internal compliance
 * programme; every other kind is an authority taking part in licensing, consultation, customs
 * control or enforcement (Export Control Law arts. 8, 13, 28; Dual-use Regulations two-tier
 * review and inter-agency consultation).
 */
import { z } from 'zod';

export const ORGANISATION_KINDS = [
  'exporter',
  /** Provincial commerce department: intake and pre-review (two-tier management). */
  'provincial_commerce',
  /** The licensing authority (MOFCOM). */
  'licensing_authority',
  /** Consulted agency: MFA, MIIT, SASTIND, CAEA, CMC Equipment Development Department, … */
  'consulted_agency',
  'customs',
  'enforcement',
] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof ZOrganisationKind>;

export const EXPORTER_ROLES = ['compliance_officer', 'staff', 'auditor'] as const;
export const AUTHORITY_ROLES = ['caseworker', 'reviewer', 'approver', 'administrator'] as const;
export const ROLES = [...EXPORTER_ROLES, ...AUTHORITY_ROLES] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const isAuthorityKind = (kind: OrganisationKind): boolean => kind !== 'exporter';

/** The roles a member of an organisation of this kind may hold. */
export function rolesForKind(kind: OrganisationKind): readonly Role[] {
  return isAuthorityKind(kind) ? AUTHORITY_ROLES : EXPORTER_ROLES;
}

/** The roles in `roles` that an organisation of `kind` cannot grant (empty when all fit). */
export function rolesNotAllowed(kind: OrganisationKind, roles: readonly Role[]): Role[] {
  const allowed = rolesForKind(kind);
  return roles.filter((r) => !allowed.includes(r));
}
