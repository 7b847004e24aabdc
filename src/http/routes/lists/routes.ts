/**
 * Party lists: sources with their versions, diffs between versions, and imports. An import that
 * changes a list queues the background re-screen of every stored counterparty.
 *
 * `POST /api/lists/import` takes either
 *  - `multipart/form-data` with one or more list files (field name `files`, the official file
 *    names such as `sdn.csv`, `alt.csv`, `consolidated.xml`) and an optional `sourceId` field, or
 *  - JSON `{ paths: [...], sourceId? }` naming files or folders on the server.
 * Both need the `import` permission on lists (administrators).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importListAndRescreen } from '../../../app/screening/importListAndRescreen.ts';
import { screeningRuntime } from '../../../app/screening/runtime.ts';
import { parseInput } from '../../../app/screening/parseInput.ts';
import { diffListVersions } from '../../../app/lists/diffListVersions.ts';
import { listSources } from '../../../app/lists/listSources.ts';
import { invalidInput, notFound } from '../../../domain/errors.ts';
import { ListRepository } from '../../../infra/db/repositories/listRepository.ts';
import { actorOf, authorize } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZDiffQuery, ZImportPathsBody, ZImportResult, ZListDiff, ZListSources, ZListVersions, ZSourceParams } from './schema.ts';

const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export const listRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const runtime = screeningRuntime(db);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 20, fields: 10 } });

  app.get('/', { schema: { tags: ['lists'], summary: 'List sources with their current version', response: { 200: ZListSources, ...errorResponses } } }, async (req) => {
    authorize(req, 'read', { type: 'list', organisationId: null });
    const sources = await listSources(db);
    return { items: sources.map((s) => ({ id: s.id, title: s.title, format: s.format, known: s.known, versionCount: s.versions.length, current: s.current ?? null })) };
  });

  app.get(
    '/:source/versions',
    { schema: { tags: ['lists'], summary: 'Every imported version of a source, oldest first', params: ZSourceParams, response: { 200: ZListVersions, ...errorResponses } } },
    async (req) => {
      authorize(req, 'read', { type: 'list', organisationId: null });
      const versions = await new ListRepository(db.kysely).versions(req.params.source);
      if (versions.length === 0) throw notFound(`list source "${req.params.source}"`);
      return { items: versions };
    },
  );

  app.get(
    '/:source/diff',
    { schema: { tags: ['lists'], summary: 'Entities added, removed and changed between two versions (default: previous → current)', params: ZSourceParams, querystring: ZDiffQuery, response: { 200: ZListDiff, ...errorResponses } } },
    async (req) => {
      authorize(req, 'read', { type: 'list', organisationId: null });
      const d = await diffListVersions(db, req.params.source, req.query.from, req.query.to);
      return { sourceId: d.sourceId, from: d.from, to: d.to, ...d.diff };
    },
  );

  app.post(
    '/import',
    { schema: { tags: ['lists'], summary: 'Import list files (multipart upload, or JSON {paths, sourceId?} of server-side files); queues the re-screen of every counterparty', response: { 200: ZImportResult, ...errorResponses } } },
    async (req) => {
      authorize(req, 'import', { type: 'list', organisationId: null });
      let dir: string | null = null;
      try {
        let paths: string[];
        let sourceId: string | undefined;
        if (req.isMultipart()) {
          dir = await mkdtemp(path.join(os.tmpdir(), 'exportctl-upload-'));
          const saved: string[] = [];
          for await (const part of req.parts()) {
            if (part.type === 'file') {
              const name = path.basename(part.filename || '').replace(/[^\w.\-]/g, '_');
              if (!name || name.startsWith('.')) throw invalidInput('an uploaded file has no usable file name', { field: part.fieldname });
              const target = path.join(dir, name);
              await pipeline(part.file, createWriteStream(target));
              if (part.file.truncated) throw invalidInput(`file is larger than ${MAX_UPLOAD_BYTES} bytes`, { file: name });
              saved.push(target);
            } else if (part.fieldname === 'sourceId' && typeof part.value === 'string' && part.value.trim() !== '') {
              sourceId = part.value.trim();
            }
          }
          if (saved.length === 0) throw invalidInput('upload at least one list file', { field: 'files' });
          paths = [dir];
        } else {
          const body = parseInput(ZImportPathsBody, req.body);
          paths = body.paths.map((p) => path.resolve(p));
          sourceId = body.sourceId;
        }
        const { outcomes, job } = await importListAndRescreen(db, runtime, { items: [{ paths, sourceId }], actor: actorOf(req), at: clock() });
        if (job) runtime.runner.wake();
        return {
          outcomes: outcomes.map((o) => ({ sourceId: o.sourceId, status: o.status, version: o.version, previousVersionNo: o.previous?.versionNo ?? null })),
          rescreenJobId: job?.id ?? null,
        };
      } finally {
        if (dir) await rm(dir, { recursive: true, force: true });
      }
    },
  );
};
