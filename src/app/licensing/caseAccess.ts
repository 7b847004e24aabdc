/**
 * Which applications an organisation sees, by its part in the two-tier review: an exporter its own;
 * a provincial commerce department those filed with it; MOFCOM every application once forwarded
 * to it; a consulted agency only the cases sent to it. Anything else is reported as not found, so
 * the existence of another party's case does not leak. (The policy table grants the role; this
 * narrows by organisation kind.)
 */
import type { Kysely } from 'kysely';
import { notFound } from '../../domain/errors.ts';
import { ApplicationRepository, type QueueFilter, type StoredApplication } from '../../infra/db/repositories/licensingApplications.ts';
import type { Database } from '../../infra/db/schema.ts';
import type { LicensingCaller } from './licensingEnv.ts';

const AT_MOFCOM_OR_LATER = (a: StoredApplication): boolean => a.case.forwardedOn !== null;

export async function canSeeApplication(db: Kysely<Database>, who: LicensingCaller, a: StoredApplication): Promise<boolean> {
  switch (who.organisationKind) {
    case 'exporter':
      return a.organisationId === who.organisationId;
    case 'provincial_commerce':
      return a.provinceOrgId === who.organisationId && a.case.status !== 'draft';
    case 'licensing_authority':
      return AT_MOFCOM_OR_LATER(a);
    case 'consulted_agency':
      return new ApplicationRepository(db).isConsulted(a.id, who.organisationId);
    default:
      return false;
  }
}

/** Loads an application the caller may see, or NOT_FOUND. */
export async function loadVisibleApplication(db: Kysely<Database>, who: LicensingCaller, id: string): Promise<StoredApplication> {
  const a = await new ApplicationRepository(db).get(id);
  if (!a || !(await canSeeApplication(db, who, a))) throw notFound(`application ${id}`);
  return a;
}

/** The part of the work lists the caller sees; null when its organisation has none. */
export function queueScope(who: LicensingCaller): Pick<QueueFilter, 'queueOrg' | 'organisationId' | 'consultedAgency'> | null {
  switch (who.organisationKind) {
    case 'exporter':
      return { organisationId: who.organisationId };
    case 'provincial_commerce':
    case 'licensing_authority':
      return { queueOrg: who.organisationId };
    case 'consulted_agency':
      return { consultedAgency: who.organisationId };
    default:
      return null;
  }
}
