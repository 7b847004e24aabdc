/**
 * The licensing repositories on SQLite and PostgreSQL: a stale case save is refused, documents are
 * versioned and their content stored once per hash, a licence round-trips with its lines,
 * shipments and balances, and licence numbers come from a gap-free sequence per year and form.
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { ApplicationZ } from '../../../domain/licensing/application.ts';
import { newApplicationCase } from '../../../domain/licensing/applicationStateMachine.ts';
import { issueLicence, recordShipment } from '../../../domain/licensing/licence.ts';
import { completeIndividual, countingBytes, individualLicenceInput } from '../../../domain/licensing/testFixtures.ts';
import { ApplicationRepository, type StoredApplication } from './licensingApplications.ts';
import { DocumentRepository } from './licensingDocuments.ts';
import { LicenceRepository } from './licences.ts';

describeEachEngine('licensing repositories', (get) => {
  it('refuses a save over a case changed since it was loaded', async () => {
    const repo = new ApplicationRepository(get().db.kysely);
    const a: StoredApplication = { id: 'app-1', organisationId: 'exp-1', provinceOrgId: 'prov-1', queueOrg: null, queue: 'intake', assigneeId: null, dueDate: null, application: ApplicationZ.parse(completeIndividual), case: newApplicationCase('app-1'), routing: null, createdAt: '2025-09-01T00:00:00Z', updatedAt: '2025-09-01T00:00:00Z', version: 1 };
    await repo.insert(a);
    await repo.update({ ...a, case: { ...a.case, status: 'submitted' } }, 1);
    await expect(repo.update({ ...a, case: { ...a.case, status: 'withdrawn' } }, 1)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await repo.get('app-1'))?.case.status).toBe('submitted');
  });

  it('keeps every document version and stores equal content once', async () => {
    const { db } = get();
    const docs = new DocumentRepository(db.kysely);
    const content = Buffer.from('%PDF-1.7\n% contract\n');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const base = { docKey: 'k1', organisationId: 'exp-1', applicationId: null, title: 'Contract', mediaType: 'application/pdf', size: content.length, sha256, uploadedBy: 'u', uploadedAt: '2025-09-01T00:00:00Z' };
    await docs.insert({ ...base, id: 'd1', version: 1 }, content);
    await docs.insert({ ...base, id: 'd2', version: 2 }, content);
    await expect(docs.insert({ ...base, id: 'd3', version: 2 }, content)).rejects.toThrow();
    expect((await docs.versions('k1')).map((d) => d.version)).toEqual([1, 2]);
    expect(await docs.latestVersion('k1')).toBe(2);
    expect((await docs.content(sha256))?.equals(content)).toBe(true);
    expect(await db.kysely.selectFrom('document_blobs').select('sha256').execute()).toHaveLength(1);
  });

  it('round-trips a licence with its balances and shipments, numbered from the sequence', async () => {
    const repo = new LicenceRepository(get().db.kysely);
    expect([await repo.nextSequence('2025-S'), await repo.nextSequence('2025-S'), await repo.nextSequence('2025-G')]).toEqual([1, 2, 1]);
    const lic = issueLicence({ ...individualLicenceInput, applicationId: 'app-1' }, { sequence: 1, randomBytes: countingBytes });
    await repo.insert({ licence: lic, organisationId: 'exp-1', changeApplications: [], version: 1 }, '2025-10-10T00:00:00Z', 'u');
    const shipped = recordShipment(lic, { declarationNumber: '222920250000123456', date: '2025-10-30', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 40, value: 80_000 }] }, '2025-10-30').licence;
    await repo.update({ licence: shipped, organisationId: 'exp-1', changeApplications: [], version: 1 }, '2025-10-30T00:00:00Z', 'u');
    const back = await repo.get(lic.number);
    expect(back?.licence).toEqual(shipped);
    expect(back?.version).toBe(2);
    await expect(repo.update({ licence: shipped, organisationId: 'exp-1', changeApplications: [], version: 1 }, '2025-10-31T00:00:00Z', 'u')).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
