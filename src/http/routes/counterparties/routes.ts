/** Counterparties: the exporter's business partners, stored for screening and re-screening. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCounterparty } from '../../../app/screening/createCounterparty.ts';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { screenCounterparty } from '../../../app/screening/screenCounterparty.ts';
import { updateCounterparty } from '../../../app/screening/updateCounterparty.ts';
import { notFound } from '../../../domain/errors.ts';
import { CounterpartyRepository } from '../../../infra/db/repositories/counterpartyRepository.ts';
import { actorOf, authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { ZCounterparty, ZCounterpartyListQuery, ZCounterpartyPage, ZCounterpartyScreening, ZCreateCounterpartyBody, ZUpdateCounterpartyBody } from './schema.ts';

export const counterpartyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const { service } = screeningRuntime(db);
  const repo = new CounterpartyRepository(db.kysely);

  /** Loads a counterparty and checks `action` on it; another exporter's id is a 404. */
  const load = async (req: Parameters<typeof principalOf>[0], id: string, action: 'read' | 'update') => {
    const cp = await repo.find(id);
    if (!cp) throw notFound('counterparty');
    authorize(req, action, { type: 'counterparty', organisationId: cp.organisationId });
    return cp;
  };

  app.get(
    '/',
    { schema: { tags: ['counterparties'], summary: 'List counterparties', querystring: ZCounterpartyListQuery, response: { 200: ZCounterpartyPage, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      const scope = listingScope(req, 'read', 'counterparty');
      const { limit, offset, q } = req.query;
      return repo.list(scope === 'any' ? null : p.organisation.id, { limit, offset, ...(q ? { q } : {}) });
    },
  );

  app.post(
    '/',
    { schema: { tags: ['counterparties'], summary: 'Record a counterparty', body: ZCreateCounterpartyBody, response: { 201: ZCounterparty, ...errorResponses } } },
    async (req, reply) => {
      const p = principalOf(req);
      authorize(req, 'create', { type: 'counterparty', organisationId: p.organisation.id });
      const cp = await createCounterparty(db, { actor: actorOf(req), organisationId: p.organisation.id }, req.body, clock());
      return reply.status(201).send(cp);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['counterparties'], summary: 'One counterparty', params: ZIdParams, response: { 200: ZCounterparty, ...errorResponses } } },
    async (req) => load(req, req.params.id, 'read'),
  );

  app.patch(
    '/:id',
    { schema: { tags: ['counterparties'], summary: 'Change a counterparty (a changed name, country, … re-opens dismissed hits at the next screening)', params: ZIdParams, body: ZUpdateCounterpartyBody, response: { 200: ZCounterparty, ...errorResponses } } },
    async (req) => {
      const cp = await load(req, req.params.id, 'update');
      return updateCounterparty(db, { actor: actorOf(req), organisationId: cp.organisationId }, cp.id, req.body, clock());
    },
  );

  app.post(
    '/:id/screen',
    { schema: { tags: ['counterparties'], summary: 'Screen a counterparty now: records a run and raises alerts for new or changed hits', params: ZIdParams, response: { 200: ZCounterpartyScreening, ...errorResponses } } },
    async (req) => {
      const cp = await load(req, req.params.id, 'read');
      authorize(req, 'run', { type: 'screening', organisationId: cp.organisationId });
      return screenCounterparty(db, service, { actor: actorOf(req), organisationId: cp.organisationId }, cp.id, clock());
    },
  );
};
