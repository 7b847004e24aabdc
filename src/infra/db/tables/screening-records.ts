/**
 * Tables of the screening records area: the background job queue, the exporter's counterparties,
 * persisted screening runs, the alerts they raise, and the remembered false positives.
 *
 * Timestamps are ISO-8601 UTC strings (`Date#toISOString`), so they sort and compare the same way
 * on SQLite and PostgreSQL. JSON columns hold `JSON.stringify` text on both engines.
 */

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobsTable {
  id: string;
  kind: string;
  /** JSON payload, validated by the handler's zod schema when the job runs. */
  payload: string;
  status: JobStatus;
  /** How many times a worker has claimed the job (including a claim whose worker died). */
  attempts: number;
  max_attempts: number;
  /** Not claimed before this time (retry backoff). */
  run_at: string;
  locked_by: string | null;
  /** The claim lease: after this time another worker may take the job over. */
  locked_until: string | null;
  last_error: string | null;
  /**
   * JSON progress a long job saves as it goes (e.g. a cursor), in the same transaction as the work
   * it covers, so a job resumed by another worker continues where the last committed step ended.
   */
  progress: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface CounterpartiesTable {
  id: string;
  organisation_id: string;
  /** The main name as the exporter records it. */
  name: string;
  /** JSON string[]: other names, in any script. */
  names: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  /** Person | Organization | Company | LegalEntity | Vessel | Aircraft */
  schema: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  birth_date: string | null;
  /** JSON {type, value, country?}[] */
  identifiers: string;
  /** Hash of the screening-relevant fields; alerts remember the hash they were raised against. */
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface ScreeningRunsTable {
  id: string;
  organisation_id: string;
  counterparty_id: string | null;
  /** JSON of the screening query (names, schema, country, birth date, identifiers). */
  query: string;
  /** JSON {sourceId: versionNo} of the list versions the run screened against. */
  list_versions: string;
  hit_count: number;
  created_at: string;
  /** User id, or a system name for background re-screens. */
  created_by: string;
}

export const ALERT_STATUSES = ['open', 'confirmed', 'false_positive', 'escalated'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertsTable {
  id: string;
  organisation_id: string;
  counterparty_id: string;
  run_id: string;
  /** Listed entity (party id `${source}:${sourceRef}`). */
  entity_id: string;
  source: string;
  entity_hash: string;
  counterparty_hash: string;
  score: number;
  /** JSON of the hit with its explanation. */
  hit: string;
  status: AlertStatus;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  created_at: string;
}

export interface FalsePositiveMemoryTable {
  organisation_id: string;
  counterparty_id: string;
  entity_id: string;
  counterparty_hash: string;
  entity_hash: string;
  alert_id: string;
  created_at: string;
}

export interface ScreeningRecordTables {
  jobs: JobsTable;
  counterparties: CounterpartiesTable;
  screening_runs: ScreeningRunsTable;
  alerts: AlertsTable;
  false_positive_memory: FalsePositiveMemoryTable;
}

