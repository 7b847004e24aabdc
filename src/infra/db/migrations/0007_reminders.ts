/** Reminders sent: one row per (object, kind, due date), so a scheduled reminder is sent at most once. */
import type { Kysely } from 'kysely';
import type { EngineMigration } from './types.ts';

export const m0007Reminders: EngineMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reminders_sent')
      .addColumn('object_type', 'text', (c) => c.notNull())
      .addColumn('object_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminders_sent_pk', ['object_type', 'object_id', 'kind', 'due_on'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reminders_sent').ifExists().execute();
  },
};
