/** Password login and logout (session cookie), and the current session. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login } from '../../../app/auth/login.ts';
import { logout } from '../../../app/auth/logout.ts';
import { SESSION_COOKIE, principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZLoginBody, ZSessionInfo } from './schema.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config, clock } = app.deps;

  app.post(
    '/login',
    {
      config: { public: true, csrfExempt: true, rateLimit: { max: config.loginRateLimit.max, timeWindow: config.loginRateLimit.windowMs } },
      schema: { tags: ['auth'], summary: 'Sign in with username and password; sets the session cookie', body: ZLoginBody, response: { 200: ZSessionInfo, ...errorResponses } },
    },
    async (req, reply) => {
      const result = await login(db.kysely, config, req.body, clock());
      reply.setCookie(SESSION_COOKIE, result.sessionSecret, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
        expires: new Date(result.expiresAt),
      });
      return { user: result.user, organisation: result.organisation, via: 'session' as const, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  );

  app.post(
    '/logout',
    { schema: { tags: ['auth'], summary: 'End the current session', response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await logout(db.kysely, principalOf(req), clock());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/session',
    { schema: { tags: ['auth'], summary: 'Who is signed in, and the CSRF token of the session', response: { 200: ZSessionInfo, ...errorResponses } } },
    async (req) => {
      const p = principalOf(req);
      return { user: p.user, organisation: p.organisation, via: p.via, csrfToken: p.csrfToken, expiresAt: null };
    },
  );
};
