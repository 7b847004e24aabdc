/**
 * The exporter reports the shipment, arrival, installation or use of a recorded shipment (Regs
 * Art. 18 ¶1). The schedule of the reporting policy says what is due and when.
 */
import { randomUUID } from 'node:crypto';
import { AppError, invalidInput } from '../../domain/errors.ts';
import { type ReportKind, type ReportStatus, reportSchedule } from '../../domain/licensing/postShipmentReports.ts';
import { LicenceRepository, type StoredReport } from '../../infra/db/repositories/licences.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleLicence } from './licenceAccess.ts';
import { reportingPolicy } from './licensingPolicies.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';

export interface ReportRequest {
  declarationNumber: string;
  kind: ReportKind;
  eventDate: string;
  note: string;
  documentId?: string | undefined;
}

export async function submitPostShipmentReport(env: LicensingEnv, who: LicensingCaller, number: string, req: ReportRequest): Promise<StoredReport> {
  const today = isoDay(env.now);
  return env.db.kysely.transaction().execute(async (trx) => {
    const s = await loadVisibleLicence(trx, who, number);
    if (who.organisationKind !== 'exporter') throw new AppError('FORBIDDEN', 'post-shipment reports are submitted by the licence holder');
    const shipment = s.licence.shipments.find((x) => x.declarationNumber === req.declarationNumber);
    if (!shipment) throw invalidInput(`no shipment with declaration ${req.declarationNumber} is recorded on licence ${number}`, { field: 'declarationNumber' });
    if (req.eventDate > today) throw invalidInput(`the event date ${req.eventDate} is in the future`, { field: 'eventDate' });
    if (req.eventDate < shipment.date) throw invalidInput(`the event date ${req.eventDate} is before the shipment on ${shipment.date}`, { field: 'eventDate' });
    const report: StoredReport = { id: randomUUID(), declarationNumber: req.declarationNumber, kind: req.kind, eventDate: req.eventDate, submittedOn: today, note: req.note.trim(), documentId: req.documentId ?? null, submittedBy: who.userId };
    await new LicenceRepository(trx).insertReport(number, report);
    await recordAudit(trx, { actor: who.audit, organisationId: s.organisationId, event: { type: 'report.submitted', v: 1, licenceNumber: number, declarationNumber: req.declarationNumber, kind: req.kind, eventDate: req.eventDate }, objectType: 'licence', objectId: number }, env.now);
    return report;
  });
}

/** Per shipment, which reports are submitted, due or overdue under the authority's reporting policy. */
export async function reportStatus(env: LicensingEnv, who: LicensingCaller, number: string): Promise<{ declarationNumber: string; reports: ReportStatus[] }[]> {
  const db = env.db.kysely;
  const s = await loadVisibleLicence(db, who, number);
  const policy = await reportingPolicy(db);
  if (!policy) return [];
  const submitted = await new LicenceRepository(db).reports(number);
  return s.licence.shipments.map((sh) => ({ declarationNumber: sh.declarationNumber, reports: reportSchedule(policy, sh.date, submitted.filter((r) => r.declarationNumber === sh.declarationNumber), isoDay(env.now)) }));
}
