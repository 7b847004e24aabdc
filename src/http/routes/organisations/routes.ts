/** Organisations: exporters and authorities. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createOrganisation } from '../../../app/organisations/createOrganisation.ts';
import { notFound } from '../../../domain/errors.ts';
import { OrganisationRepository } from '../../../infra/db/repositories/organisations.ts';
import { actorOf, authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZCreateOrganisationBody, ZIdParams, ZOrganisation, ZOrganisationListQuery, ZOrganisationPage } from './schema.ts';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const orgs = () => new OrganisationRepository(db.kysely);

  app.get(
    '/',
    { schema: { tags: ['organisations'], summary: 'List organisations (an exporter sees only itself)', querystring: ZOrganisationListQuery, response: { 200: ZOrganisationPage, ...errorResponses } } },
    async (req) => {
      const scope = listingScope(req, 'read', 'organisation');
      const onlyId = scope === 'any' ? undefined : principalOf(req).organisation.id;
      return orgs().list({ onlyId, kind: req.query.kind, limit: req.query.limit, offset: req.query.offset });
    },
  );

  app.post(
    '/',
    { schema: { tags: ['organisations'], summary: 'Register an organisation', body: ZCreateOrganisationBody, response: { 201: ZOrganisation, ...errorResponses } } },
    async (req, reply) => {
      authorize(req, 'create', { type: 'organisation', organisationId: null });
      const org = await createOrganisation(db.kysely, actorOf(req), req.body, clock());
      return reply.status(201).send(org);
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['organisations'], summary: 'One organisation', params: ZIdParams, response: { 200: ZOrganisation, ...errorResponses } } },
    async (req) => {
      authorize(req, 'read', { type: 'organisation', organisationId: req.params.id });
      const org = await orgs().get(req.params.id);
      if (!org) throw notFound('organisation');
      return org;
    },
  );
};
