import { z } from 'zod';
import { ZRole } from '../../../domain/access/organisations.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';

export const ZUser = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(ZRole),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const ZCreateUserBody = z.object({
  organisationId: z.string().min(1).optional().describe('defaults to the caller’s organisation'),
  username: z.string().min(3).max(64),
  displayName: z.string().max(200).optional(),
  password: z.string().min(10).max(512),
  roles: z.array(ZRole).min(1),
});

export const ZRolesBody = z.object({ roles: z.array(ZRole).min(1) });
export const ZUserListQuery = ZOffsetQuery.extend({ organisationId: z.string().min(1).optional() });
export const ZUserPage = offsetPage(ZUser);
