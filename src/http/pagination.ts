/**
 * Pagination for list endpoints: `?limit&offset` answered with `{ items, total }`, or
 * `?limit&cursor` answered with `{ items, nextCursor }` for append-only streams (the audit trail).
 */
import { z } from 'zod';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`page size, 1–${MAX_LIMIT}`);

export const ZOffsetQuery = z.object({ limit, offset: z.coerce.number().int().min(0).default(0).describe('items to skip') });
export const ZCursorQuery = z.object({ limit, cursor: z.string().regex(/^\d+$/, 'must be a cursor returned by the previous page').optional() });

export const offsetPage = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export const cursorPage = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
