/**
 * The request and response shapes of yente's `POST /match/{dataset}` (OpenSanctions), so existing
 * yente clients can point at exportctl: named queries of FollowTheMoney-style entities in, scored
 * entities per query out.
 */
import { z } from 'zod';

const values = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).transform((v) => (Array.isArray(v) ? v.map(String) : [v]));

export const ZMatchEntity = z
  .object({
    id: z.string().optional(),
    schema: z.string().min(1).describe('FollowTheMoney schema: Person, Organization, Company, LegalEntity, Vessel, Airplane, Thing …'),
    properties: z.record(z.string(), values).describe('e.g. {"name": ["…"], "birthDate": ["1972-09-18"], "country": ["cn"]}'),
  })
  .meta({ id: 'MatchEntity' });

export const ZMatchBody = z
  .object({
    queries: z.record(z.string(), ZMatchEntity).refine((q) => Object.keys(q).length > 0, 'give at least one query'),
    weights: z.record(z.string(), z.number()).optional().describe('accepted for compatibility; not used'),
  })
  .meta({ id: 'MatchRequest' });

export const ZMatchQuerystring = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(5),
  threshold: z.coerce.number().min(0).max(1).optional().describe('score at or above which `match` is true (default: the screening threshold)'),
  cutoff: z.coerce.number().min(0).max(1).default(0.5).describe('results scoring below this are left out'),
  algorithm: z.string().optional().describe('accepted for compatibility; exportctl has one matcher'),
  exclude_entity_ids: z.union([z.string(), z.array(z.string())]).optional().describe('entity ids already reviewed, left out of the results'),
});

export const ZMatchDatasetParams = z.object({ dataset: z.string().min(1) });

export const ZScoredEntity = z.object({
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
  datasets: z.array(z.string()),
  referents: z.array(z.string()),
  target: z.boolean(),
  first_seen: z.string().nullable(),
  last_seen: z.string().nullable(),
  last_change: z.string().nullable(),
  score: z.number(),
  features: z.record(z.string(), z.number()),
  match: z.boolean(),
});

export const ZMatchResponse = z
  .object({
    responses: z.record(
      z.string(),
      z.object({
        status: z.number().int(),
        results: z.array(ZScoredEntity),
        total: z.object({ value: z.number().int(), relation: z.string() }),
        query: z.object({ id: z.string().optional(), schema: z.string(), properties: z.record(z.string(), z.array(z.string())) }),
      }),
    ),
    matcher: z.record(z.string(), z.object({ description: z.string().nullable(), coefficient: z.number(), url: z.string() })),
    limit: z.number().int(),
  })
  .meta({ id: 'MatchResponse' });
