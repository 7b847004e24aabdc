/**
 * Signed-off classifications whose re-review is overdue or due soon on `asOf`, with their product,
 * oldest due date first. Read-only.
 */
import type { ClassificationRecord } from '../../domain/classification/classification.ts';
import type { Product } from '../../domain/classification/product.ts';
import { type ClassificationPolicy, DEFAULT_CLASSIFICATION_POLICY, type ReReviewStatus, reReviewStatus } from '../../domain/classification/reReview.ts';
import { addDays, parseIsoDate } from '../../domain/calendar/isoDate.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';

export interface DueReReview {
  classification: ClassificationRecord;
  product: Pick<Product, 'id' | 'sku' | 'nameZh' | 'nameEn'>;
  reReviewStatus: Exclude<ReReviewStatus, 'not_signed_off' | 'current'>;
}

/** `organisationId` null = every organisation (authority oversight). */
export async function listDueReReviews(db: Db, organisationId: string | null, asOf: string, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY): Promise<DueReReview[]> {
  parseIsoDate(asOf, 'asOf');
  const repo = new ClassificationRepository(db.kysely);
  const due = await repo.dueForReReview(organisationId, addDays(asOf, policy.dueSoonDays));
  const out: DueReReview[] = [];
  for (const c of due) {
    const status = reReviewStatus(c, asOf, policy);
    if (status !== 'overdue' && status !== 'due_soon') continue;
    const p = await repo.product(c.productId);
    if (!p) continue;
    out.push({ classification: c, product: { id: p.id, sku: p.sku, nameZh: p.nameZh, nameEn: p.nameEn }, reReviewStatus: status });
  }
  return out;
}
