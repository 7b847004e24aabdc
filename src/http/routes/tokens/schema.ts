import { z } from 'zod';

export const ZApiToken = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    prefix: z.string().describe('the first characters of the token, to recognise it'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const ZCreateTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.iso.datetime().nullable().optional(),
});

export const ZCreatedToken = z.object({ token: ZApiToken, secret: z.string().describe('the token; shown once, send it as "Authorization: Bearer <secret>"') });
export const ZTokenListQuery = z.object({ userId: z.string().min(1).optional() });
export const ZTokenList = z.object({ items: z.array(ZApiToken) });
