import { z } from 'zod';
import { PARTY_SCHEMAS } from '../../../domain/lists/party.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';
import { ZAlert } from '../alerts/schema.ts';
import { ZHit, ZScreeningRun } from '../screening/schema.ts';

export { CounterpartyInputZ as ZCreateCounterpartyBody, CounterpartyPatchZ as ZUpdateCounterpartyBody } from '../../../domain/screening-records/counterparty.ts';

export const ZCounterparty = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    name: z.string(),
    names: z.array(z.string()),
    country: z.string().nullable(),
    schema: z.enum(PARTY_SCHEMAS),
    birthDate: z.string().nullable(),
    identifiers: z.array(z.object({ type: z.string(), value: z.string(), country: z.string().optional() })),
    contentHash: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Counterparty' });

export const ZCounterpartyListQuery = ZOffsetQuery.extend({ q: z.string().trim().min(1).max(200).optional().describe('name contains') });
export const ZCounterpartyPage = offsetPage(ZCounterparty);

export const ZCounterpartyScreening = z
  .object({ run: ZScreeningRun, hits: z.array(ZHit), raised: z.array(ZAlert).describe('alerts raised by this run (new or changed hits only)'), refreshed: z.array(z.string()) })
  .meta({ id: 'CounterpartyScreening' });
