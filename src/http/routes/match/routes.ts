/**
 * yente-compatible matching: `POST /api/match/{dataset}` and `POST /api/match`, with yente's
 * request (`{queries: {key: {schema, properties}}}`) and response
 * (`{responses: {key: {status, results, total, query}}, matcher, limit}`) so OpenSanctions clients
 * can point at exportctl. `dataset` is `default` (or `sanctions`, `all`) for every list, or a list
 * source id such as `ofac-sdn`; several may be joined with commas.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { ScreeningService } from '../../../app/screening/screeningService.ts';
import { AppError, invalidInput } from '../../../domain/errors.ts';
import { type Hit, DEFAULT_THRESHOLD } from '../../../domain/screening/screen.ts';
import { authorize, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { MATCHER_FEATURES, entityQueries, ftmSchema, hitFeatures, isKnownSchema, partyProperties } from './ftm.ts';
import { ZMatchBody, ZMatchDatasetParams, ZMatchQuerystring, ZMatchResponse } from './schema.ts';

const ALL_DATASETS = new Set(['default', 'sanctions', 'all']);

export const matchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { service } = screeningRuntime(app.deps.db);

  const handler = async (req: Parameters<typeof principalOf>[0], dataset: string, body: z.output<typeof ZMatchBody>, qs: z.output<typeof ZMatchQuerystring>): Promise<z.output<typeof ZMatchResponse>> => {
    const p = principalOf(req);
    authorize(req, 'run', { type: 'screening', organisationId: p.organisation.id });
    const snapshot = await service.current();
    let sources: string[] | undefined;
    if (!ALL_DATASETS.has(dataset)) {
      sources = dataset.split(',').map((s) => s.trim());
      const unknown = sources.filter((s) => !(s in snapshot.listVersions));
      if (unknown.length > 0) throw new AppError('NOT_FOUND', `unknown dataset ${unknown.join(', ')} (datasets: default, ${Object.keys(snapshot.listVersions).join(', ')})`);
    }
    const threshold = qs.threshold ?? DEFAULT_THRESHOLD;
    const excluded = new Set(qs.exclude_entity_ids === undefined ? [] : Array.isArray(qs.exclude_entity_ids) ? qs.exclude_entity_ids : [qs.exclude_entity_ids]);
    const responses: z.output<typeof ZMatchResponse>['responses'] = {};
    for (const [key, q] of Object.entries(body.queries)) {
      if (!isKnownSchema(q.schema)) throw invalidInput(`unsupported schema "${q.schema}"`, { field: `queries.${key}.schema` });
      const queries = entityQueries(q.schema, q.properties, { ...(sources ? { sources } : {}), threshold: qs.cutoff, limit: qs.limit + excluded.size });
      if (queries.length === 0) throw invalidInput('the entity has no name to match', { field: `queries.${key}.properties.name` });
      const best = new Map<string, Hit>();
      for (const sq of queries) {
        for (const h of ScreeningService.screen(snapshot, sq)) {
          const prev = best.get(h.entityId);
          if (!excluded.has(h.entityId) && (!prev || h.score > prev.score)) best.set(h.entityId, h);
        }
      }
      const hits = [...best.values()].sort((a, b) => b.score - a.score).slice(0, qs.limit);
      const results = hits.map((h) => {
        const party = snapshot.index.get(h.entityId);
        return {
          id: h.entityId,
          caption: h.name,
          schema: party ? ftmSchema(party) : h.schema,
          properties: party ? partyProperties(party) : { name: [h.name] },
          datasets: [h.source],
          referents: [],
          target: true,
          first_seen: null,
          last_seen: null,
          last_change: null,
          score: h.score,
          features: hitFeatures(h),
          match: h.score >= threshold,
        };
      });
      responses[key] = { status: 200, results, total: { value: results.length, relation: 'eq' }, query: { ...(q.id ? { id: q.id } : {}), schema: q.schema, properties: q.properties } };
    }
    return { responses, matcher: MATCHER_FEATURES, limit: qs.limit };
  };

  const schema = { tags: ['match'], body: ZMatchBody, querystring: ZMatchQuerystring, response: { 200: ZMatchResponse, ...errorResponses } };
  app.post('/', { schema: { ...schema, summary: 'yente-compatible match against every list' } }, async (req) => handler(req, 'default', req.body, req.query));
  app.post('/:dataset', { schema: { ...schema, params: ZMatchDatasetParams, summary: 'yente-compatible match against a dataset (default, or a list source id)' } }, async (req) =>
    handler(req, req.params.dataset, req.body, req.query),
  );
};
