import { z } from 'zod';
import { END_USE_CHANGE_KINDS } from '../../../domain/licensing/certificates.ts';

export const ZIdParams = z.object({ id: z.string().min(1) });

export const ZCertificateBody = z.object({
  documentId: z.string().min(1).describe('the uploaded certificate document; its SHA-256 is recorded'),
  issuerKind: z.enum(['end_user', 'government']),
  governmentAuthenticated: z.boolean().default(false),
  endUser: z.object({ name: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/) }),
  endUse: z.string().min(1),
  controlCodes: z.array(z.string().min(1)).min(1),
  issuedOn: z.iso.date(),
  expiresOn: z.iso.date().nullable(),
  receivedOn: z.iso.date(),
  noTransferUndertaking: z.boolean(),
});

export const ZCheckBody = z.object({
  endUser: z.object({ name: z.string().min(1), country: z.string().regex(/^[A-Z]{2}$/) }),
  endUse: z.string().min(1),
  controlCodes: z.array(z.string().min(1)),
  presentedDocumentId: z.string().optional(),
  governmentAuthenticationRequired: z.boolean().optional(),
});

export const ZEndUseChangeBody = z.object({ kind: z.enum(END_USE_CHANGE_KINDS), endUser: z.string().min(1), licenceNumbers: z.array(z.string()).default([]), details: z.string() });

export const ZOut = z.unknown();
