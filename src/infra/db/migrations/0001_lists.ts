/** Party-list sources, their versions (snapshots) and the entities of each version. */
import type { Kysely } from 'kysely';
import type { EngineMigration } from './types.ts';

export const m0001Lists: EngineMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('list_sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('urls', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('list_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) => c.notNull().references('list_sources.id'))
      .addColumn('version_no', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('published_on', 'text')
      .addColumn('snapshot_date', 'text')
      .addColumn('record_count', 'integer', (c) => c.notNull())
      .addColumn('counts_json', 'text', (c) => c.notNull())
      .addColumn('files_json', 'text', (c) => c.notNull())
      .addColumn('warnings_json', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('list_versions_source_version_uq', ['source_id', 'version_no'])
      .execute();

    await db.schema
      .createTable('list_entities')
      .addColumn('version_id', 'text', (c) => c.notNull().references('list_versions.id'))
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('schema', 'text', (c) => c.notNull())
      .addColumn('primary_name', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('list_entities_pk', ['version_id', 'entity_id'])
      .execute();
    await db.schema.createIndex('list_entities_entity_idx').on('list_entities').column('entity_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('list_entities').execute();
    await db.schema.dropTable('list_versions').execute();
    await db.schema.dropTable('list_sources').execute();
  },
};
