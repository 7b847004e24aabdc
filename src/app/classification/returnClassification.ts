/** Returns a submitted classification to the classifier with a note (four-eyes); audited as classification.returned. */
import type { ClassificationRecord } from '../../domain/classification/classification.ts';
import { returnForRework } from '../../domain/classification/workflow.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadClassification } from './loadClassification.ts';
import type { ClassificationActor } from './support.ts';

export async function returnClassification(db: Db, by: ClassificationActor, id: string, note: string, at: Date): Promise<ClassificationRecord> {
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const current = await loadClassification(repo, by.access, id, 'decide');
    const next = returnForRework(current, by.access, at, note);
    await repo.saveTransition(next, current.status);
    await recordAudit(
      trx,
      { actor: by.audit, organisationId: next.organisationId, event: { type: 'classification.returned', v: 1, classificationId: next.id, productId: next.productId, jurisdiction: next.jurisdiction, versionNo: next.versionNo, note: next.reviewNote ?? note }, objectType: 'classification', objectId: next.id },
      at,
    );
    return next;
  });
}
