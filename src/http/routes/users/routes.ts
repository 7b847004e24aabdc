/** User accounts: list, create, change roles, disable / enable. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { changeUserRoles } from '../../../app/users/changeUserRoles.ts';
import { createUser } from '../../../app/users/createUser.ts';
import { setUserDisabled } from '../../../app/users/setUserDisabled.ts';
import type { Action } from '../../../domain/access/policy.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { type User, UserRepository, publicUser } from '../../../infra/db/repositories/users.ts';
import { actorOf, authorize, listingScope, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZIdParams } from '../organisations/schema.ts';
import { ZCreateUserBody, ZRolesBody, ZUser, ZUserListQuery, ZUserPage } from './schema.ts';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, clock } = app.deps;

  /** Loads a user and checks `action` on it (404 for another tenant's user). */
  const loadUser = async (req: FastifyRequest, id: string, action: Action): Promise<User> => {
    const user = await new UserRepository(db.kysely).get(id);
    if (!user) throw notFound('user');
    authorize(req, action, { type: 'user', organisationId: user.organisationId, ownerId: user.id });
    return publicUser(user);
  };

  app.get(
    '/',
    { schema: { tags: ['users'], summary: 'List user accounts', querystring: ZUserListQuery, response: { 200: ZUserPage, ...errorResponses } } },
    async (req) => {
      const scope = listingScope(req, 'read', 'user');
      const own = principalOf(req).organisation.id;
      const organisationId = req.query.organisationId ?? (scope === 'any' ? undefined : own);
      if (organisationId !== undefined) authorize(req, 'read', { type: 'user', organisationId });
      return new UserRepository(db.kysely).list({ organisationId, limit: req.query.limit, offset: req.query.offset });
    },
  );

  app.post(
    '/',
    { schema: { tags: ['users'], summary: 'Create a user account', body: ZCreateUserBody, response: { 201: ZUser, ...errorResponses } } },
    async (req, reply) => {
      const organisationId = req.body.organisationId ?? principalOf(req).organisation.id;
      authorize(req, 'create', { type: 'user', organisationId });
      const user = await createUser(db.kysely, actorOf(req), { ...req.body, organisationId }, clock());
      return reply.status(201).send(user);
    },
  );

  app.get('/:id', { schema: { tags: ['users'], summary: 'One user account', params: ZIdParams, response: { 200: ZUser, ...errorResponses } } }, async (req) =>
    loadUser(req, req.params.id, 'read'),
  );

  app.put(
    '/:id/roles',
    { schema: { tags: ['users'], summary: 'Replace a user’s roles (ends their sessions)', params: ZIdParams, body: ZRolesBody, response: { 200: ZUser, ...errorResponses } } },
    async (req) => {
      const user = await loadUser(req, req.params.id, 'update');
      return changeUserRoles(db.kysely, actorOf(req), user.id, req.body.roles, clock());
    },
  );

  for (const [path, disabled] of [['/:id/disable', true], ['/:id/enable', false]] as const) {
    app.post(
      path,
      { schema: { tags: ['users'], summary: disabled ? 'Disable an account (ends its sessions, stops its tokens)' : 'Re-enable an account', params: ZIdParams, response: { 200: ZUser, ...errorResponses } } },
      async (req) => {
        const user = await loadUser(req, req.params.id, 'disable');
        if (disabled && user.id === principalOf(req).user.id) throw new AppError('CONFLICT', 'you cannot disable your own account');
        return setUserDisabled(db.kysely, actorOf(req), user.id, disabled, clock());
      },
    );
  }
};
