/**
 * Smaller licensing records: end-user certificates, the authority's record of each exporter's
 * eligibility facts, and the authority's routing, countersigning and reporting policies (data).
 */
import type { Kysely } from 'kysely';
import type { EndUseCertificate } from '../../../domain/licensing/certificates.ts';
import type { Database } from '../schema.ts';

export interface StoredCertificate {
  certificate: EndUseCertificate;
  organisationId: string;
  documentId: string | null;
  createdAt: string;
}

export class LicensingRecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertCertificate(c: StoredCertificate): Promise<void> {
    await this.db
      .insertInto('end_use_certificates')
      .values({ id: c.certificate.id, organisation_id: c.organisationId, document_id: c.documentId, content_hash: c.certificate.contentHash, expires_on: c.certificate.expiresOn, received_on: c.certificate.receivedOn, data: JSON.stringify(c.certificate), created_at: c.createdAt })
      .execute();
  }

  async certificate(id: string): Promise<StoredCertificate | undefined> {
    const r = await this.db.selectFrom('end_use_certificates').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { certificate: JSON.parse(r.data), organisationId: r.organisation_id, documentId: r.document_id, createdAt: r.created_at };
  }

  async certificates(organisationId: string): Promise<StoredCertificate[]> {
    const rows = await this.db.selectFrom('end_use_certificates').selectAll().where('organisation_id', '=', organisationId).orderBy('received_on').execute();
    return rows.map((r) => ({ certificate: JSON.parse(r.data), organisationId: r.organisation_id, documentId: r.document_id, createdAt: r.created_at }));
  }

  async exporterProfile(organisationId: string): Promise<unknown> {
    const r = await this.db.selectFrom('exporter_profiles').select('profile').where('organisation_id', '=', organisationId).executeTakeFirst();
    return r ? JSON.parse(r.profile) : undefined;
  }

  async setExporterProfile(organisationId: string, profile: unknown, by: string, at: string): Promise<void> {
    const data = JSON.stringify(profile);
    await this.db
      .insertInto('exporter_profiles')
      .values({ organisation_id: organisationId, profile: data, updated_by: by, updated_at: at })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ profile: data, updated_by: by, updated_at: at }))
      .execute();
  }

  async policy(key: string): Promise<unknown> {
    const r = await this.db.selectFrom('licensing_policies').select('data').where('key', '=', key).executeTakeFirst();
    return r ? JSON.parse(r.data) : undefined;
  }

  async setPolicy(key: string, data: unknown, by: string, at: string): Promise<void> {
    const json = JSON.stringify(data);
    await this.db
      .insertInto('licensing_policies')
      .values({ key, data: json, updated_by: by, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ data: json, updated_by: by, updated_at: at }))
      .execute();
  }
}
