/** Sends a draft classification for review (draft → submitted_for_review); audited as classification.submitted. */
import type { ClassificationRecord } from '../../domain/classification/classification.ts';
import { submitForReview } from '../../domain/classification/workflow.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadClassification } from './loadClassification.ts';
import type { ClassificationActor } from './support.ts';

export async function submitClassification(db: Db, by: ClassificationActor, id: string, at: Date): Promise<ClassificationRecord> {
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const current = await loadClassification(repo, by.access, id, 'create');
    const next = submitForReview(current, by.access, at);
    await repo.saveTransition(next, current.status);
    await recordAudit(
      trx,
      { actor: by.audit, organisationId: next.organisationId, event: { type: 'classification.submitted', v: 1, classificationId: next.id, productId: next.productId, jurisdiction: next.jurisdiction, versionNo: next.versionNo }, objectType: 'classification', objectId: next.id },
      at,
    );
    return next;
  });
}
