/**
 * The exporter records an end-user and end-use certificate it received, with the uploaded document
 * it came as (the content hash is taken from the stored document), and checks a recorded
 * certificate against a use: expired, altered, other end user or end use, items not covered.
 */
import { randomUUID } from 'node:crypto';
import { invalidInput, notFound } from '../../domain/errors.ts';
import { type CertificateFlag, type EndUseCertificate, certificateFlags } from '../../domain/licensing/certificates.ts';
import { DocumentRepository } from '../../infra/db/repositories/licensingDocuments.ts';
import { LicensingRecordRepository, type StoredCertificate } from '../../infra/db/repositories/licensingRecords.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { type LicensingCaller, type LicensingEnv, isoDay } from './licensingEnv.ts';

export type CertificateInput = Omit<EndUseCertificate, 'id' | 'contentHash'> & { documentId: string };

export async function recordCertificate(env: LicensingEnv, who: LicensingCaller, input: CertificateInput): Promise<StoredCertificate> {
  if (input.expiresOn !== null && input.expiresOn < input.issuedOn) throw invalidInput(`the certificate expires (${input.expiresOn}) before it is issued (${input.issuedOn})`, { field: 'expiresOn' });
  if (input.receivedOn > isoDay(env.now)) throw invalidInput(`the received date ${input.receivedOn} is in the future`, { field: 'receivedOn' });
  return env.db.kysely.transaction().execute(async (trx) => {
    const doc = await new DocumentRepository(trx).get(input.documentId);
    if (!doc || doc.organisationId !== who.organisationId) throw notFound(`document ${input.documentId}`);
    const { documentId, ...rest } = input;
    const certificate: EndUseCertificate = { ...rest, id: randomUUID(), contentHash: doc.sha256 };
    const stored: StoredCertificate = { certificate, organisationId: who.organisationId, documentId, createdAt: env.now.toISOString() };
    await new LicensingRecordRepository(trx).insertCertificate(stored);
    await recordAudit(trx, { actor: who.audit, organisationId: who.organisationId, event: { type: 'certificate.recorded', v: 1, certificateId: certificate.id, contentHash: certificate.contentHash, expiresOn: certificate.expiresOn }, objectType: 'certificate', objectId: certificate.id }, env.now);
    return stored;
  });
}

/** The flags of a recorded certificate for a use; `presentedDocumentId` checks a document against the recorded hash. */
export async function checkCertificate(env: LicensingEnv, who: LicensingCaller, id: string, use: { endUser: { name: string; country: string }; endUse: string; controlCodes: string[]; presentedDocumentId?: string | undefined; governmentAuthenticationRequired?: boolean | undefined }): Promise<CertificateFlag[]> {
  const db = env.db.kysely;
  const c = await new LicensingRecordRepository(db).certificate(id);
  if (!c || (who.organisationKind === 'exporter' && c.organisationId !== who.organisationId)) throw notFound(`certificate ${id}`);
  let presentedHash: string | undefined;
  if (use.presentedDocumentId) {
    const d = await new DocumentRepository(db).get(use.presentedDocumentId);
    if (!d || d.organisationId !== c.organisationId) throw notFound(`document ${use.presentedDocumentId}`);
    presentedHash = d.sha256;
  }
  return certificateFlags(c.certificate, { asOf: isoDay(env.now), endUser: use.endUser, endUse: use.endUse, controlCodes: use.controlCodes, ...(presentedHash ? { presentedHash } : {}), ...(use.governmentAuthenticationRequired ? { governmentAuthenticationRequired: true } : {}) });
}
