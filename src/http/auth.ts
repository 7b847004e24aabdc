/**
 * Authentication and authorisation for the API.
 *
 * Every /api route needs a caller unless its config says `public: true`. The caller comes from
 * the `exportctl_session` cookie (a server-side session) or an `Authorization: Bearer ectl_…`
 * API token. Cookie-authenticated requests with an unsafe method must carry the session's CSRF
 * token in `x-csrf-token`; bearer requests cannot be forged by a browser and are exempt.
 *
 * Handlers check permissions with one call: `authorize(req, action, resource)`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Principal, accessActor, auditActor, principalFromSession, principalFromToken } from '../app/auth/principal.ts';
import type { AuditActor } from '../app/audit/recordAudit.ts';
import { type Action, type Resource, type ResourceType, type Scope, decide, widestScope } from '../domain/access/policy.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { forbidden, unauthenticated } from './errors.ts';

export const SESSION_COOKIE = 'exportctl_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  if (!m?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  return m[1];
}

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

async function resolvePrincipal(app: FastifyInstance, req: FastifyRequest): Promise<Principal | null> {
  const { db, clock } = app.deps;
  const token = bearerToken(req);
  if (token !== undefined) {
    const p = await principalFromToken(db.kysely, token, clock());
    if (!p) throw unauthenticated('the API token is unknown, revoked or expired');
    return p;
  }
  const secret = req.cookies[SESSION_COOKIE];
  if (!secret) return null;
  return (await principalFromSession(db.kysely, secret, clock())) ?? null;
}

/** Registers the hook that resolves the caller and enforces authentication and CSRF. */
export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    const config = req.routeOptions.config;
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    if (config.public) {
      // Public API routes still learn who is calling, but never fail on stale credentials.
      req.principal = await resolvePrincipal(app, req).catch(() => null);
      return;
    }
    const principal = await resolvePrincipal(app, req);
    if (!principal) throw unauthenticated();
    if (principal.via === 'session' && !SAFE_METHODS.has(req.method) && !config.csrfExempt) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || principal.csrfToken === null || !sameSecret(sent, principal.csrfToken)) {
        throw forbidden(`missing or wrong ${CSRF_HEADER} header: send the csrfToken returned by login or GET /api/auth/session`);
      }
    }
    req.principal = principal;
  });
}

/** The authenticated caller; throws 401 on a route without one. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw unauthenticated();
  return req.principal;
}

/** The caller as the audit trail records it. */
export const actorOf = (req: FastifyRequest): AuditActor => auditActor(principalOf(req));

/**
 * The one permission check of a handler. Refuses with 404 when the object belongs to another
 * organisation the caller may not see, and 403 when it may see it but not do this.
 */
export function authorize(req: FastifyRequest, action: Action, resource: Resource): void {
  const p = principalOf(req);
  switch (decide(accessActor(p), action, resource)) {
    case 'allow':
      return;
    case 'hidden':
      throw notFound(resource.type);
    case 'forbidden':
      throw new AppError('FORBIDDEN', `your roles (${p.user.roles.join(', ')}) do not allow ${action} on ${resource.type}`);
  }
}

/**
 * A preHandler for collection routes: the caller must hold `action` on `type` in at least its own
 * organisation (or on its own objects).
 */
export function requirePermission(action: Action, type: ResourceType) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    listingScope(req, action, type);
  };
}

/** The widest scope the caller holds for `action` on `type`; 403 when none. */
export function listingScope(req: FastifyRequest, action: Action, type: ResourceType): Scope {
  const p = principalOf(req);
  const scope = widestScope(accessActor(p), action, type);
  if (!scope) throw new AppError('FORBIDDEN', `your roles (${p.user.roles.join(', ')}) do not allow ${action} on ${type}`);
  return scope;
}
