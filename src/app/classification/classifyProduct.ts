/**
 * Records a new classification of a product for one jurisdiction, as a draft: a new version that
 * replaces the open (unfinished) versions; the signed-off one stays effective until the new one is
 * signed off. Audited as classification.drafted.
 */
import { randomUUID } from 'node:crypto';
import { ClassificationInputZ, type ClassificationRecord, checkClassificationInput } from '../../domain/classification/classification.ts';
import { draftClassification, supersededBy } from '../../domain/classification/workflow.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadProduct } from './loadProduct.ts';
import { type ClassificationActor, parseInput } from './support.ts';

export async function classifyProduct(db: Db, by: ClassificationActor, productId: string, raw: unknown, at: Date): Promise<ClassificationRecord> {
  const input = checkClassificationInput(parseInput(ClassificationInputZ, raw));
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const product = await loadProduct(repo, by.access, productId, 'create', 'classification');
    const versionNo = await repo.nextVersionNo(product.id, input.jurisdiction);
    const record = draftClassification({ id: randomUUID(), organisationId: product.organisationId, productId: product.id, versionNo, input }, by.access, at);
    const earlier = await repo.history(product.id, input.jurisdiction);
    const before = new Map(earlier.map((e) => [e.id, e.status]));
    const replaced = supersededBy('draft', earlier, record);
    await repo.insertClassification(record);
    for (const r of replaced) await repo.saveTransition(r, before.get(r.id) ?? r.status);
    await recordAudit(
      trx,
      {
        actor: by.audit,
        organisationId: product.organisationId,
        event: { type: 'classification.drafted', v: 1, classificationId: record.id, productId: product.id, jurisdiction: record.jurisdiction, versionNo, codes: record.codes, notListed: record.notListed, supersedes: replaced.map((r) => r.id) },
        objectType: 'classification',
        objectId: record.id,
      },
      at,
    );
    return record;
  });
}
