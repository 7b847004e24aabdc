/**
 * Screening: `POST /api/screen` screens one name against the in-memory index of the current list
 * versions (stateless: nothing is written, so it is fast; screens to keep on record go through a
 * counterparty), and `GET /api/screening-runs` lists the persisted runs of counterparty screens.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { screenName } from '../../../app/screening/screenName.ts';
import { ScreeningRunRepository } from '../../../infra/db/repositories/screeningRunRepository.ts';
import { authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZRunListQuery, ZRunPage, ZScreenBody, ZScreenResponse } from './schema.ts';

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const runtime = screeningRuntime(db);
  const { service } = runtime;
  // The job runner (started by `serve`) stops with the server: a running re-screen is handed back
  // to the queue after its current chunk and resumes on the next start.
  app.addHook('onClose', async () => {
    await runtime.stopBackground();
  });

  app.post(
    '/screen',
    { schema: { tags: ['screening'], summary: 'Screen one name against the current lists (not recorded)', body: ZScreenBody, response: { 200: ZScreenResponse, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      authorize(req, 'run', { type: 'screening', organisationId: p.organisation.id });
      const b = req.body;
      const { hits, listVersions } = await screenName(service, {
        name: b.name,
        ...(b.schema ? { schema: b.schema } : {}),
        ...(b.country ? { country: b.country.toUpperCase() } : {}),
        ...(b.birthDate ? { birthDate: b.birthDate } : {}),
        ...(b.identifiers ? { identifiers: b.identifiers } : {}),
        ...(b.sources ? { sources: b.sources } : {}),
        ...(b.threshold !== undefined ? { threshold: b.threshold } : {}),
        ...(b.limit !== undefined ? { limit: b.limit } : {}),
      });
      return { hits, listVersions };
    },
  );

  app.get(
    '/screening-runs',
    { schema: { tags: ['screening'], summary: 'Persisted screening runs, newest first', querystring: ZRunListQuery, response: { 200: ZRunPage, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      const scope = listingScope(req, 'read', 'screening');
      const { limit, offset, counterpartyId } = req.query;
      return new ScreeningRunRepository(db.kysely).list(scope === 'any' ? null : p.organisation.id, { limit, offset, ...(counterpartyId ? { counterpartyId } : {}) });
    },
  );
};
