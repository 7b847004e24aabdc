/**
 * Product and classification tables: the exporter's product catalogue, the classification records
 * (one row per version; a row changes only in its workflow fields — status, review, supersession),
 * and classification enquiries to the authority. Instants are ISO-8601 UTC text; JSON is text.
 */
export interface ProductsTable {
  id: string;
  organisation_id: string;
  sku: string;
  name_zh: string | null;
  name_en: string | null;
  description: string;
  parameters_json: string;
  hs_code: string | null;
  manufacturer: string | null;
  origin_country: string | null;
  prc_origin_share_pct: number | null;
  created_at: string;
  updated_at: string;
}

export interface ClassificationsTable {
  id: string;
  organisation_id: string;
  product_id: string;
  jurisdiction: string;
  version_no: number;
  status: string;
  codes_json: string;
  not_listed: number;
  rationale: string;
  evidence_json: string;
  classified_by: string;
  classified_by_name: string;
  classified_at: string;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  signed_off_on: string | null;
  re_review_due: string | null;
  superseded_by: string | null;
}

export interface ClassificationEnquiriesTable {
  id: string;
  organisation_id: string;
  product_id: string | null;
  authority: string;
  status: string;
  subject: string;
  /** The enquiry's contents (description, indicators, uses, reason, candidate codes) as JSON. */
  content_json: string;
  created_by: string;
  created_by_name: string;
  created_at: string;
}

export interface ClassificationTables {
  products: ProductsTable;
  classifications: ClassificationsTable;
  classification_enquiries: ClassificationEnquiriesTable;
}
