/** Registers an organisation (an exporter or an authority) and records `org.created`. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { OrganisationKind } from '../../domain/access/organisations.ts';
import { AppError } from '../../domain/errors.ts';
import { type Organisation, OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';

export interface CreateOrganisationInput {
  kind: OrganisationKind;
  name: string;
  code?: string | null | undefined;
}

export async function createOrganisation(db: Kysely<Database>, actor: AuditActor, input: CreateOrganisationInput, at: Date): Promise<Organisation> {
  const name = input.name.trim();
  return db.transaction().execute(async (trx) => {
    const orgs = new OrganisationRepository(trx);
    if (await orgs.findByName(name)) throw new AppError('CONFLICT', `an organisation named "${name}" already exists`, { location: { field: 'name' } });
    const org: Organisation = { id: randomUUID(), kind: input.kind, name, code: input.code ?? null, createdAt: at.toISOString() };
    await orgs.insert(org);
    await recordAudit(trx, { actor, organisationId: org.id, event: { type: 'org.created', v: 1, orgId: org.id, kind: org.kind, name: org.name }, objectType: 'organisation', objectId: org.id }, at);
    return org;
  });
}
