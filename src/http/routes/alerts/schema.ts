import { z } from 'zod';
import { ALERT_STATUSES } from '../../../infra/db/tables/screening-records.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';

export { AlertDecisionInputZ as ZAlertDecisionBody } from '../../../app/screening/decideAlert.ts';

export const ZAlertStatus = z.enum(ALERT_STATUSES);

export const ZAlert = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    counterpartyId: z.string(),
    runId: z.string(),
    entityId: z.string(),
    source: z.string(),
    entityHash: z.string(),
    counterpartyHash: z.string(),
    score: z.number(),
    hit: z.unknown().describe('the hit with its explanation, as screened'),
    status: ZAlertStatus,
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Alert' });

export const ZAlertListQuery = ZOffsetQuery.extend({ status: ZAlertStatus.optional(), counterpartyId: z.string().min(1).optional() });
export const ZAlertPage = offsetPage(ZAlert);
