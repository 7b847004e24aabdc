/** Item lists (control lists of goods and technology), their versions and entries. */
import type { Kysely } from 'kysely';
import type { EngineMigration } from './types.ts';

export const m0004Controllists: EngineMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('item_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('item_list_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('list_id', 'text', (c) => c.notNull().references('item_lists.id'))
      .addColumn('version_no', 'integer', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('list_json', 'text', (c) => c.notNull())
      .addColumn('entry_count', 'integer', (c) => c.notNull())
      .addColumn('counts_json', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('item_list_versions_list_version_uq', ['list_id', 'version_no'])
      .execute();

    await db.schema
      .createTable('item_entries')
      .addColumn('version_id', 'text', (c) => c.notNull().references('item_list_versions.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('item_entries_pk', ['version_id', 'code'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('item_entries').execute();
    await db.schema.dropTable('item_list_versions').execute();
    await db.schema.dropTable('item_lists').execute();
  },
};
