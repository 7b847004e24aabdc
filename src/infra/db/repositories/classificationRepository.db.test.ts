/** Classification repository on SQLite and PostgreSQL: versions, guarded transitions, effective and due records. */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { SYSTEM_ACTOR } from '../../../app/audit/recordAudit.ts';
import { createOrganisation } from '../../../app/organisations/createOrganisation.ts';
import type { ClassificationRecord } from '../../../domain/classification/classification.ts';
import { AppError } from '../../../domain/errors.ts';
import { ClassificationRepository } from './classificationRepository.ts';

describeEachEngine('classification repository', (get) => {
  it('stores versions, refuses a stale transition, and finds effective and due records', async () => {
    const { db } = get();
    const at = new Date('2026-03-02T08:00:00Z');
    const org = await createOrganisation(db.kysely, SYSTEM_ACTOR, { kind: 'exporter', name: 'Repo Test Co.' }, at);
    const repo = new ClassificationRepository(db.kysely);
    const now = at.toISOString();
    await repo.insertProduct({ id: 'p1', organisationId: org.id, sku: 'HF-1', nameZh: '氟化氢', nameEn: null, description: '', parameters: [{ name: 'purity', value: '99.9', unit: '%' }], hsCode: '2811119000', manufacturer: null, originCountry: 'CN', prcOriginSharePct: 87.5, createdAt: now, updatedAt: now });
    expect((await repo.productBySku(org.id, 'HF-1'))?.prcOriginSharePct).toBe(87.5);
    expect((await repo.listProducts(org.id, { limit: 10, offset: 0, q: '2811' })).total).toBe(1);
    expect((await repo.listProducts(org.id, { limit: 10, offset: 0, q: '100%_' })).total).toBe(0);

    const base: ClassificationRecord = {
      id: 'c1', organisationId: org.id, productId: 'p1', jurisdiction: 'CN', versionNo: 1, status: 'signed_off', codes: ['1C350.a'], notListed: false, rationale: 'listed by name', evidence: [],
      classifiedBy: 'u1', classifiedByName: 'sam', classifiedAt: now, submittedAt: now, reviewedBy: 'u2', reviewedByName: 'alice', reviewedAt: now, reviewNote: null, signedOffOn: '2026-03-02', reReviewDue: '2027-03-02', supersededBy: null,
    };
    await repo.insertClassification(base);
    await repo.insertClassification({ ...base, id: 'c2', versionNo: 2, status: 'draft', signedOffOn: null, reReviewDue: null, reviewedBy: null, reviewedByName: null, reviewedAt: null });
    expect(await repo.nextVersionNo('p1', 'CN')).toBe(3);
    await expect(repo.insertClassification({ ...base, id: 'c3' })).rejects.toThrow();
    expect((await repo.history('p1')).map((c) => c.versionNo)).toEqual([2, 1]);
    expect((await repo.effective(['p1'])).map((c) => c.id)).toEqual(['c1']);
    expect((await repo.dueForReReview(org.id, '2027-03-01')).length).toBe(0);
    expect((await repo.dueForReReview(null, '2027-03-02')).map((c) => c.id)).toEqual(['c1']);

    const c2 = await repo.classification('c2');
    if (!c2) throw new Error('c2 missing');
    await repo.saveTransition({ ...c2, status: 'submitted_for_review', submittedAt: now }, 'draft');
    const stale = await repo.saveTransition({ ...c2, status: 'submitted_for_review', submittedAt: now }, 'draft').catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe('CONFLICT');
    expect((await repo.classification('c2'))?.codes).toEqual(['1C350.a']);
  });
});
