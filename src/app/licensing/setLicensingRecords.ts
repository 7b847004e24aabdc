/**
 * The authority sets its licensing policies (routing, countersigning, reporting) and records an
 * exporter's eligibility facts. Each is validated in full before it is stored and audited.
 */
import { invalidInput } from '../../domain/errors.ts';
import { type ExporterProfile, ExporterProfileZ } from '../../domain/licensing/eligibility.ts';
import { LicensingRecordRepository } from '../../infra/db/repositories/licensingRecords.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { type PolicyKey, parsePolicy } from './licensingPolicies.ts';
import type { LicensingCaller, LicensingEnv } from './licensingEnv.ts';

export async function setLicensingPolicy(env: LicensingEnv, who: LicensingCaller, key: PolicyKey, data: unknown): Promise<void> {
  const parsed = parsePolicy(key, data);
  await env.db.kysely.transaction().execute(async (trx) => {
    await new LicensingRecordRepository(trx).setPolicy(key, parsed, who.userId, env.now.toISOString());
    await recordAudit(trx, { actor: who.audit, organisationId: who.organisationId, event: { type: 'licensing.policy_set', v: 1, key }, objectType: 'licensing_policy', objectId: key }, env.now);
  });
}

export async function setExporterProfile(env: LicensingEnv, who: LicensingCaller, organisationId: string, data: Record<string, unknown>): Promise<ExporterProfile> {
  return env.db.kysely.transaction().execute(async (trx) => {
    const org = await new OrganisationRepository(trx).get(organisationId);
    if (!org || org.kind !== 'exporter') throw invalidInput(`${organisationId} is not an exporter organisation`, { field: 'orgId' });
    const r = ExporterProfileZ.safeParse({ ...data, id: org.id, name: org.name });
    if (!r.success) {
      const first = r.error.issues[0];
      throw invalidInput(first?.message ?? 'invalid exporter profile', { field: first?.path.join('.') || '(profile)' });
    }
    await new LicensingRecordRepository(trx).setExporterProfile(org.id, r.data, who.userId, env.now.toISOString());
    await recordAudit(trx, { actor: who.audit, organisationId: org.id, event: { type: 'licensing.exporter_profile_set', v: 1, organisationId: org.id }, objectType: 'organisation', objectId: org.id }, env.now);
    return r.data;
  });
}
