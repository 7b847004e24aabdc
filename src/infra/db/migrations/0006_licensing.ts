/** Licensing: applications, timeline, consultations, documents, certificates, licences, shipments, reports, notifications, mail outbox. */
import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { type EngineMigration, serialType } from './types.ts';

const TABLES = [
  'mail_outbox',
  'mailboxes',
  'notifications',
  'licensing_policies',
  'exporter_profiles',
  'post_shipment_reports',
  'shipments',
  'licence_sequences',
  'licence_items',
  'licences',
  'end_use_certificates',
  'document_blobs',
  'documents',
  'application_consultations',
  'application_events',
  'licence_applications',
];

export const m0006Licensing: EngineMigration = {
  async up(db: Kysely<unknown>, engine: Engine) {
    const blob = engine === 'pg' ? 'bytea' : 'blob';
    await db.schema
      .createTable('licence_applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('province_org_id', 'text', (c) => c.notNull())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('queue_org', 'text')
      .addColumn('queue', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text')
      .addColumn('due_date', 'text')
      .addColumn('submitted_on', 'text')
      .addColumn('accepted_on', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('case_json', 'text', (c) => c.notNull())
      .addColumn('routing_json', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('licence_applications_queue_idx').on('licence_applications').columns(['queue_org', 'status', 'due_date', 'submitted_on', 'id']).execute();
    // A work list over several statuses reads the organisation's cases in due-date order and stops at the page.
    await db.schema.createIndex('licence_applications_queue_due_idx').on('licence_applications').columns(['queue_org', 'due_date', 'submitted_on', 'id']).execute();
    await db.schema.createIndex('licence_applications_org_idx').on('licence_applications').columns(['organisation_id', 'updated_at']).execute();

    await db.schema
      .createTable('application_events')
      .addColumn('id', serialType(engine), (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('licence_applications.id'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('note_en', 'text', (c) => c.notNull())
      .addColumn('note_zh', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('application_events_seq_uq', ['application_id', 'seq'])
      .execute();

    await db.schema
      .createTable('application_consultations')
      .addColumn('application_id', 'text', (c) => c.notNull().references('licence_applications.id'))
      .addColumn('agency_org_id', 'text', (c) => c.notNull())
      .addColumn('requested_on', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('advice_json', 'text')
      .addPrimaryKeyConstraint('application_consultations_pk', ['application_id', 'agency_org_id', 'requested_on'])
      .execute();
    await db.schema.createIndex('application_consultations_agency_idx').on('application_consultations').columns(['agency_org_id', 'application_id']).execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('doc_key', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('uploaded_by', 'text', (c) => c.notNull())
      .addColumn('uploaded_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('documents_key_version_uq', ['doc_key', 'version'])
      .execute();
    await db.schema.createIndex('documents_application_idx').on('documents').columns(['application_id']).execute();

    await db.schema
      .createTable('document_blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('content', blob as 'blob', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('end_use_certificates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('expires_on', 'text')
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('end_use_certificates_org_idx').on('end_use_certificates').columns(['organisation_id']).execute();

    await db.schema
      .createTable('licences')
      .addColumn('number', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull().unique())
      .addColumn('form', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('verification_code', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('licences_org_idx').on('licences').columns(['organisation_id', 'status']).execute();

    await db.schema
      .createTable('licence_items')
      .addColumn('licence_number', 'text', (c) => c.notNull().references('licences.number'))
      .addColumn('line_id', 'text', (c) => c.notNull())
      .addColumn('control_code', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('quantity_limit', 'real', (c) => c.notNull())
      .addColumn('value_limit', 'real', (c) => c.notNull())
      .addColumn('quantity_used', 'real', (c) => c.notNull())
      .addColumn('value_used', 'real', (c) => c.notNull())
      .addPrimaryKeyConstraint('licence_items_pk', ['licence_number', 'line_id'])
      .execute();

    await db.schema
      .createTable('licence_sequences')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('last', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('shipments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('licence_number', 'text', (c) => c.notNull().references('licences.number'))
      .addColumn('declaration_number', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('customs_office', 'text', (c) => c.notNull())
      .addColumn('lines', 'text', (c) => c.notNull())
      .addColumn('completes_export', 'integer', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('shipments_declaration_uq', ['licence_number', 'declaration_number'])
      .execute();

    await db.schema
      .createTable('post_shipment_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('licence_number', 'text', (c) => c.notNull().references('licences.number'))
      .addColumn('declaration_number', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text')
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('post_shipment_reports_uq', ['licence_number', 'declaration_number', 'kind'])
      .execute();

    await db.schema
      .createTable('exporter_profiles')
      .addColumn('organisation_id', 'text', (c) => c.primaryKey())
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('licensing_policies')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('notifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('object_type', 'text', (c) => c.notNull())
      .addColumn('object_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema.createIndex('notifications_org_idx').on('notifications').columns(['organisation_id', 'created_at']).execute();

    await db.schema
      .createTable('mailboxes')
      .addColumn('organisation_id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('notification_id', 'text')
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('mail_outbox_status_idx').on('mail_outbox').columns(['status', 'created_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of TABLES) await db.schema.dropTable(t).ifExists().execute();
  },
};
