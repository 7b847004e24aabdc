/**
 * The document store. Content is kept once per SHA-256 in `document_blobs` (on both engines, so a
 * document and the change that refers to it commit together, and every API replica sees it);
 * each upload is a new `documents` row. A document with the same key gets the next version: a
 * stored version is never replaced in place.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { DocumentsTable } from '../tables/licensing.ts';

export interface StoredDocument {
  id: string;
  docKey: string;
  version: number;
  organisationId: string;
  applicationId: string | null;
  title: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

const toDoc = (r: Selectable<DocumentsTable>): StoredDocument => ({
  id: r.id,
  docKey: r.doc_key,
  version: Number(r.version),
  organisationId: r.organisation_id,
  applicationId: r.application_id,
  title: r.title,
  mediaType: r.media_type,
  size: Number(r.size),
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

export class DocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async latestVersion(docKey: string): Promise<number> {
    const r = await this.db.selectFrom('documents').select((eb) => eb.fn.max('version').as('v')).where('doc_key', '=', docKey).executeTakeFirst();
    return Number(r?.v ?? 0);
  }

  async insert(d: StoredDocument, content: Buffer): Promise<void> {
    await this.db.insertInto('document_blobs').values({ sha256: d.sha256, content, size: d.size }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
    await this.db
      .insertInto('documents')
      .values({ id: d.id, doc_key: d.docKey, version: d.version, organisation_id: d.organisationId, application_id: d.applicationId, title: d.title, media_type: d.mediaType, size: d.size, sha256: d.sha256, uploaded_by: d.uploadedBy, uploaded_at: d.uploadedAt })
      .execute();
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const r = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toDoc(r);
  }

  async versions(docKey: string): Promise<StoredDocument[]> {
    const rows = await this.db.selectFrom('documents').selectAll().where('doc_key', '=', docKey).orderBy('version').execute();
    return rows.map(toDoc);
  }

  async forApplication(applicationId: string): Promise<StoredDocument[]> {
    const rows = await this.db.selectFrom('documents').selectAll().where('application_id', '=', applicationId).orderBy('doc_key').orderBy('version').execute();
    return rows.map(toDoc);
  }

  async content(sha256: string): Promise<Buffer | undefined> {
    const r = await this.db.selectFrom('document_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
    return r ? Buffer.from(r.content) : undefined;
  }
}
