/** The signed-in user's own account. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessActor } from '../../../app/auth/principal.ts';
import { ACTIONS, RESOURCES, widestScope } from '../../../domain/access/policy.ts';
import { principalOf } from '../../auth.ts';
import { errorResponses } from '../../errors.ts';
import { ZOrganisation } from '../organisations/schema.ts';
import { ZUser } from '../users/schema.ts';

const ZScope = z.enum(['any', 'organisation', 'self']);
const ZMe = z.object({
  user: ZUser,
  organisation: ZOrganisation,
  /** What the policy table grants: resource → action → widest scope (absent = refused). */
  permissions: z.record(z.string(), z.record(z.string(), ZScope)),
});

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { schema: { tags: ['me'], summary: 'The caller, their organisation and what they may do', response: { 200: ZMe, ...errorResponses } } }, async (req) => {
    const p = principalOf(req);
    const actor = accessActor(p);
    const permissions: Record<string, Record<string, z.infer<typeof ZScope>>> = {};
    for (const resource of RESOURCES) {
      for (const action of ACTIONS) {
        const scope = widestScope(actor, action, resource);
        if (scope) (permissions[resource] ??= {})[action] = scope;
      }
    }
    return { user: p.user, organisation: p.organisation, permissions };
  });
};
