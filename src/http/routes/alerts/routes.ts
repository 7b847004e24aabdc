/** Alerts: potential matches awaiting (or carrying) a user's decision. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decideAlert } from '../../../app/screening/decideAlert.ts';
import { notFound } from '../../../domain/errors.ts';
import { AlertRepository } from '../../../infra/db/repositories/alertRepository.ts';
import { actorOf, authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { ZAlert, ZAlertDecisionBody, ZAlertListQuery, ZAlertPage } from './schema.ts';

export const alertRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const repo = new AlertRepository(db.kysely);

  app.get(
    '/',
    { schema: { tags: ['alerts'], summary: 'List alerts, newest first (e.g. ?status=open for the review queue)', querystring: ZAlertListQuery, response: { 200: ZAlertPage, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      const scope = listingScope(req, 'read', 'alert');
      const { limit, offset, status, counterpartyId } = req.query;
      return repo.list(scope === 'any' ? null : p.organisation.id, { limit, offset, ...(status ? { status } : {}), ...(counterpartyId ? { counterpartyId } : {}) });
    },
  );

  app.get(
    '/:id',
    { schema: { tags: ['alerts'], summary: 'One alert', params: ZIdParams, response: { 200: ZAlert, ...errorResponses } } },
    async (req) => {
      const alert = await repo.find(req.params.id);
      if (!alert) throw notFound('alert');
      authorize(req, 'read', { type: 'alert', organisationId: alert.organisationId });
      return alert;
    },
  );

  app.post(
    '/:id/decision',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Decide an alert: confirmed_match, false_positive (not raised again until the counterparty or the listed entity changes) or escalated; a reason is required',
        params: ZIdParams,
        body: ZAlertDecisionBody,
        response: { 200: ZAlert, ...errorResponses },
      },
    },
    async (req) => {
      const alert = await repo.find(req.params.id);
      if (!alert) throw notFound('alert');
      authorize(req, 'decide', { type: 'alert', organisationId: alert.organisationId });
      return decideAlert(db, { actor: actorOf(req), organisationId: alert.organisationId }, alert.id, req.body, clock());
    },
  );
};
