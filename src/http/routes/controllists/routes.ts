/**
 * Item lists (control lists of goods and technology) for the list browser and the classification
 * assistant: the lists with completeness and verification status, one level of an entry tree, one
 * entry with its cross-references, versions, diffs between versions, and search
 * (`GET /api/controllists/search?q=`). On a fresh platform the bundled lists are loaded on first use.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SYSTEM_ACTOR } from '../../../app/audit/recordAudit.ts';
import { itemEntryDetail, itemListVersions, itemTreeLevel, listItemLists } from '../../../app/controllists/browseItemLists.ts';
import { diffItemListVersions } from '../../../app/controllists/diffItemListVersions.ts';
import { bundledItemListsOnce } from '../../../app/controllists/loadBundledItemListsIfEmpty.ts';
import { searchItemEntries } from '../../../app/controllists/searchEntries.ts';
import type { ItemListVersionRecord } from '../../../infra/db/repositories/itemListRepository.ts';
import { authorize } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZEntryDetail, ZEntryParams, ZItemDiff, ZItemDiffQuery, ZItemLists, ZItemVersions, ZListParams, ZSearchQuery, ZSearchResult, ZTreeLevel, ZTreeQuery } from './schema.ts';

const versionOut = ({ list: _l, id: _i, ...v }: ItemListVersionRecord) => v;

export const controllistRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const ensureLists = bundledItemListsOnce(db, SYSTEM_ACTOR, clock);
  app.addHook('preHandler', async (req) => {
    authorize(req, 'read', { type: 'list', organisationId: null });
    await ensureLists();
  });

  app.get('/', { schema: { tags: ['controllists'], summary: 'Item lists with their current version, completeness and verification counts', response: { 200: ZItemLists, ...errorResponses } } }, async () => ({
    items: (await listItemLists(db)).map((s) => ({ list: s.current.list, current: versionOut(s.current), versionCount: s.versionCount })),
  }));

  app.get('/search', { schema: { tags: ['controllists'], summary: 'Search the current item lists by HS code, code prefix or text', querystring: ZSearchQuery, response: { 200: ZSearchResult, ...errorResponses } } }, async (req) => {
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

  app.get(
    '/:list/tree',
    { schema: { tags: ['controllists'], summary: 'One level of the entry tree of a list (top level, or the children of `parent`)', params: ZListParams, querystring: ZTreeQuery, response: { 200: ZTreeLevel, ...errorResponses } } },
    async (req) => itemTreeLevel(db, req.params.list, req.query.parent ?? null),
  );

  app.get(
    '/:list/entries/:code',
    { schema: { tags: ['controllists'], summary: 'One entry with its ancestors, children and cross-references', params: ZEntryParams, response: { 200: ZEntryDetail, ...errorResponses } } },
    async (req) => itemEntryDetail(db, req.params.list, req.params.code),
  );

  app.get('/:list/versions', { schema: { tags: ['controllists'], summary: 'Every stored version of a list, oldest first', params: ZListParams, response: { 200: ZItemVersions, ...errorResponses } } }, async (req) => ({
    items: (await itemListVersions(db, req.params.list)).map(versionOut),
  }));

  app.get(
    '/:list/diff',
    { schema: { tags: ['controllists'], summary: 'Entries added, removed and changed between two versions (default: previous → current)', params: ZListParams, querystring: ZItemDiffQuery, response: { 200: ZItemDiff, ...errorResponses } } },
    async (req) => {
      const d = await diffItemListVersions(db, req.params.list, req.query.from, req.query.to);
      return { listId: d.listId, from: versionOut(d.from), to: versionOut(d.to), ...d.diff };
    },
  );
};
