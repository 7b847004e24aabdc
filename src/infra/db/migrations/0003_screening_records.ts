/**
 * Screening records: the job queue, counterparties, screening runs, alerts and the false-positive
 * memory. Portable DDL: text ids and ISO timestamps, JSON as text.
 */
import { type RawBuilder, sql } from 'kysely';
import type { EngineMigration } from './types.ts';

/** CHECK (col IN (…)) over a closed set of constant values. */
const sqlIn = (column: string, values: readonly string[]): RawBuilder<unknown> =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export const m0003ScreeningRecords: EngineMigration = {
  async up(db) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['queued', 'running', 'done', 'failed'])))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('progress', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('jobs_claim_idx').on('jobs').columns(['status', 'run_at']).execute();
    await db.schema.createIndex('jobs_kind_idx').on('jobs').columns(['kind', 'created_at']).execute();

    await db.schema
      .createTable('counterparties')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('names', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('schema', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text')
      .addColumn('identifiers', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('counterparties_org_idx').on('counterparties').columns(['organisation_id', 'id']).execute();

    await db.schema
      .createTable('screening_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('counterparty_id', 'text', (c) => c.references('counterparties.id'))
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('list_versions', 'text', (c) => c.notNull())
      .addColumn('hit_count', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('screening_runs_org_idx').on('screening_runs').columns(['organisation_id', 'created_at']).execute();
    await db.schema.createIndex('screening_runs_cp_idx').on('screening_runs').columns(['counterparty_id']).execute();

    await db.schema
      .createTable('alerts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('counterparty_id', 'text', (c) => c.notNull().references('counterparties.id'))
      .addColumn('run_id', 'text', (c) => c.notNull().references('screening_runs.id'))
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('entity_hash', 'text', (c) => c.notNull())
      .addColumn('counterparty_hash', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('hit', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['open', 'confirmed', 'false_positive', 'escalated'])))
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('alerts_org_status_idx').on('alerts').columns(['organisation_id', 'status', 'created_at']).execute();
    await db.schema.createIndex('alerts_cp_entity_idx').on('alerts').columns(['counterparty_id', 'entity_id']).execute();

    await db.schema
      .createTable('false_positive_memory')
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('counterparty_id', 'text', (c) => c.notNull().references('counterparties.id'))
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('counterparty_hash', 'text', (c) => c.notNull())
      .addColumn('entity_hash', 'text', (c) => c.notNull())
      .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('false_positive_memory_pk', ['organisation_id', 'counterparty_id', 'entity_id'])
      .execute();
  },
  async down(db) {
    for (const t of ['false_positive_memory', 'alerts', 'screening_runs', 'counterparties', 'jobs']) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};
