/**
 * `POST /api/determinations`: the licence determination of a transaction — outcome per item and
 * overall, the reasons with the list entries and articles they rest on, and a readable explanation.
 * Items may name catalogue SKUs (their signed-off classifications are used); parties without
 * screening results are screened against the current lists.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { determineTransaction } from '../../../app/determination/determineTransaction.ts';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { citation } from '../../../domain/determination/citations.ts';
import type { Destinations } from '../../../domain/determination/destinations.ts';
import { explain } from '../../../domain/determination/explain.ts';
import { loadDestinations } from '../../../infra/destinations/loadDestinations.ts';
import { actorOf, authorize, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZDeterminationBody, ZDeterminationResult } from './schema.ts';
import { z } from 'zod';

const ZLangQuery = z.object({ lang: z.enum(['en', 'zh']).default('en').describe('language of the explanation') });

export const determinationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const { service } = screeningRuntime(db);
  let destinations: Destinations | null = null;

  app.post(
    '/',
    { schema: { tags: ['determinations'], summary: 'Determine whether a transaction needs a licence, is prohibited or must be held', querystring: ZLangQuery, body: ZDeterminationBody, response: { 200: ZDeterminationResult, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      authorize(req, 'run', { type: 'determination', organisationId: p.organisation.id });
      destinations ??= loadDestinations();
      const out = await determineTransaction({ db, destinations, screening: service }, { actor: actorOf(req), organisationId: p.organisation.id }, req.body, clock());
      return { ...out, citations: out.determination.citations.map(citation), explanation: explain(out.determination, req.query.lang) };
    },
  );
};
