/**
 * Signs off a submitted classification (four-eyes: not by its classifier; only roles with
 * `decide` on classifications). It becomes the effective classification of the product for its
 * jurisdiction, replacing the previously signed-off one, and is due for re-review after the
 * policy period. Audited as classification.signed_off.
 */
import type { ClassificationRecord } from '../../domain/classification/classification.ts';
import { type ClassificationPolicy, DEFAULT_CLASSIFICATION_POLICY } from '../../domain/classification/reReview.ts';
import { signOff, supersededBy } from '../../domain/classification/workflow.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadClassification } from './loadClassification.ts';
import type { ClassificationActor } from './support.ts';

export interface SignOffOptions {
  note?: string | undefined;
  policy?: ClassificationPolicy;
}

export async function signOffClassification(db: Db, by: ClassificationActor, id: string, at: Date, opts: SignOffOptions = {}): Promise<ClassificationRecord> {
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const current = await loadClassification(repo, by.access, id, 'decide');
    const note = opts.note?.trim() ? opts.note.trim() : null;
    const next = signOff(current, by.access, at, at.toISOString().slice(0, 10), note, opts.policy ?? DEFAULT_CLASSIFICATION_POLICY);
    const replaced = supersededBy('sign_off', await repo.history(next.productId, next.jurisdiction), next);
    await repo.saveTransition(next, current.status);
    for (const r of replaced) await repo.saveTransition(r, 'signed_off');
    await recordAudit(
      trx,
      {
        actor: by.audit,
        organisationId: next.organisationId,
        event: {
          type: 'classification.signed_off',
          v: 1,
          classificationId: next.id,
          productId: next.productId,
          jurisdiction: next.jurisdiction,
          versionNo: next.versionNo,
          signedOffOn: next.signedOffOn ?? '',
          reReviewDue: next.reReviewDue ?? '',
          supersedes: replaced[0]?.id ?? null,
        },
        objectType: 'classification',
        objectId: next.id,
      },
      at,
    );
    return next;
  });
}
