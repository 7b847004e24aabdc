/** Platform tables: organisations, users, sessions, API tokens and the audit trail. */
import type { Generated } from 'kysely';

export interface OrganisationsTable {
  id: string;
  kind: string;
  name: string;
  /** Short code such as a unified social credit code or an agency abbreviation. */
  code: string | null;
  created_at: string;
}

export interface UsersTable {
  id: string;
  organisation_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** JSON array of role names. */
  roles: string;
  /** 0 or 1. */
  disabled: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session secret held in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 (hex) of the full token. */
  token_hash: string;
  /** The first characters of the token, to recognise it in a list. */
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  /** Storage row id (insertion order); the chain order is `seq`. */
  id: Generated<number>;
  seq: number;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  organisation_id: string | null;
  type: string;
  v: number;
  object_type: string;
  object_id: string;
  /** Canonical JSON of the payload. */
  payload: string;
  prev_hash: string;
  hash: string;
}

/** One row (id = 1): the last sequence number and hash. Appends lock it to serialise the chain. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface PlatformTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
}
