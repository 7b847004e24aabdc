/**
 * Reads and writes products, classification records and classification enquiries. Construct it
 * over a transaction so a change and its audit event are stored together.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { type ClassificationJurisdiction, type ClassificationRecord, type ClassificationStatus, CLASSIFICATION_JURISDICTIONS, CLASSIFICATION_STATUSES, EvidenceZ } from '../../../domain/classification/classification.ts';
import { type ClassificationEnquiry, ENQUIRY_STATUSES, EnquiryInputZ } from '../../../domain/classification/enquiry.ts';
import { type Product, ProductParameterZ } from '../../../domain/classification/product.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { ClassificationEnquiriesTable, ClassificationsTable, ProductsTable } from '../tables/classification.ts';

const ParametersZ = z.array(ProductParameterZ);
const CodesZ = z.array(z.string());
const EvidenceListZ = z.array(EvidenceZ);
const EnquiryContentZ = EnquiryInputZ.omit({ productId: true, subject: true });

function parseStored<T>(schema: z.ZodType<T>, json: string, what: string): T {
  const r = schema.safeParse(JSON.parse(json));
  if (!r.success) throw new AppError('INTERNAL', `stored ${what} does not parse: ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}

const toProduct = (r: Selectable<ProductsTable>): Product => ({
  id: r.id,
  organisationId: r.organisation_id,
  sku: r.sku,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  description: r.description,
  parameters: parseStored(ParametersZ, r.parameters_json, `product ${r.id} parameters`),
  hsCode: r.hs_code,
  manufacturer: r.manufacturer,
  originCountry: r.origin_country,
  prcOriginSharePct: r.prc_origin_share_pct === null ? null : Number(r.prc_origin_share_pct),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const productRow = (p: Product): ProductsTable => ({
  id: p.id,
  organisation_id: p.organisationId,
  sku: p.sku,
  name_zh: p.nameZh,
  name_en: p.nameEn,
  description: p.description,
  parameters_json: JSON.stringify(p.parameters),
  hs_code: p.hsCode,
  manufacturer: p.manufacturer,
  origin_country: p.originCountry,
  prc_origin_share_pct: p.prcOriginSharePct,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

function toClassification(r: Selectable<ClassificationsTable>): ClassificationRecord {
  if (!(CLASSIFICATION_STATUSES as readonly string[]).includes(r.status)) throw new AppError('INTERNAL', `stored classification ${r.id} has unknown status ${r.status}`);
  if (!(CLASSIFICATION_JURISDICTIONS as readonly string[]).includes(r.jurisdiction)) throw new AppError('INTERNAL', `stored classification ${r.id} has unknown jurisdiction ${r.jurisdiction}`);
  return {
    id: r.id,
    organisationId: r.organisation_id,
    productId: r.product_id,
    jurisdiction: r.jurisdiction as ClassificationJurisdiction,
    versionNo: Number(r.version_no),
    status: r.status as ClassificationStatus,
    codes: parseStored(CodesZ, r.codes_json, `classification ${r.id} codes`),
    notListed: Number(r.not_listed) === 1,
    rationale: r.rationale,
    evidence: parseStored(EvidenceListZ, r.evidence_json, `classification ${r.id} evidence`),
    classifiedBy: r.classified_by,
    classifiedByName: r.classified_by_name,
    classifiedAt: r.classified_at,
    submittedAt: r.submitted_at,
    reviewedBy: r.reviewed_by,
    reviewedByName: r.reviewed_by_name,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
    signedOffOn: r.signed_off_on,
    reReviewDue: r.re_review_due,
    supersededBy: r.superseded_by,
  };
}

function toEnquiry(r: Selectable<ClassificationEnquiriesTable>): ClassificationEnquiry {
  const content = parseStored(EnquiryContentZ, r.content_json, `enquiry ${r.id}`);
  if (!(ENQUIRY_STATUSES as readonly string[]).includes(r.status)) throw new AppError('INTERNAL', `stored enquiry ${r.id} has unknown status ${r.status}`);
  return {
    ...content,
    id: r.id,
    organisationId: r.organisation_id,
    productId: r.product_id,
    subject: r.subject,
    authority: 'CN-MOFCOM',
    status: r.status as ClassificationEnquiry['status'],
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  };
}

export class ClassificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  // Products ---------------------------------------------------------------------------------

  async insertProduct(p: Product): Promise<void> {
    await this.db.insertInto('products').values(productRow(p)).execute();
  }

  async updateProduct(p: Product): Promise<void> {
    const { id: _id, organisation_id: _o, sku: _s, created_at: _c, ...rest } = productRow(p);
    await this.db.updateTable('products').set(rest).where('id', '=', p.id).execute();
  }

  async product(id: string): Promise<Product | undefined> {
    const r = await this.db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toProduct(r);
  }

  async productBySku(organisationId: string, sku: string): Promise<Product | undefined> {
    const r = await this.db.selectFrom('products').selectAll().where('organisation_id', '=', organisationId).where('sku', '=', sku).executeTakeFirst();
    return r && toProduct(r);
  }

  /** Products by SKU (of one organisation, or of all when `organisationId` is null). */
  async listProducts(organisationId: string | null, opts: { limit: number; offset: number; q?: string }): Promise<{ items: Product[]; total: number }> {
    let q = this.db.selectFrom('products');
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    if (opts.q) {
      const like = `%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('sku', 'like', like), eb('name_zh', 'like', like), eb('name_en', 'like', like), eb('hs_code', 'like', like)]));
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q.selectAll().orderBy('sku').orderBy('organisation_id').limit(opts.limit).offset(opts.offset).execute();
    return { items: rows.map(toProduct), total: Number(total.n) };
  }

  // Classifications --------------------------------------------------------------------------

  async insertClassification(c: ClassificationRecord): Promise<void> {
    await this.db
      .insertInto('classifications')
      .values({
        id: c.id,
        organisation_id: c.organisationId,
        product_id: c.productId,
        jurisdiction: c.jurisdiction,
        version_no: c.versionNo,
        status: c.status,
        codes_json: JSON.stringify(c.codes),
        not_listed: c.notListed ? 1 : 0,
        rationale: c.rationale,
        evidence_json: JSON.stringify(c.evidence),
        classified_by: c.classifiedBy,
        classified_by_name: c.classifiedByName,
        classified_at: c.classifiedAt,
        submitted_at: c.submittedAt,
        reviewed_by: c.reviewedBy,
        reviewed_by_name: c.reviewedByName,
        reviewed_at: c.reviewedAt,
        review_note: c.reviewNote,
        signed_off_on: c.signedOffOn,
        re_review_due: c.reReviewDue,
        superseded_by: c.supersededBy,
      })
      .execute();
  }

  /**
   * Stores a workflow step: only the workflow fields change (the classification itself — codes,
   * rationale, evidence, classifier — is never edited). `expected` is the status the step started
   * from; a concurrent step that got there first makes this a CONFLICT.
   */
  async saveTransition(c: ClassificationRecord, expected: ClassificationStatus): Promise<void> {
    const r = await this.db
      .updateTable('classifications')
      .set({
        status: c.status,
        submitted_at: c.submittedAt,
        reviewed_by: c.reviewedBy,
        reviewed_by_name: c.reviewedByName,
        reviewed_at: c.reviewedAt,
        review_note: c.reviewNote,
        signed_off_on: c.signedOffOn,
        re_review_due: c.reReviewDue,
        superseded_by: c.supersededBy,
      })
      .where('id', '=', c.id)
      .where('status', '=', expected)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('CONFLICT', `classification ${c.id} changed meanwhile (no longer ${expected}); reload and try again`);
  }

  async classification(id: string): Promise<ClassificationRecord | undefined> {
    const r = await this.db.selectFrom('classifications').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toClassification(r);
  }

  /** Every record of a product, newest version first per jurisdiction (the history). */
  async history(productId: string, jurisdiction?: string): Promise<ClassificationRecord[]> {
    let q = this.db.selectFrom('classifications').selectAll().where('product_id', '=', productId);
    if (jurisdiction !== undefined) q = q.where('jurisdiction', '=', jurisdiction);
    return (await q.orderBy('jurisdiction').orderBy('version_no', 'desc').execute()).map(toClassification);
  }

  async nextVersionNo(productId: string, jurisdiction: string): Promise<number> {
    const r = await this.db.selectFrom('classifications').select((eb) => eb.fn.max('version_no').as('m')).where('product_id', '=', productId).where('jurisdiction', '=', jurisdiction).executeTakeFirst();
    const m = r?.m;
    return (m === null || m === undefined ? 0 : Number(m)) + 1;
  }

  /** The signed-off (effective) classification of each product, per jurisdiction. */
  async effective(productIds: readonly string[]): Promise<ClassificationRecord[]> {
    if (productIds.length === 0) return [];
    const rows = await this.db.selectFrom('classifications').selectAll().where('product_id', 'in', productIds).where('status', '=', 'signed_off').execute();
    return rows.map(toClassification);
  }

  /** Signed-off records whose re-review is due on or before `until` (of one organisation, or all). */
  async dueForReReview(organisationId: string | null, until: string): Promise<ClassificationRecord[]> {
    let q = this.db.selectFrom('classifications').selectAll().where('status', '=', 'signed_off').where('re_review_due', '<=', until);
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    return (await q.orderBy('re_review_due').orderBy('id').execute()).map(toClassification);
  }

  // Enquiries --------------------------------------------------------------------------------

  async insertEnquiry(e: ClassificationEnquiry): Promise<void> {
    const { id, organisationId, productId, authority, status, subject, createdBy, createdByName, createdAt, ...content } = e;
    await this.db
      .insertInto('classification_enquiries')
      .values({ id, organisation_id: organisationId, product_id: productId, authority, status, subject, content_json: JSON.stringify(content), created_by: createdBy, created_by_name: createdByName, created_at: createdAt })
      .execute();
  }

  async enquiry(id: string): Promise<ClassificationEnquiry | undefined> {
    const r = await this.db.selectFrom('classification_enquiries').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toEnquiry(r);
  }

  async listEnquiries(organisationId: string | null): Promise<ClassificationEnquiry[]> {
    let q = this.db.selectFrom('classification_enquiries').selectAll();
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    return (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map(toEnquiry);
  }
}
