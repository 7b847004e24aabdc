/** The licensing caller and environment of an API request. */
import type { FastifyRequest } from 'fastify';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import type { Db } from '../../infra/db/connection.ts';
import { auditActor } from '../auth/principal.ts';
import type { LicensingCaller, LicensingEnv } from './licensingEnv.ts';
import { AppError } from '../../domain/errors.ts';

export function licensingCaller(req: FastifyRequest): LicensingCaller {
  const p = req.principal;
  if (!p) throw new AppError('UNAUTHENTICATED', 'sign in or present an API token');
  return { userId: p.user.id, organisationId: p.organisation.id, organisationKind: p.organisation.kind, roles: p.user.roles, audit: auditActor(p) };
}

export const licensingEnv = (db: Db, calendar: WorkCalendar, now: Date): LicensingEnv => ({ db, calendar, now });
