import { z } from 'zod';
import { ZOrganisation } from '../organisations/schema.ts';
import { ZUser } from '../users/schema.ts';

export const ZLoginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(512) });

export const ZSessionInfo = z
  .object({
    user: ZUser,
    organisation: ZOrganisation,
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable().describe('send as the x-csrf-token header on POST/PUT/PATCH/DELETE with the session cookie'),
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'SessionInfo' });
