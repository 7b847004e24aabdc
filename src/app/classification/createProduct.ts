/** Adds a product to the exporter's catalogue (SKU unique per exporter); audited as product.created. */
import { randomUUID } from 'node:crypto';
import { type Product, ProductInputZ, productFields } from '../../domain/classification/product.ts';
import { AppError } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { type ClassificationActor, parseInput, requireCan } from './support.ts';

export async function createProduct(db: Db, by: ClassificationActor, raw: unknown, at: Date): Promise<Product> {
  const organisationId = by.access.organisationId;
  requireCan(by.access, 'create', 'product', organisationId);
  const input = parseInput(ProductInputZ, raw);
  const now = at.toISOString();
  const product: Product = { id: randomUUID(), organisationId, sku: input.sku, ...productFields(input), createdAt: now, updatedAt: now };
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new ClassificationRepository(trx);
    if (await repo.productBySku(organisationId, input.sku)) throw new AppError('CONFLICT', `a product with SKU ${input.sku} already exists`, { location: { field: 'sku' } });
    await repo.insertProduct(product);
    const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...changes } = product;
    await recordAudit(trx, { actor: by.audit, organisationId, event: { type: 'product.created', v: 1, productId: product.id, sku: product.sku, changes: JSON.parse(JSON.stringify(changes)) }, objectType: 'product', objectId: product.id }, at);
    return product;
  });
}
