/**
 * Party-list tables: the sources exportctl holds, every imported version (snapshot) of each source,
 * and the entities of each version. Instants are ISO-8601 UTC text; JSON is stored as text.
 */
import type { ColumnType } from 'kysely';

export interface ListSourcesTable {
  id: string;
  title: string;
  format: string;
  /** JSON array of download URLs. */
  urls: string;
  created_at: string;
}

export interface ListVersionsTable {
  /** `${source_id}@${version_no}`. */
  id: string;
  source_id: string;
  version_no: number;
  /** SHA-256 over the version's entities (order-independent); equal hash = identical content. */
  content_hash: string;
  imported_at: string;
  /** Publication date stated by the file (YYYY-MM-DD), when it states one. */
  published_on: string | null;
  /** Date of the bundled snapshot the version came from (YYYY-MM-DD), for bundled lists. */
  snapshot_date: string | null;
  record_count: number;
  /** JSON object: record count per party schema. */
  counts_json: string;
  /** JSON array of {name, sha256, bytes} for the files the version was read from. */
  files_json: string;
  /** JSON array of non-fatal importer observations. */
  warnings_json: string;
  imported_by: string;
}

export interface ListEntitiesTable {
  version_id: string;
  /** The party id, `${source}:${sourceRef}`. */
  entity_id: string;
  /** SHA-256 of the party's canonical JSON. */
  content_hash: string;
  schema: string;
  primary_name: string;
  /** The party as JSON. */
  data: ColumnType<string, string, never>;
}

export interface ListTables {
  list_sources: ListSourcesTable;
  list_versions: ListVersionsTable;
  list_entities: ListEntitiesTable;
}
