/** In-app notifications of the caller's organisation and its notification mailbox for e-mail. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.ts';
import { NotificationRepository } from '../../../infra/db/repositories/licensingNotifications.ts';
import { authorize, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { z } from 'zod';
import { ZIdParams, ZMailboxBody, ZNotificationPage, ZNotificationQuery } from './schema.ts';

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;
  const repo = () => new NotificationRepository(db.kysely);

  app.get('/', { schema: { tags: ['notifications'], summary: "The organisation's notifications, newest first", querystring: ZNotificationQuery, response: { 200: ZNotificationPage, ...errorResponses } } }, async (req) => {
    const org = principalOf(req).organisation.id;
    authorize(req, 'read', { type: 'notification', organisationId: org });
    return repo().list(org, { unreadOnly: req.query.unread === 'true', limit: req.query.limit, offset: req.query.offset });
  });

  app.post('/:id/read', { schema: { tags: ['notifications'], summary: 'Mark a notification read', params: ZIdParams, response: { 200: z.object({ id: z.string(), read: z.literal(true) }), ...errorResponses } } }, async (req, reply) => {
    const org = principalOf(req).organisation.id;
    authorize(req, 'update', { type: 'notification', organisationId: org });
    if (!(await repo().markRead(org, req.params.id, clock().toISOString()))) throw notFound('notification');
    return reply.send({ id: req.params.id, read: true as const });
  });

  app.put('/mailbox', { schema: { tags: ['notifications'], summary: "Set the organisation's notification e-mail address", body: ZMailboxBody, response: { 200: ZMailboxBody, ...errorResponses } } }, async (req) => {
    const org = principalOf(req).organisation.id;
    authorize(req, 'update', { type: 'notification', organisationId: org });
    await repo().setMailbox(org, req.body.email, clock().toISOString());
    return { email: req.body.email };
  });
};
