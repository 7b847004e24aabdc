import { z } from 'zod';
import { ZOrganisationKind } from '../../../domain/access/organisations.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';

export const ZOrganisation = z
  .object({ id: z.string(), kind: ZOrganisationKind, name: z.string(), code: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'Organisation' });

export const ZCreateOrganisationBody = z.object({
  kind: ZOrganisationKind,
  name: z.string().trim().min(2).max(200),
  code: z.string().trim().min(1).max(64).nullable().optional(),
});

export const ZOrganisationListQuery = ZOffsetQuery.extend({ kind: ZOrganisationKind.optional() });
export const ZOrganisationPage = offsetPage(ZOrganisation);
export const ZIdParams = z.object({ id: z.string().min(1) });
