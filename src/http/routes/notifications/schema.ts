import { z } from 'zod';
import { ZOffsetQuery } from '../../pagination.ts';

export const ZNotificationQuery = ZOffsetQuery.extend({ unread: z.enum(['true', 'false']).default('false') });
export const ZIdParams = z.object({ id: z.string().min(1) });
export const ZMailboxBody = z.object({ email: z.email() });
export const ZNotification = z.object({ id: z.string(), organisationId: z.string(), kind: z.string(), subject: z.string(), body: z.string(), objectType: z.string(), objectId: z.string(), createdAt: z.string(), readAt: z.string().nullable() });
export const ZNotificationPage = z.object({ items: z.array(ZNotification), total: z.number().int() });
