/**
 * The exporter edits its application while it is a draft or returned for information: the given
 * top-level fields replace the stored ones. The id, exporter and form of an application are fixed.
 */
import { invalidInput } from '../../domain/errors.ts';
import { parseApplication } from '../../domain/licensing/application.ts';
import { illegalTransition, bi } from '../../domain/licensing/messages.ts';
import { ApplicationRepository, type StoredApplication } from '../../infra/db/repositories/licensingApplications.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import type { LicensingCaller, LicensingEnv } from './licensingEnv.ts';

const FIXED = ['id', 'exporter', 'form'];
const EDITABLE_STATUSES = ['draft', 'returned_for_information'];

export async function updateDraftApplication(env: LicensingEnv, who: LicensingCaller, id: string, changes: Record<string, unknown>): Promise<StoredApplication> {
  const fixed = Object.keys(changes).filter((k) => FIXED.includes(k));
  if (fixed.length > 0) throw invalidInput(`the ${fixed.join(', ')} of an application cannot be changed`, { field: fixed[0] ?? 'id' });
  return env.db.kysely.transaction().execute(async (trx) => {
    const a = await loadVisibleApplication(trx, who, id);
    if (who.organisationKind !== 'exporter') throw illegalTransition(bi('only the exporter edits its application', '只有出口经营者可以修改申请'));
    if (!EDITABLE_STATUSES.includes(a.case.status))
      throw illegalTransition(bi(`application ${id} is ${a.case.status.replaceAll('_', ' ')}; it can be edited only as a draft or when returned for information`, `申请${id}当前不可修改`), { status: a.case.status });
    const application = parseApplication({ ...a.application, ...changes, id: a.id, exporter: a.application.exporter, form: a.application.form });
    const next: StoredApplication = { ...a, application, updatedAt: env.now.toISOString() };
    await new ApplicationRepository(trx).update(next, a.version);
    await recordAudit(trx, { actor: who.audit, organisationId: a.organisationId, event: { type: 'application.updated', v: 1, applicationId: id, fields: Object.keys(changes).sort() }, objectType: 'application', objectId: id }, env.now);
    return { ...next, version: a.version + 1 };
  });
}
