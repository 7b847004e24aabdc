/** An exporter starts an application: a draft filed with its provincial commerce department. */
import { randomUUID } from 'node:crypto';
import { invalidInput } from '../../domain/errors.ts';
import { type Application, parseApplication } from '../../domain/licensing/application.ts';
import { newApplicationCase } from '../../domain/licensing/applicationStateMachine.ts';
import { ApplicationRepository, type StoredApplication } from '../../infra/db/repositories/licensingApplications.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { DEFAULT_QUEUE } from './licensingPolicies.ts';
import type { LicensingCaller, LicensingEnv } from './licensingEnv.ts';

export interface DraftInput {
  provinceOrgId: string;
  /** The application contents so far (form required; everything else may come later). */
  application: Record<string, unknown>;
}

export async function createDraftApplication(env: LicensingEnv, who: LicensingCaller, input: DraftInput): Promise<StoredApplication> {
  return env.db.kysely.transaction().execute(async (trx) => {
    const orgs = new OrganisationRepository(trx);
    const me = await orgs.get(who.organisationId);
    if (!me || me.kind !== 'exporter') throw invalidInput('only an exporter can apply for a licence', { field: 'organisationId' });
    const province = await orgs.get(input.provinceOrgId);
    if (!province || province.kind !== 'provincial_commerce') throw invalidInput(`${input.provinceOrgId} is not a provincial commerce department`, { field: 'provinceOrgId' });
    const id = randomUUID();
    const application: Application = parseApplication({ ...input.application, id, exporter: { id: me.id, name: me.name } });
    const at = env.now.toISOString();
    const stored: StoredApplication = {
      id,
      organisationId: me.id,
      provinceOrgId: province.id,
      queueOrg: null,
      queue: DEFAULT_QUEUE,
      assigneeId: null,
      dueDate: null,
      application,
      case: newApplicationCase(id),
      routing: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await new ApplicationRepository(trx).insert(stored);
    await recordAudit(trx, { actor: who.audit, organisationId: me.id, event: { type: 'application.drafted', v: 1, applicationId: id, form: application.form, provinceOrgId: province.id }, objectType: 'application', objectId: id }, env.now);
    return stored;
  });
}
