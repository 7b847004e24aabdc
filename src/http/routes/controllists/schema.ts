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
