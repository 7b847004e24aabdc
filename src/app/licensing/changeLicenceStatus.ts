/**
 * MOFCOM suspends, reinstates, revokes or expires a licence, or the exporter surrenders it; each
 * with its reason. The holder is notified.
 */
import { AppError } from '../../domain/errors.ts';
import { type LifecycleAction, type SuspensionGround, changeLicenceStatus as change } from '../../domain/licensing/licence.ts';
import { LicenceRepository, type StoredLicence } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleLicence } from './licenceAccess.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';
import { notify } from './notify.ts';

export async function changeLicenceStatus(env: LicensingEnv, who: LicensingCaller, number: string, action: LifecycleAction, opts: { reason: string; ground?: SuspensionGround | undefined }): Promise<StoredLicence> {
  return env.db.kysely.transaction().execute(async (trx) => {
    const s = await loadVisibleLicence(trx, who, number);
    const byExporter = who.organisationKind === 'exporter';
    if (byExporter !== (action === 'surrender')) throw new AppError('FORBIDDEN', action === 'surrender' ? 'only the holder surrenders its licence' : `only the licensing authority may ${action} a licence`);
    const licence = change(s.licence, action, { at: isoDay(env.now), reason: opts.reason, ...(opts.ground ? { ground: opts.ground } : {}) });
    const next = { ...s, licence };
    await new LicenceRepository(trx).update(next, env.now.toISOString(), who.userId);
    await recordAudit(trx, { actor: who.audit, organisationId: s.organisationId, event: { type: 'licence.status_changed', v: 1, licenceNumber: number, action, from: s.licence.status, to: licence.status, reason: opts.reason.trim() }, objectType: 'licence', objectId: number }, env.now);
    if (!byExporter) await notify(env.db, trx, { organisationId: s.organisationId, kind: 'licence', subject: `Licence ${number}: ${licence.status}`, body: `Licence ${number} is now ${licence.status}: ${opts.reason.trim()}`, objectType: 'licence', objectId: number }, env.now);
    return { ...next, version: s.version + 1 };
  });
}
