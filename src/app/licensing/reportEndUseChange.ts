/**
 * The exporter reports that the end use or end user has changed or may change (Law Art. 16, Regs
 * Art. 25): every usable licence named, or issued for the same end user, is suspended at once and
 * MOFCOM is notified.
 */
import { AppError } from '../../domain/errors.ts';
import { type AffectedLicence, type EndUseChangeKind, reportEndUseChange as apply } from '../../domain/licensing/certificates.ts';
import { LicenceRepository } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';
import { notify } from './notify.ts';

export async function reportEndUseChange(env: LicensingEnv, who: LicensingCaller, r: { kind: EndUseChangeKind; endUser: string; licenceNumbers: string[]; details: string }): Promise<AffectedLicence[]> {
  if (who.organisationKind !== 'exporter') throw new AppError('FORBIDDEN', 'end-use change reports are made by the exporter');
  return env.db.kysely.transaction().execute(async (trx) => {
    const repo = new LicenceRepository(trx);
    const mine = await repo.listForOrganisation(who.organisationId);
    const unknown = r.licenceNumbers.filter((n) => !mine.some((s) => s.licence.number === n));
    if (unknown.length > 0) throw new AppError('NOT_FOUND', `licence ${unknown.join(', ')} not found`, { location: { field: 'licenceNumbers' } });
    const { affected, licences } = apply({ reportedOn: isoDay(env.now), reportedBy: who.audit.name, kind: r.kind, endUser: r.endUser, licenceNumbers: r.licenceNumbers, details: r.details }, mine.map((s) => s.licence));
    for (const a of affected) {
      const before = mine.find((s) => s.licence.number === a.number);
      const after = licences.find((l) => l.number === a.number);
      if (!before || !after) continue;
      await repo.update({ ...before, licence: after }, env.now.toISOString(), who.userId);
      await recordAudit(trx, { actor: who.audit, organisationId: who.organisationId, event: { type: 'licence.status_changed', v: 1, licenceNumber: a.number, action: 'suspend', from: before.licence.status, to: after.status, reason: a.because.en }, objectType: 'licence', objectId: a.number }, env.now);
    }
    await recordAudit(trx, { actor: who.audit, organisationId: who.organisationId, event: { type: 'certificate.end_use_change_reported', v: 1, kind: r.kind, licences: affected.map((a) => a.number) }, objectType: 'organisation', objectId: who.organisationId }, env.now);
    const authority = await trx.selectFrom('organisations').select('id').where('kind', '=', 'licensing_authority').orderBy('created_at').executeTakeFirst();
    if (authority)
      await notify(env.db, trx, { organisationId: authority.id, kind: 'decision', subject: `End-use change reported: ${r.endUser}`, body: `${r.kind.replaceAll('_', ' ')}: ${r.details.trim()}. Licences stopped: ${affected.map((a) => a.number).join(', ') || 'none'}.`, objectType: 'licence', objectId: affected[0]?.number ?? r.endUser }, env.now);
    return affected;
  });
}
