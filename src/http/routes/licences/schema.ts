import { z } from 'zod';
import { END_USE_CHANGE_KINDS } from '../../../domain/licensing/certificates.ts';
import { KEY_ELEMENTS, NON_KEY_ELEMENTS } from '../../../domain/licensing/changes.ts';
import { LIFECYCLE_ACTIONS, SUSPENSION_GROUNDS } from '../../../domain/licensing/licence.ts';
import { REPORT_KINDS } from '../../../domain/licensing/postShipmentReports.ts';
import { ZOffsetQuery } from '../../pagination.ts';

export const ZNumberParams = z.object({ number: z.string().min(1) });
export const ZLicenceListQuery = ZOffsetQuery.extend({ status: z.string().optional() });

export const ZVerifyQuery = z.object({
  code: z.string().min(1).describe('the verification code printed on the licence'),
  item: z.string().min(1).describe('control code of the item declared'),
  quantity: z.coerce.number().positive(),
  value: z.coerce.number().nonnegative().optional(),
  date: z.string().optional().describe('export date declared (default today)'),
});

export const ZShipmentBody = z.object({
  declarationNumber: z.string(),
  date: z.string(),
  customsOffice: z.string(),
  lines: z.array(z.object({ lineId: z.string().min(1), quantity: z.number(), value: z.number() })),
  completesExport: z.boolean().optional(),
});

export const ZStatusBody = z.object({ action: z.enum(LIFECYCLE_ACTIONS), reason: z.string(), ground: z.enum(SUSPENSION_GROUNDS).optional() });

export const ZReportBody = z.object({ declarationNumber: z.string().min(1), kind: z.enum(REPORT_KINDS), eventDate: z.string(), note: z.string().default(''), documentId: z.string().optional() });

export const ZChangeBody = z.object({
  changes: z.array(z.object({ element: z.enum([...KEY_ELEMENTS, ...NON_KEY_ELEMENTS]), from: z.string(), to: z.string() })).min(1),
  reason: z.string(),
});

export const ZEndUseChangeBody = z.object({ kind: z.enum(END_USE_CHANGE_KINDS), endUser: z.string().min(1), licenceNumbers: z.array(z.string()).default([]), details: z.string() });

export const ZOut = z.unknown();
