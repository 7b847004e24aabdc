/**
 * Stores an uploaded document: the type is recognised from the content (PDF, PNG, JPEG, TIFF),
 * never from the name or the declared type alone, and the size is checked against the configured
 * limit. Uploading under an existing key adds the next version; nothing is replaced in place.
 */
import { createHash, randomUUID } from 'node:crypto';
import { invalidInput, notFound } from '../../domain/errors.ts';
import { DocumentRepository, type StoredDocument } from '../../infra/db/repositories/licensingDocuments.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import type { LicensingCaller, LicensingEnv } from './licensingEnv.ts';

const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/tiff', magic: [0x49, 0x49, 0x2a, 0x00] },
  { mediaType: 'image/tiff', magic: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The media type the content really is, or null when it is none of the accepted types. */
export function sniffMediaType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => content[i] === b))?.mediaType ?? null;
}

export interface UploadInput {
  title: string;
  content: Buffer;
  /** The media type the client declared; it must agree with the content. */
  declaredType?: string | undefined;
  applicationId?: string | undefined;
  /** Upload a new version of this document (its key or any version's id). */
  replaces?: string | undefined;
}

export async function uploadDocument(env: LicensingEnv, who: LicensingCaller, input: UploadInput, maxBytes: number): Promise<StoredDocument> {
  const title = input.title.trim();
  if (!title) throw invalidInput('a document title is required', { field: 'title' });
  if (input.content.length === 0) throw invalidInput('the document is empty', { field: 'content' });
  if (input.content.length > maxBytes) throw invalidInput(`the document is ${input.content.length} bytes; the limit is ${maxBytes} bytes`, { field: 'content' });
  const mediaType = sniffMediaType(input.content);
  if (!mediaType) throw invalidInput('the document is not a PDF, PNG, JPEG or TIFF file', { field: 'content' });
  const declared = input.declaredType?.split(';')[0]?.trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream' && declared !== mediaType) throw invalidInput(`the content is ${mediaType}, not ${declared} as declared`, { field: 'content-type' });
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return env.db.kysely.transaction().execute(async (trx) => {
    if (input.applicationId) {
      const a = await loadVisibleApplication(trx, who, input.applicationId);
      if (a.organisationId !== who.organisationId) throw notFound(`application ${input.applicationId}`);
    }
    const docs = new DocumentRepository(trx);
    let docKey: string = randomUUID();
    if (input.replaces) {
      const prev = (await docs.get(input.replaces)) ?? (await docs.versions(input.replaces))[0];
      if (!prev || prev.organisationId !== who.organisationId) throw notFound(`document ${input.replaces}`);
      docKey = prev.docKey;
    }
    const doc: StoredDocument = {
      id: randomUUID(),
      docKey,
      version: (await docs.latestVersion(docKey)) + 1,
      organisationId: who.organisationId,
      applicationId: input.applicationId ?? null,
      title,
      mediaType,
      size: input.content.length,
      sha256,
      uploadedBy: who.userId,
      uploadedAt: env.now.toISOString(),
    };
    await docs.insert(doc, input.content);
    await recordAudit(trx, { actor: who.audit, organisationId: who.organisationId, event: { type: 'document.uploaded', v: 1, documentId: doc.id, docKey, version: doc.version, sha256, mediaType, size: doc.size }, objectType: 'document', objectId: doc.id }, env.now);
    return doc;
  });
}
