import { z } from 'zod';
import { PARTY_SCHEMAS } from '../../../domain/lists/party.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';

export const ZQuerySchema = z.enum(['person', 'organization', 'vessel', 'aircraft']);

export const ZScreenBody = z
  .object({
    name: z.string().trim().min(1).max(500).describe('the name to screen, in any script'),
    schema: ZQuerySchema.optional(),
    country: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code').optional(),
    birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    identifiers: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    sources: z.array(z.string().min(1)).max(50).optional().describe('list source ids (all when absent)'),
    threshold: z.number().min(0).max(1).optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .meta({ id: 'ScreenRequest' });

export const ZExplanation = z.object({
  query: z.string(),
  queryVariant: z.string(),
  listedVariant: z.string(),
  transliterations: z.array(z.string()),
  tokens: z.array(z.object({ query: z.string(), listed: z.string().nullable(), score: z.number(), weight: z.number(), note: z.string().optional() })),
  nameScore: z.number(),
  qualifiers: z.array(z.object({ kind: z.enum(['country', 'birthDate', 'schema', 'weakAlias', 'identifier']), effect: z.number(), detail: z.string() })),
});

export const ZHit = z
  .object({
    source: z.string(),
    entityId: z.string(),
    sourceRef: z.string(),
    schema: z.enum(PARTY_SCHEMAS),
    name: z.string(),
    matchedName: z.string(),
    score: z.number(),
    explanation: ZExplanation,
  })
  .meta({ id: 'Hit' });

export const ZListVersions = z.record(z.string(), z.number()).describe('list source id → version number screened against');

export const ZScreenResponse = z.object({ hits: z.array(ZHit), listVersions: ZListVersions }).meta({ id: 'ScreenResponse' });

export const ZScreeningRun = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    counterpartyId: z.string().nullable(),
    query: z.unknown(),
    listVersions: ZListVersions,
    hitCount: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'ScreeningRun' });

export const ZRunListQuery = ZOffsetQuery.extend({ counterpartyId: z.string().min(1).optional() });
export const ZRunPage = offsetPage(ZScreeningRun);
