/**
 * The exporter records an export made on its licence (declaration number, date, customs office,
 * quantity and value per line). The domain refuses over-use and use of a suspended, revoked,
 * spent or expired licence, naming every reason; an accepted shipment decrements the balance.
 */
import { AppError } from '../../domain/errors.ts';
import { type LineBalance, type Shipment, recordShipment as record } from '../../domain/licensing/licence.ts';
import { LicenceRepository, type StoredLicence } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleLicence } from './licenceAccess.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';

export async function recordShipment(env: LicensingEnv, who: LicensingCaller, number: string, shipment: Shipment): Promise<{ licence: StoredLicence; balance: LineBalance[] }> {
  return env.db.kysely.transaction().execute(async (trx) => {
    const s = await loadVisibleLicence(trx, who, number);
    if (who.organisationKind !== 'exporter') throw new AppError('FORBIDDEN', 'shipments are recorded by the exporter holding the licence');
    const { licence, balance } = record(s.licence, shipment, isoDay(env.now));
    const next = { ...s, licence };
    await new LicenceRepository(trx).update(next, env.now.toISOString(), who.userId);
    await recordAudit(trx, { actor: who.audit, organisationId: s.organisationId, event: { type: 'shipment.recorded', v: 1, licenceNumber: number, declarationNumber: shipment.declarationNumber, date: shipment.date, lines: shipment.lines }, objectType: 'licence', objectId: number }, env.now);
    if (licence.status !== s.licence.status)
      await recordAudit(trx, { actor: who.audit, organisationId: s.organisationId, event: { type: 'licence.status_changed', v: 1, licenceNumber: number, action: 'spent', from: s.licence.status, to: licence.status, reason: 'the export is done (Regs Art. 15 ¶2)' }, objectType: 'licence', objectId: number }, env.now);
    return { licence: { ...next, version: s.version + 1 }, balance };
  });
}
