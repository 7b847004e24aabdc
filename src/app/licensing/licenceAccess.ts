/**
 * Which licences an organisation sees: the exporter its own; MOFCOM all; a provincial department
 * those of applications filed with it. Others get NOT_FOUND.
 */
import type { Kysely } from 'kysely';
import { notFound } from '../../domain/errors.ts';
import { ApplicationRepository } from '../../infra/db/repositories/licensingApplications.ts';
import { LicenceRepository, type StoredLicence } from '../../infra/db/repositories/licences.ts';
import type { Database } from '../../infra/db/schema.ts';
import type { LicensingCaller } from './licensingEnv.ts';

export async function loadVisibleLicence(db: Kysely<Database>, who: LicensingCaller, number: string): Promise<StoredLicence> {
  const s = await new LicenceRepository(db).get(number);
  if (!s) throw notFound(`licence ${number}`);
  if (who.organisationKind === 'exporter' && s.organisationId === who.organisationId) return s;
  if (who.organisationKind === 'licensing_authority') return s;
  if (who.organisationKind === 'provincial_commerce') {
    const a = await new ApplicationRepository(db).get(s.licence.applicationId);
    if (a?.provinceOrgId === who.organisationId) return s;
  }
  throw notFound(`licence ${number}`);
}
