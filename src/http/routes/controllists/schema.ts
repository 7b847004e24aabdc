import { z } from 'zod';

export const ZSearchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('HS code (4–10 digits), control code prefix (1C35, 3A001.a, EAR99) or Chinese/English text'),
  list: z.string().min(1).optional().describe('only this item list'),
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('hits per list'),
});

const ZBilingual = z.object({ zh: z.string().optional(), en: z.string().optional() });

export const ZSearchResult = z
  .object({
    mode: z.enum(['hs', 'code', 'text']),
    lists: z.array(
      z.object({
        listId: z.string(),
        title: ZBilingual,
        jurisdiction: z.string(),
        versionNo: z.number().int(),
        total: z.number().int(),
        hits: z.array(z.object({ code: z.string(), title: ZBilingual, matched: z.string(), verificationStatus: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ItemSearchResult' });

const ZVerification = z.enum(['verified', 'cleaned', 'machine_extracted', 'unverified']);
const ZCounts = z.object({ verified: z.number().int(), cleaned: z.number().int(), machine_extracted: z.number().int(), unverified: z.number().int() });

export const ZItemListHeader = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  title: ZBilingual,
  kind: z.string(),
  codeScheme: z.string(),
  announcement: z.string().optional(),
  effectiveDate: z.string().optional(),
  source: z.object({
    publisher: z.string(),
    url: z.string().optional(),
    repo: z.string().optional(),
    path: z.string().optional(),
    commit: z.string().optional(),
    sha256: z.string().optional(),
    licence: z.string().optional(),
    retrievedOn: z.string().optional(),
  }),
  completeness: z.enum(['complete', 'partial']),
  verificationNotes: z.array(z.string()),
});

export const ZItemListVersion = z
  .object({
    listId: z.string(),
    versionNo: z.number().int(),
    contentHash: z.string(),
    entryCount: z.number().int(),
    counts: ZCounts,
    fileName: z.string(),
    fileSha256: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
  })
  .meta({ id: 'ItemListVersion' });

export const ZItemLists = z
  .object({ items: z.array(z.object({ list: ZItemListHeader, current: ZItemListVersion, versionCount: z.number().int() })) })
  .meta({ id: 'ItemLists' });

export const ZListParams = z.object({ list: z.string().min(1).max(100) });
export const ZEntryParams = z.object({ list: z.string().min(1).max(100), code: z.string().min(1).max(100) });
export const ZTreeQuery = z.object({ parent: z.string().min(1).max(100).optional().describe('the code whose children to list; absent: the top level') });
export const ZItemDiffQuery = z.object({
  from: z.coerce.number().int().min(1).optional().describe('default: the version before `to`'),
  to: z.coerce.number().int().min(1).optional().describe('default: the current version'),
});

const ZTreeNode = z.object({ code: z.string(), title: ZBilingual, verificationStatus: ZVerification, childCount: z.number().int() });
export const ZTreeLevel = z.object({ list: ZItemListHeader, versionNo: z.number().int(), parent: z.string().nullable(), nodes: z.array(ZTreeNode) }).meta({ id: 'ItemTreeLevel' });

const ZCrossRef = z.object({
  kind: z.enum(['identical_code', 'equivalent', 'indicative_hs']),
  target: z.object({ list: z.string(), code: z.string() }),
  hsEdition: z.string().optional(),
  note: z.string().optional(),
});

export const ZEntry = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  title: ZBilingual,
  text: ZBilingual,
  parameters: z.array(z.object({ name: z.string(), value: z.string(), unit: z.string().optional() })),
  reasons: z.array(z.string()),
  regimes: z.array(z.string()),
  verificationStatus: ZVerification,
  notes: z.array(z.string()),
  crossRefs: z.array(ZCrossRef),
});

export const ZEntryDetail = z
  .object({
    list: ZItemListHeader,
    versionNo: z.number().int(),
    entry: ZEntry,
    ancestors: z.array(ZTreeNode),
    children: z.array(ZTreeNode),
    crossRefs: z.array(ZCrossRef.extend({ targetTitle: ZBilingual.nullable(), resolvedCode: z.string().nullable(), targetListStored: z.boolean() })),
    referencedBy: z.array(z.object({ listId: z.string(), code: z.string(), title: ZBilingual, kind: z.string() })),
  })
  .meta({ id: 'ItemEntryDetail' });

export const ZItemVersions = z.object({ items: z.array(ZItemListVersion) });

export const ZItemDiff = z
  .object({
    listId: z.string(),
    from: ZItemListVersion,
    to: ZItemListVersion,
    added: z.array(ZEntry),
    removed: z.array(ZEntry),
    changed: z.array(z.object({ code: z.string(), fields: z.array(z.string()), before: ZEntry, after: ZEntry })),
    unchangedCount: z.number().int(),
  })
  .meta({ id: 'ItemListDiff' });
