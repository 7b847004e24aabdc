/**
 * MOFCOM issues the licence of an approved application: a unique number from the yearly sequence,
 * a random verification code, validity within the limits of Regs Art. 15, the item lines with
 * their quantity and value limits, and the decision's conditions. The exporter is notified.
 */
import { getRandomValues } from 'node:crypto';
import { AppError } from '../../domain/errors.ts';
import { licenceNumber, issueLicence as issue } from '../../domain/licensing/licence.ts';
import { bi, illegalTransition } from '../../domain/licensing/messages.ts';
import { LicenceRepository, type StoredLicence } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';
import { notify } from './notify.ts';

export interface IssueRequest {
  validFrom?: string | undefined;
  validTo: string;
}

const FORM_LETTER = { individual: 'S', general: 'G', registration: 'R' } as const;

export async function issueLicence(env: LicensingEnv, who: LicensingCaller, applicationId: string, req: IssueRequest): Promise<StoredLicence> {
  const today = isoDay(env.now);
  return env.db.kysely.transaction().execute(async (trx) => {
    const a = await loadVisibleApplication(trx, who, applicationId);
    if (who.organisationKind !== 'licensing_authority') throw new AppError('FORBIDDEN', 'only the licensing authority (MOFCOM) issues licences');
    if (a.case.status !== 'approved' || !a.case.decision) throw illegalTransition(bi(`cannot issue a licence: application ${a.id} is ${a.case.status.replaceAll('_', ' ')}, not approved`, `不能签发许可证：申请${a.id}未获准予许可`), { status: a.case.status });
    const repo = new LicenceRepository(trx);
    if (await repo.getByApplication(a.id)) throw new AppError('CONFLICT', `a licence has already been issued for application ${a.id}`);
    const app = a.application;
    const sequence = await repo.nextSequence(`${today.slice(0, 4)}-${FORM_LETTER[app.form]}`);
    const licence = issue(
      {
        form: app.form,
        applicationId: a.id,
        exporterId: a.organisationId,
        destination: app.destination ?? '',
        endUsers: app.endUsers.map((u) => u.name),
        endUse: app.endUse ?? '',
        conditions: a.case.decision.conditions,
        issuedOn: today,
        validFrom: req.validFrom ?? today,
        validTo: req.validTo,
        lines: app.items.map((i) => ({ lineId: i.lineId, controlCode: i.controlCode, description: i.description, unit: i.unit, currency: i.currency, quantity: i.quantity, value: i.value })),
      },
      { sequence, randomBytes: (n) => getRandomValues(new Uint8Array(n)) },
    );
    if (licence.number !== licenceNumber(app.form, today, sequence)) throw new AppError('INTERNAL', 'licence numbering is inconsistent');
    const stored: StoredLicence = { licence, organisationId: a.organisationId, changeApplications: [], version: 1 };
    await repo.insert(stored, env.now.toISOString(), who.userId);
    await recordAudit(trx, { actor: who.audit, organisationId: a.organisationId, event: { type: 'licence.issued', v: 1, licenceNumber: licence.number, applicationId: a.id, validFrom: licence.validFrom, validTo: licence.validTo }, objectType: 'licence', objectId: licence.number }, env.now);
    await notify(env.db, trx, { organisationId: a.organisationId, kind: 'licence', subject: `Licence ${licence.number} issued`, body: `Licence ${licence.number} for application ${a.id} is valid from ${licence.validFrom} to ${licence.validTo}.`, objectType: 'licence', objectId: licence.number }, env.now);
    return stored;
  });
}
