import { z } from 'zod';

export { DeterminationRequestZ as ZDeterminationBody } from '../../../app/determination/determinationRequest.ts';

const ZReason = z.object({
  rule: z.string(),
  code: z.string(),
  outcome: z.string().optional(),
  citations: z.array(z.string()),
  excludes: z.array(z.string()).optional(),
  requires: z.array(z.string()).optional(),
  party: z.object({ role: z.string(), name: z.string(), country: z.string() }).optional(),
  listEntry: z.object({ source: z.string(), entityId: z.string(), list: z.string(), name: z.string().optional(), announcement: z.string().optional() }).optional(),
  params: z.record(z.string(), z.string()).optional(),
});

export const ZDeterminationResult = z
  .object({
    determination: z.object({
      asOf: z.string(),
      transactionId: z.string().optional(),
      overall: z.string(),
      licenceForms: z.array(z.string()),
      requirements: z.array(z.string()),
      items: z.array(
        z.object({
          lineId: z.string(),
          description: z.string(),
          codes: z.array(z.string()),
          outcome: z.string(),
          licenceForms: z.array(z.string()),
          coveringGeneralLicences: z.array(z.string()),
          requirements: z.array(z.string()),
          reasons: z.array(ZReason),
        }),
      ),
      citations: z.array(z.string()),
    }),
    /** The articles cited, with law and title in Chinese and English. */
    citations: z.array(z.object({ id: z.string(), law: z.object({ en: z.string(), zh: z.string() }), article: z.number().optional(), title: z.object({ en: z.string(), zh: z.string() }) })),
    explanation: z.string(),
    screened: z.array(z.object({ index: z.number().int(), name: z.string(), status: z.string(), hits: z.number().int(), listVersions: z.record(z.string(), z.number()) })),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'DeterminationResult' });
