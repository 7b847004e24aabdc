/** Products: the exporter's catalogue, each product's classification history, and the classification assistant. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { classifyProduct } from '../../../app/classification/classifyProduct.ts';
import { createProduct } from '../../../app/classification/createProduct.ts';
import { loadProduct } from '../../../app/classification/loadProduct.ts';
import { suggestClassification } from '../../../app/classification/suggestClassification.ts';
import type { ClassificationActor } from '../../../app/classification/support.ts';
import { updateProduct } from '../../../app/classification/updateProduct.ts';
import { accessActor } from '../../../app/auth/principal.ts';
import { ClassificationRepository } from '../../../infra/db/repositories/classificationRepository.ts';
import { actorOf, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { ZClassification, ZClassifyBody, ZCreateProductBody, ZHistory, ZProduct, ZProductListQuery, ZProductPage, ZSuggestQuery, ZSuggestions, ZUpdateProductBody } from './schema.ts';

/** The caller as the classification use cases see them. */
export function classificationActor(req: FastifyRequest): ClassificationActor {
  const p = principalOf(req);
  return { audit: actorOf(req), access: { ...accessActor(p), name: p.user.username } };
}

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const repo = new ClassificationRepository(db.kysely);

  app.get('/', { schema: { tags: ['products'], summary: 'List products', querystring: ZProductListQuery, response: { 200: ZProductPage, ...errorResponses } } }, async (req) => {
    const p = principalOf(req);
    const scope = listingScope(req, 'read', 'product');
    const { limit, offset, q } = req.query;
    return repo.listProducts(scope === 'any' ? null : p.organisation.id, { limit, offset, ...(q ? { q } : {}) });
  });

  app.post('/', { schema: { tags: ['products'], summary: 'Add a product to the catalogue', body: ZCreateProductBody, response: { 201: ZProduct, ...errorResponses } } }, async (req, reply) => {
    const product = await createProduct(db, classificationActor(req), req.body, clock());
    return reply.status(201).send(product);
  });

  app.get('/:id', { schema: { tags: ['products'], summary: 'One product', params: ZIdParams, response: { 200: ZProduct, ...errorResponses } } }, async (req) =>
    loadProduct(repo, classificationActor(req).access, req.params.id, 'read'),
  );

  app.patch('/:id', { schema: { tags: ['products'], summary: 'Change a product (not its SKU)', params: ZIdParams, body: ZUpdateProductBody, response: { 200: ZProduct, ...errorResponses } } }, async (req) =>
    updateProduct(db, classificationActor(req), req.params.id, req.body, clock()),
  );

  app.get('/:id/classifications', { schema: { tags: ['classifications'], summary: 'Classification history of a product, newest version first per jurisdiction', params: ZIdParams, response: { 200: ZHistory, ...errorResponses } } }, async (req) => {
    const product = await loadProduct(repo, classificationActor(req).access, req.params.id, 'read', 'classification');
    return { items: await repo.history(product.id) };
  });

  app.post(
    '/:id/classifications',
    { schema: { tags: ['classifications'], summary: 'Classify a product for a jurisdiction (a new draft version)', params: ZIdParams, body: ZClassifyBody, response: { 201: ZClassification, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await classifyProduct(db, classificationActor(req), req.params.id, req.body, clock())),
  );

  app.get(
    '/:id/suggestions',
    { schema: { tags: ['classifications'], summary: 'Classification assistant: list entries matching the product, ranked, with why', params: ZIdParams, querystring: ZSuggestQuery, response: { 200: ZSuggestions, ...errorResponses } } },
    async (req) => ({ items: await suggestClassification(db, classificationActor(req), req.params.id, { jurisdiction: req.query.jurisdiction, limit: req.query.limit }) }),
  );
};
