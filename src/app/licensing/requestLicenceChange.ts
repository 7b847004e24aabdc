/**
 * The exporter asks to change a licence. A change of a key element (item, destination, end user,
 * end use) is refused: it needs a new application (Regs Art. 18 ¶2). Any other change is a change
 * application, and the licence is not used while it is decided (Art. 18 ¶3).
 */
import { AppError } from '../../domain/errors.ts';
import { type RequestedChange, submitChangeApplication } from '../../domain/licensing/changes.ts';
import { LicenceRepository, type StoredLicence } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleLicence } from './licenceAccess.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';

export async function requestLicenceChange(env: LicensingEnv, who: LicensingCaller, number: string, changes: RequestedChange[], reason: string): Promise<StoredLicence> {
  return env.db.kysely.transaction().execute(async (trx) => {
    const s = await loadVisibleLicence(trx, who, number);
    if (who.organisationKind !== 'exporter') throw new AppError('FORBIDDEN', 'change applications are made by the licence holder');
    const { application, licence } = submitChangeApplication(s.licence, changes, { at: isoDay(env.now), reason });
    const next: StoredLicence = { ...s, licence, changeApplications: [...s.changeApplications, application] };
    await new LicenceRepository(trx).update(next, env.now.toISOString(), who.userId);
    await recordAudit(trx, { actor: who.audit, organisationId: s.organisationId, event: { type: 'licence.change_requested', v: 1, licenceNumber: number, elements: changes.map((c) => c.element) }, objectType: 'licence', objectId: number }, env.now);
    return { ...next, version: s.version + 1 };
  });
}
