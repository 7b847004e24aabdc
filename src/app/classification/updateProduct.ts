/** Changes a product's catalogue data (not its SKU); audited as product.updated with the changed fields. */
import { type Product, ProductPatchZ, applyProductPatch } from '../../domain/classification/product.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadProduct } from './loadProduct.ts';
import { type ClassificationActor, parseInput } from './support.ts';

export async function updateProduct(db: Db, by: ClassificationActor, productId: string, raw: unknown, at: Date): Promise<Product> {
  const patch = parseInput(ProductPatchZ, raw);
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    const current = await loadProduct(repo, by.access, productId, 'update');
    const { id, organisationId, sku, createdAt, updatedAt: _u, ...fields } = current;
    const { fields: next, changes } = applyProductPatch(fields, patch);
    if (Object.keys(changes).length === 0) return current;
    const updated: Product = { id, organisationId, sku, createdAt, ...next, updatedAt: at.toISOString() };
    await repo.updateProduct(updated);
    await recordAudit(trx, { actor: by.audit, organisationId, event: { type: 'product.updated', v: 1, productId: id, sku, changes: JSON.parse(JSON.stringify(changes)) }, objectType: 'product', objectId: id }, at);
    return updated;
  });
}
