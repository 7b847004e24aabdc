/** Item-list search for the classification assistant: `GET /api/controllists/search?q=`. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchItemEntries } from '../../../app/controllists/searchEntries.ts';
import { authorize } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZSearchQuery, ZSearchResult } from './schema.ts';

export const controllistRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get('/search', { schema: { tags: ['controllists'], summary: 'Search the current item lists by HS code, code prefix or text', querystring: ZSearchQuery, response: { 200: ZSearchResult, ...errorResponses } } }, async (req) => {
    authorize(req, 'read', { type: 'list', organisationId: null });
    const r = await searchItemEntries(db, req.query.q, { listId: req.query.list });
    return {
      mode: r.mode,
      lists: r.lists.map((l) => ({
        listId: l.list.id,
        title: l.list.title,
        jurisdiction: l.list.jurisdiction,
        versionNo: l.versionNo,
        total: l.hits.length,
        hits: l.hits.slice(0, req.query.limit).map((h) => ({ code: h.entry.code, title: h.entry.title, matched: h.matched, verificationStatus: h.entry.verificationStatus })),
      })),
    };
  });
};
