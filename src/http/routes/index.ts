/**
 * Every API area, mounted under its prefix. To add an area, create
 * `routes/<area>/{routes.ts,schema.ts}` exporting a `FastifyPluginAsyncZod` and add one line here.
 * Routes need a signed-in caller unless their config says `public: true`; handlers check
 * permissions with `authorize(req, action, resource)` from `../auth.ts`.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { alertRoutes } from './alerts/routes.ts';
import { applicationRoutes } from './applications/routes.ts';
import { certificateRoutes } from './certificates/routes.ts';
import { licenceRoutes } from './licences/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { classificationRoutes } from './classifications/routes.ts';
import { controllistRoutes } from './controllists/routes.ts';
import { determinationRoutes } from './determinations/routes.ts';
import { productRoutes } from './products/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { counterpartyRoutes } from './counterparties/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { listRoutes } from './lists/routes.ts';
import { matchRoutes } from './match/routes.ts';
import { meRoutes } from './me/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { screeningRoutes } from './screening/routes.ts';
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
  { prefix: '/api', plugin: screeningRoutes },
  { prefix: '/api/counterparties', plugin: counterpartyRoutes },
  { prefix: '/api/alerts', plugin: alertRoutes },
  { prefix: '/api/lists', plugin: listRoutes },
  { prefix: '/api/match', plugin: matchRoutes },
  { prefix: '/api/products', plugin: productRoutes },
  { prefix: '/api/classifications', plugin: classificationRoutes },
  { prefix: '/api/determinations', plugin: determinationRoutes },
  { prefix: '/api/controllists', plugin: controllistRoutes },
  { prefix: '/api/applications', plugin: applicationRoutes },
  { prefix: '/api/licences', plugin: licenceRoutes },
  { prefix: '/api/certificates', plugin: certificateRoutes },
  { prefix: '/api/notifications', plugin: notificationRoutes },
];
