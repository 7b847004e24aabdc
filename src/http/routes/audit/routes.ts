/** The audit trail: search and filter, export for an inspection, verify the hash chain. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { exportAudit } from '../../../app/audit/exportAudit.ts';
import { verifyAudit } from '../../../app/audit/verifyAudit.ts';
import { type AuditFilter, listAuditEvents, streamAuditEvents } from '../../../infra/db/repositories/audit.ts';
import type { Action } from '../../../domain/access/policy.ts';
import { authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZAuditExportQuery, ZAuditFilter, ZAuditListQuery, ZAuditPage, ZAuditVerifyResult } from './schema.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  /** The caller's filter, confined to their own organisation unless they may read every one. */
  const scopedFilter = (req: FastifyRequest, action: Action, f: z.infer<typeof ZAuditFilter>): AuditFilter => {
    const scope = listingScope(req, action, 'audit');
    const organisationId = f.organisationId ?? (scope === 'any' ? undefined : principalOf(req).organisation.id);
    if (organisationId !== undefined) authorize(req, action, { type: 'audit', organisationId });
    return { ...f, organisationId };
  };

  app.get(
    '/events',
    { schema: { tags: ['audit'], summary: 'Search and filter audit events (newest first by default)', querystring: ZAuditListQuery, response: { 200: ZAuditPage, ...errorResponses } } },
    async (req) => {
      const { limit, cursor, order, ...filter } = req.query;
      const page = await listAuditEvents(db.kysely, scopedFilter(req, 'read', filter), { limit, cursor: cursor === undefined ? undefined : Number(cursor), order });
      return { items: page.items, nextCursor: page.nextCursor === null ? null : String(page.nextCursor) };
    },
  );

  app.get(
    '/export',
    {
      schema: {
        tags: ['audit'],
        summary: 'Export matching audit events in chain order as CSV or JSON',
        querystring: ZAuditExportQuery,
        response: { 200: z.string().describe('CSV or JSON document'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const body = await exportAudit(streamAuditEvents(db.kysely, scopedFilter(req, 'export', filter)), format);
      const stamp = app.deps.clock().toISOString().slice(0, 10);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="exportctl-audit-${stamp}.${format}"`)
        .send(body);
    },
  );

  app.get(
    '/verify',
    { schema: { tags: ['audit'], summary: 'Recompute the hash chain; names the first edited, deleted or inserted event', response: { 200: ZAuditVerifyResult, ...errorResponses } } },
    async (req) => {
      authorize(req, 'verify', { type: 'audit', organisationId: null });
      return verifyAudit(db.kysely);
    },
  );
};
