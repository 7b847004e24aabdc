/**
 * Every API area, mounted under its prefix. To add an area, create
 * `routes/<area>/{routes.ts,schema.ts}` exporting a `FastifyPluginAsyncZod` and add one line here.
 * Routes need a signed-in caller unless their config says `public: true`; handlers check
 * permissions with `authorize(req, action, resource)` from `../auth.ts`.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { meRoutes } from './me/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { tokenRoutes } from './tokens/routes.ts';
import { userRoutes } from './users/routes.ts';

export interface RouteArea {
  prefix: string;
  plugin: FastifyPluginAsyncZod;
}

export const ROUTE_AREAS: readonly RouteArea[] = [
  { prefix: '', plugin: healthRoutes },
  { prefix: '/api/auth', plugin: authRoutes },
  { prefix: '/api/me', plugin: meRoutes },
  { prefix: '/api/organisations', plugin: organisationRoutes },
  { prefix: '/api/users', plugin: userRoutes },
  { prefix: '/api/tokens', plugin: tokenRoutes },
  { prefix: '/api/audit', plugin: auditRoutes },
];
