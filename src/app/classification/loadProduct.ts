/** Loads a product the actor may act on; another exporter's product is reported as not found. */
import { type Action, decide } from '../../domain/access/policy.ts';
import type { Product } from '../../domain/classification/product.ts';
import type { WorkflowActor } from '../../domain/classification/workflow.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';

export async function loadProduct(repo: ClassificationRepository, actor: WorkflowActor, productId: string, action: Action = 'read', resource: 'product' | 'classification' | 'enquiry' = 'product'): Promise<Product> {
  const p = await repo.product(productId);
  if (!p) throw notFound('product');
  switch (decide(actor, action, { type: resource, organisationId: p.organisationId })) {
    case 'allow':
      return p;
    case 'hidden':
      throw notFound('product');
    case 'forbidden':
      throw new AppError('FORBIDDEN', `your roles (${actor.roles.join(', ') || 'none'}) do not allow ${action} on ${resource}`);
  }
}
