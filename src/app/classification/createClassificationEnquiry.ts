/**
 * Opens a classification enquiry to MOFCOM (Regs Art. 14 ¶4) with the item's performance
 * indicators, main uses and the reason the exporter cannot decide; audited as enquiry.created.
 */
import { randomUUID } from 'node:crypto';
import { type ClassificationEnquiry, EnquiryInputZ } from '../../domain/classification/enquiry.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadProduct } from './loadProduct.ts';
import { type ClassificationActor, parseInput, requireCan } from './support.ts';

export async function createClassificationEnquiry(db: Db, by: ClassificationActor, raw: unknown, at: Date): Promise<ClassificationEnquiry> {
  const input = parseInput(EnquiryInputZ, raw);
  const organisationId = by.access.organisationId;
  requireCan(by.access, 'create', 'enquiry', organisationId);
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const product = input.productId === undefined ? null : await loadProduct(repo, by.access, input.productId, 'create', 'enquiry');
    const { productId: _p, ...content } = input;
    const enquiry: ClassificationEnquiry = {
      ...content,
      id: randomUUID(),
      organisationId,
      productId: product?.id ?? null,
      authority: 'CN-MOFCOM',
      status: 'open',
      createdBy: by.access.userId,
      createdByName: by.access.name,
      createdAt: at.toISOString(),
    };
    await repo.insertEnquiry(enquiry);
    await recordAudit(trx, { actor: by.audit, organisationId, event: { type: 'enquiry.created', v: 1, enquiryId: enquiry.id, productId: enquiry.productId, subject: enquiry.subject }, objectType: 'enquiry', objectId: enquiry.id }, at);
    return enquiry;
  });
}
