/** Products, classification records (versioned) and classification enquiries. */
import type { Kysely } from 'kysely';
import type { EngineMigration } from './types.ts';

export const m0005Classification: EngineMigration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('products')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('sku', 'text', (c) => c.notNull())
      .addColumn('name_zh', 'text')
      .addColumn('name_en', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('parameters_json', 'text', (c) => c.notNull())
      .addColumn('hs_code', 'text')
      .addColumn('manufacturer', 'text')
      .addColumn('origin_country', 'text')
      .addColumn('prc_origin_share_pct', 'double precision')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('products_org_sku_uq', ['organisation_id', 'sku'])
      .execute();

    await db.schema
      .createTable('classifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
      .addColumn('jurisdiction', 'text', (c) => c.notNull())
      .addColumn('version_no', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('codes_json', 'text', (c) => c.notNull())
      .addColumn('not_listed', 'integer', (c) => c.notNull())
      .addColumn('rationale', 'text', (c) => c.notNull())
      .addColumn('evidence_json', 'text', (c) => c.notNull())
      .addColumn('classified_by', 'text', (c) => c.notNull())
      .addColumn('classified_by_name', 'text', (c) => c.notNull())
      .addColumn('classified_at', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('reviewed_by', 'text')
      .addColumn('reviewed_by_name', 'text')
      .addColumn('reviewed_at', 'text')
      .addColumn('review_note', 'text')
      .addColumn('signed_off_on', 'text')
      .addColumn('re_review_due', 'text')
      .addColumn('superseded_by', 'text')
      .addUniqueConstraint('classifications_product_jur_version_uq', ['product_id', 'jurisdiction', 'version_no'])
      .execute();
    await db.schema.createIndex('classifications_due_idx').on('classifications').columns(['organisation_id', 'status', 're_review_due']).execute();

    await db.schema
      .createTable('classification_enquiries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('product_id', 'text', (c) => c.references('products.id'))
      .addColumn('authority', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_by_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('classification_enquiries').execute();
    await db.schema.dropTable('classifications').execute();
    await db.schema.dropTable('products').execute();
  },
};
