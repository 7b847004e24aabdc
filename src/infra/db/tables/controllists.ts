/**
 * Item-list tables: the item lists exportctl holds (PRC list and licence catalogue, EU Annex I,
 * US CCL, regime lists, HS), every imported version of each, and the entries of each version.
 * Instants are ISO-8601 UTC text; JSON is stored as text.
 */
import type { ColumnType } from 'kysely';

export interface ItemListsTable {
  id: string;
  created_at: string;
}

export interface ItemListVersionsTable {
  /** `${list_id}@${version_no}`. */
  id: string;
  list_id: string;
  version_no: number;
  /** SHA-256 over the list header and entries (canonical JSON); equal hash = identical content. */
  content_hash: string;
  /** The list header (ItemList) of this version as JSON. */
  list_json: string;
  entry_count: number;
  /** JSON object: entries per verification status. */
  counts_json: string;
  file_name: string;
  file_sha256: string;
  imported_at: string;
  imported_by: string;
}

export interface ItemEntriesTable {
  version_id: string;
  code: string;
  /** The entry as JSON. */
  data: ColumnType<string, string, never>;
}

export interface ItemListTables {
  item_lists: ItemListsTable;
  item_list_versions: ItemListVersionsTable;
  item_entries: ItemEntriesTable;
}
