import { z } from 'zod';
import { ZCursorQuery, cursorPage } from '../../pagination.ts';

export const ZAuditEventRow = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ kind: z.string(), id: z.string().nullable(), name: z.string() }),
    organisationId: z.string().nullable(),
    type: z.string(),
    v: z.number().int(),
    objectType: z.string(),
    objectId: z.string(),
    payload: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export const ZAuditFilter = z.object({
  organisationId: z.string().min(1).optional().describe('only for callers who may read every organisation'),
  type: z.string().min(1).optional().describe('exact event type, e.g. user.roles_changed'),
  typePrefix: z.string().min(1).optional().describe('event type prefix, e.g. "auth."'),
  actorId: z.string().min(1).optional(),
  objectType: z.string().min(1).optional(),
  objectId: z.string().min(1).optional(),
  since: z.iso.datetime().optional().describe('inclusive, ISO-8601'),
  until: z.iso.datetime().optional().describe('exclusive, ISO-8601'),
  q: z.string().min(1).max(200).optional().describe('free-text search'),
});

export const ZAuditListQuery = ZAuditFilter.extend(ZCursorQuery.shape).extend({ order: z.enum(['asc', 'desc']).default('desc') });
export const ZAuditPage = cursorPage(ZAuditEventRow);
export const ZAuditExportQuery = ZAuditFilter.extend({ format: z.enum(['json', 'csv']).default('json') });

export const ZAuditVerifyResult = z
  .object({
    ok: z.boolean(),
    count: z.number().int().describe('events checked before the first problem'),
    head: z.object({ seq: z.number().int(), hash: z.string() }).optional(),
    problem: z.object({ kind: z.enum(['edited', 'deleted', 'inserted']), seq: z.number().int(), message: z.string() }).optional(),
  })
  .meta({ id: 'AuditVerifyResult' });
