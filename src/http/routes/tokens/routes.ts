/** API tokens for the CLI and integrations: issue (shown once), list, revoke. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createApiToken } from '../../../app/tokens/createApiToken.ts';
import { revokeApiToken } from '../../../app/tokens/revokeApiToken.ts';
import { notFound } from '../../../domain/errors.ts';
import { TokenRepository } from '../../../infra/db/repositories/tokens.ts';
import { UserRepository } from '../../../infra/db/repositories/users.ts';
import { actorOf, authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { ZApiToken, ZCreateTokenBody, ZCreatedToken, ZTokenList, ZTokenListQuery } from './schema.ts';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;

  app.get(
    '/',
    { schema: { tags: ['tokens'], summary: 'List API tokens (own; all of the organisation for officers)', querystring: ZTokenListQuery, response: { 200: ZTokenList, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      const scope = listingScope(req, 'read', 'token');
      const tokens = new TokenRepository(db.kysely);
      if (req.query.userId !== undefined) {
        const owner = await new UserRepository(db.kysely).get(req.query.userId);
        if (!owner) throw notFound('user');
        authorize(req, 'read', { type: 'token', organisationId: owner.organisationId, ownerId: owner.id });
        return { items: await tokens.list({ userId: owner.id }) };
      }
      if (scope === 'any') return { items: await tokens.list({}) };
      if (scope === 'organisation') return { items: await tokens.list({ organisationId: p.organisation.id }) };
      return { items: await tokens.list({ userId: p.user.id }) };
    },
  );

  app.post(
    '/',
    { schema: { tags: ['tokens'], summary: 'Issue an API token for yourself; the secret is returned once', body: ZCreateTokenBody, response: { 201: ZCreatedToken, ...errorResponses } } },
    async (req, reply) => {
      const p = principalOf(req);
      authorize(req, 'create', { type: 'token', organisationId: p.organisation.id, ownerId: p.user.id });
      const created = await createApiToken(db.kysely, actorOf(req), { userId: p.user.id, name: req.body.name, expiresAt: req.body.expiresAt }, clock());
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/:id',
    { schema: { tags: ['tokens'], summary: 'Revoke an API token', params: ZIdParams, response: { 200: ZApiToken, ...errorResponses } } },
    async (req) => {
      const token = await new TokenRepository(db.kysely).get(req.params.id);
      const owner = token && (await new UserRepository(db.kysely).get(token.userId));
      if (!token || !owner) throw notFound('token');
      authorize(req, 'revoke', { type: 'token', organisationId: owner.organisationId, ownerId: owner.id });
      return revokeApiToken(db.kysely, actorOf(req), token.id, clock());
    },
  );
};
