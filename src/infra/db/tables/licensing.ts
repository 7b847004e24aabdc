/**
 * Licensing tables: applications and their timeline, consultations, documents (content-addressed,
 * versioned, never replaced in place), end-user certificates, licences with their item lines and
 * shipments, post-shipment reports, exporter profiles, the authority's licensing policies,
 * in-app notifications and the e-mail outbox. Dates are ISO `YYYY-MM-DD`, instants ISO-8601 UTC
 * text; JSON is stored as text.
 */
import type { Generated } from 'kysely';

export interface LicenceApplicationsTable {
  id: string;
  /** The exporter organisation that applies. */
  organisation_id: string;
  /** The provincial commerce department that receives and pre-reviews it (two-tier management). */
  province_org_id: string;
  form: string;
  status: string;
  /** The organisation holding the case now (province, then MOFCOM); null while it is a draft. */
  queue_org: string | null;
  /** The work queue the routing rules chose at the authority. */
  queue: string;
  assignee_id: string | null;
  /** The due date of the running statutory clock; null when none runs (draft, paused, decided). */
  due_date: string | null;
  submitted_on: string | null;
  accepted_on: string | null;
  /** The application (Regs Art. 16 contents) as JSON. */
  body: string;
  /** The review case (state machine state) as JSON. */
  case_json: string;
  /** Routing result as JSON: queues, agencies to consult, explanations. */
  routing_json: string | null;
  created_at: string;
  updated_at: string;
  /** Incremented by every save: a stale write fails instead of overwriting. */
  version: number;
}

export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: string;
  seq: number;
  at: string;
  user_id: string;
  organisation_id: string;
  event: string;
  from_status: string;
  to_status: string;
  note_en: string;
  note_zh: string;
  recorded_at: string;
}

export interface ApplicationConsultationsTable {
  application_id: string;
  agency_org_id: string;
  requested_on: string;
  question: string;
  /** The advice as JSON, null while outstanding. */
  advice_json: string | null;
}

export interface DocumentsTable {
  id: string;
  /** Versions of one document share the key; each upload is a new row. */
  doc_key: string;
  version: number;
  organisation_id: string;
  application_id: string | null;
  title: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** Document content, stored once per SHA-256 in the database (both engines, same transaction). */
export interface DocumentBlobsTable {
  sha256: string;
  content: Buffer;
  size: number;
}

export interface EndUseCertificatesTable {
  id: string;
  organisation_id: string;
  document_id: string | null;
  content_hash: string;
  expires_on: string | null;
  received_on: string;
  /** The certificate (domain EndUseCertificate) as JSON. */
  data: string;
  created_at: string;
}

export interface LicencesTable {
  number: string;
  organisation_id: string;
  application_id: string;
  form: string;
  status: string;
  verification_code: string;
  issued_on: string;
  valid_from: string;
  valid_to: string;
  /** Destination, end users, end use, conditions, suspension, history and change applications as JSON. */
  data: string;
  updated_at: string;
  version: number;
}

export interface LicenceItemsTable {
  licence_number: string;
  line_id: string;
  control_code: string;
  description: string;
  unit: string;
  currency: string;
  quantity_limit: number;
  value_limit: number;
  quantity_used: number;
  value_used: number;
}

export interface LicenceSequencesTable {
  /** `<year>-<form letter>`. */
  id: string;
  last: number;
}

export interface ShipmentsTable {
  id: string;
  licence_number: string;
  declaration_number: string;
  date: string;
  customs_office: string;
  /** Shipment lines (lineId, quantity, value) as JSON. */
  lines: string;
  completes_export: number;
  recorded_by: string;
  recorded_at: string;
}

export interface PostShipmentReportsTable {
  id: string;
  licence_number: string;
  declaration_number: string;
  kind: string;
  event_date: string;
  submitted_on: string;
  note: string;
  document_id: string | null;
  submitted_by: string;
}

export interface ExporterProfilesTable {
  organisation_id: string;
  /** The domain ExporterProfile as JSON. */
  profile: string;
  updated_by: string;
  updated_at: string;
}

export interface LicensingPoliciesTable {
  /** 'routing' | 'countersign' | 'reporting'. */
  key: string;
  data: string;
  updated_by: string;
  updated_at: string;
}

export interface NotificationsTable {
  id: string;
  organisation_id: string;
  kind: string;
  subject: string;
  body: string;
  object_type: string;
  object_id: string;
  created_at: string;
  read_at: string | null;
}

export interface MailboxesTable {
  organisation_id: string;
  email: string;
  updated_at: string;
}

export interface MailOutboxTable {
  id: string;
  notification_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface LicensingTables {
  licence_applications: LicenceApplicationsTable;
  application_events: ApplicationEventsTable;
  application_consultations: ApplicationConsultationsTable;
  documents: DocumentsTable;
  document_blobs: DocumentBlobsTable;
  end_use_certificates: EndUseCertificatesTable;
  licences: LicencesTable;
  licence_items: LicenceItemsTable;
  licence_sequences: LicenceSequencesTable;
  shipments: ShipmentsTable;
  post_shipment_reports: PostShipmentReportsTable;
  exporter_profiles: ExporterProfilesTable;
  licensing_policies: LicensingPoliciesTable;
  notifications: NotificationsTable;
  mailboxes: MailboxesTable;
  mail_outbox: MailOutboxTable;
}
