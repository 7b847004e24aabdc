import { z } from 'zod';
import { PartyZ } from '../../../domain/lists/party.ts';

export const ZListVersion = z
  .object({
    id: z.string(),
    sourceId: z.string(),
    versionNo: z.number().int(),
    contentHash: z.string(),
    importedAt: z.string(),
    publishedOn: z.string().nullable(),
    snapshotDate: z.string().nullable(),
    recordCount: z.number().int(),
    counts: z.record(z.string(), z.number()),
    files: z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() })),
    warnings: z.array(z.string()),
    importedBy: z.string(),
  })
  .meta({ id: 'ListVersion' });

export const ZListSource = z
  .object({ id: z.string(), title: z.string(), format: z.string(), known: z.boolean(), versionCount: z.number().int(), current: ZListVersion.nullable() })
  .meta({ id: 'ListSource' });

export const ZListSources = z.object({ items: z.array(ZListSource) });
export const ZListVersions = z.object({ items: z.array(ZListVersion) });
export const ZSourceParams = z.object({ source: z.string().min(1) });
export const ZDiffQuery = z.object({ from: z.coerce.number().int().min(1).optional(), to: z.coerce.number().int().min(1).optional() });

export const ZListDiff = z
  .object({
    sourceId: z.string(),
    from: ZListVersion,
    to: ZListVersion,
    added: z.array(PartyZ),
    removed: z.array(PartyZ),
    changed: z.array(z.object({ entityId: z.string(), before: PartyZ, after: PartyZ, fields: z.array(z.string()) })),
    unchangedCount: z.number().int(),
  })
  .meta({ id: 'ListDiff' });

/** JSON form of an import: files or folders already on the server (administrators). */
export const ZImportPathsBody = z.strictObject({
  paths: z.array(z.string().min(1)).min(1).max(50).describe('files or folders on the server'),
  sourceId: z.string().min(1).optional().describe('source id for every list found (default: recognised from the files)'),
});

export const ZImportResult = z
  .object({
    outcomes: z.array(z.object({ sourceId: z.string(), status: z.enum(['imported', 'unchanged']), version: ZListVersion, previousVersionNo: z.number().int().nullable() })),
    rescreenJobId: z.string().nullable().describe('the queued background re-screen of every counterparty, when a list changed'),
  })
  .meta({ id: 'ListImportResult' });
