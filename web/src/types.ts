/** Shapes of the API responses the UI reads (see /api/openapi.json for the full contract). */

export interface Organisation {
  id: string;
  kind: string;
  name: string;
  code: string | null;
  createdAt: string;
}

export interface User {
  id: string;
  organisationId: string;
  username: string;
  displayName: string;
  roles: string[];
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionInfo {
  user: User;
  organisation: Organisation;
  via: 'session' | 'token';
  csrfToken: string | null;
  expiresAt: string | null;
}

export interface Me {
  user: User;
  organisation: Organisation;
  permissions: Record<string, Record<string, string>>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** One query token and the listed token it was paired with (null: no counterpart). */
export interface TokenMatch {
  query: string;
  listed: string | null;
  score: number;
  weight: number;
  note?: string;
}

export interface Qualifier {
  kind: 'country' | 'birthDate' | 'schema' | 'weakAlias' | 'identifier' | string;
  /** Added to the name score (negative lowers it). */
  effect: number;
  detail: string;
}

export interface Explanation {
  query: string;
  /** The normalised / transliterated form of the query that matched. */
  queryVariant: string;
  listedVariant: string;
  transliterations: string[];
  tokens: TokenMatch[];
  nameScore: number;
  qualifiers: Qualifier[];
}

export interface Hit {
  source: string;
  entityId: string;
  sourceRef: string;
  schema: string;
  /** The party's primary name. */
  name: string;
  /** The listed name that matched. */
  matchedName: string;
  /** 0..1 */
  score: number;
  explanation: Explanation;
}

/** Screening schemas of a query (a person, or an organisation of any legal form …). */
export type QuerySchema = 'person' | 'organization' | 'vessel' | 'aircraft';

export interface ScreenResponse {
  hits: Hit[];
  listVersions?: Record<string, number>;
}

export interface Counterparty {
  id: string;
  organisationId: string;
  name: string;
  names: string[];
  country: string | null;
  schema: string;
  birthDate: string | null;
  identifiers: Array<{ type: string; value: string; country?: string }>;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface CounterpartyScreening {
  run: { id: string; hitCount: number; listVersions: Record<string, number>; createdAt: string };
  hits: Hit[];
  /** Alerts raised by this run (new or changed hits only). */
  raised: Alert[];
  refreshed: string[];
}

export type AlertStatus = 'open' | 'confirmed' | 'false_positive' | 'escalated';
export type Decision = 'confirmed_match' | 'false_positive' | 'escalated';

export interface Alert {
  id: string;
  organisationId: string;
  counterpartyId: string;
  runId: string;
  entityId: string;
  source: string;
  score: number;
  /** The hit with its explanation, as screened. */
  hit: Hit;
  status: AlertStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
}

export interface ListVersion {
  id: string;
  sourceId: string;
  versionNo: number;
  contentHash: string;
  importedAt: string;
  publishedOn: string | null;
  snapshotDate: string | null;
  recordCount: number;
  counts: Record<string, number>;
  files: Array<{ name: string; sha256: string; bytes: number }>;
  warnings: string[];
  importedBy: string;
}

export interface ListSource {
  id: string;
  title: string;
  format: string;
  /** In exportctl's registry of sources (else a source an administrator added). */
  known: boolean;
  versionCount: number;
  current: ListVersion | null;
}

export interface ListedParty {
  id: string;
  source: string;
  sourceRef: string;
  schema: string;
  names: Array<{ value: string; kind: string; lang?: string }>;
  countries: string[];
}

export interface ListDiff {
  sourceId: string;
  from: ListVersion;
  to: ListVersion;
  added: ListedParty[];
  removed: ListedParty[];
  changed: Array<{ entityId: string; before: ListedParty; after: ListedParty; fields: string[] }>;
  unchangedCount: number;
}

export interface ListImportResult {
  outcomes: Array<{ sourceId: string; status: 'imported' | 'unchanged'; version: ListVersion; previousVersionNo: number | null }>;
  /** The queued background re-screen of every counterparty, when a list changed. */
  rescreenJobId: string | null;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: { kind: string; id: string | null; name: string };
  organisationId: string | null;
  type: string;
  v: number;
  objectType: string;
  objectId: string;
  payload: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Events checked before the first problem. */
  count: number;
  head?: { seq: number; hash: string };
  problem?: { kind: 'edited' | 'deleted' | 'inserted'; seq: number; message: string };
}
