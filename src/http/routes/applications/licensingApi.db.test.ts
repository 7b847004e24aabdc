/**
 * The licensing API end to end through `app.inject()`, on SQLite and PostgreSQL: one individual
 * application from draft to an expired licence (two tiers, consultation with two agencies, a
 * technical identification that stops and restarts the clock, a conditional approval, the licence
 * PDF, shipments, a refused over-use, a post-shipment report, expiry), with every step in the
 * audit trail and the chain verifying; and the illegal steps refused with clear errors. The item
 * line is a real catalogue entry (see src/domain/licensing/testFixtures.ts); the calendar is the
 * 2025 State Council holiday notice.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/engines.ts';
import { verifyAudit } from '../../../app/audit/verifyAudit.ts';
import { bootstrapAdmin } from '../../../app/users/bootstrapAdmin.ts';
import { loadConfig } from '../../../config.ts';
import type { Role } from '../../../domain/access/organisations.ts';
import { ART13_FACTORS } from '../../../domain/licensing/reviewChecklist.ts';
import { ITEM_1C202A } from '../../../domain/licensing/testFixtures.ts';
import { buildServer } from '../../server.ts';
import {
  type Document,
  errorOf,
  ok,
  okAs,
  type Res,
  ZCaseView,
  ZCertificateRecord,
  ZCreatedToken,
  ZCustomsAnswer,
  ZDocument,
  ZIssuedLicence,
  ZLicenceStatusResult,
  ZLicenceView,
  ZLogin,
  ZNotificationPage,
  ZOrganisation,
  ZQueuePage,
  ZShipmentResult,
  ZStoredApplication,
  ZTransitionPayload,
} from './licensingApiTestTypes.ts';

const ADMIN_PASSWORD = 'correct horse battery';
const PASSWORD = 'licensing-pass-123';
/** The smallest valid PNG signature and header, standing in for a scanned identity document. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR', 'utf8')]);

describeEachEngine('licensing API', (get) => {
  let app: FastifyInstance;
  let now = new Date('2025-09-01T02:00:00Z');
  const on = (day: string) => {
    now = new Date(`${day}T02:00:00Z`);
  };
  const tokens: Record<string, string> = {};
  const orgs: Record<string, string> = {};
  let seq = 0;

  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> => {
    const h: Record<string, string> = { ...headers };
    if (who) h.authorization = `Bearer ${tokens[who]}`;
    const res = await app.inject({ method, url, headers: h, ...(body === undefined ? {} : { payload: Buffer.isBuffer(body) ? body : (body as object) }) });
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, body: type.includes('json') ? res.json<unknown>() : res.body, raw: res.rawPayload, type };
  };
  const user = async (key: string, orgId: string, roles: Role[]) => {
    const username = `lic${++seq}`;
    await ok(call('POST', '/api/users', 'admin', { organisationId: orgId, username, password: PASSWORD, roles }), 201);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
    const cookie = login.cookies.find((c) => c.name === 'exportctl_session')?.value ?? '';
    const t = await app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: `exportctl_session=${cookie}`, 'x-csrf-token': ZLogin.parse(login.json<unknown>()).csrfToken }, payload: { name: 't' } });
    tokens[key] = ZCreatedToken.parse(t.json<unknown>()).secret;
  };
  const step = (id: string, who: string, body: object) => call('POST', `/api/applications/${id}/steps`, who, body);
  const upload = (appId: string, title: string, content: Buffer, type: string) => okAs(ZDocument, call('POST', `/api/applications/${appId}/documents?title=${encodeURIComponent(title)}`, 'exporter', content, { 'content-type': type }), 201);
  const ref = (d: Document) => ({ documentId: d.id, title: d.title, sha256: d.sha256 });

  beforeAll(async () => {
    const { db } = get();
    const config = loadConfig({}, { webDir: '/nonexistent', loginRateLimit: { max: 10_000, windowMs: 60_000 } });
    const boot = await bootstrapAdmin(db.kysely, { password: ADMIN_PASSWORD }, now);
    orgs.mofcom = boot?.user.organisationId ?? '';
    app = await buildServer({ db, config, logger: false, clock: () => now });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    const cookie = login.cookies.find((c) => c.name === 'exportctl_session')?.value ?? '';
    tokens.admin = ZCreatedToken.parse((await app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: `exportctl_session=${cookie}`, 'x-csrf-token': ZLogin.parse(login.json<unknown>()).csrfToken }, payload: { name: 'admin' } })).json<unknown>()).secret;
    for (const [key, kind, name] of [
      ['exporter', 'exporter', 'Test Alloys Co., Ltd.'],
      ['other', 'exporter', 'Other Trading Co., Ltd.'],
      ['jiangsu', 'provincial_commerce', 'Jiangsu Department of Commerce'],
      ['zhejiang', 'provincial_commerce', 'Zhejiang Department of Commerce'],
      ['miit', 'consulted_agency', 'Ministry of Industry and Information Technology (MIIT)'],
      ['mfa', 'consulted_agency', 'Ministry of Foreign Affairs (MFA)'],
      ['sastind', 'consulted_agency', 'SASTIND'],
    ] as const) {
      orgs[key] = (await okAs(ZOrganisation, call('POST', '/api/organisations', 'admin', { kind, name }), 201)).id;
    }
    await user('exporter', orgs.exporter!, ['compliance_officer']);
    await user('other', orgs.other!, ['compliance_officer']);
    await user('province', orgs.jiangsu!, ['caseworker']);
    await user('zhejiang', orgs.zhejiang!, ['caseworker']);
    await user('caseworker', orgs.mofcom!, ['caseworker']);
    await user('approver', orgs.mofcom!, ['approver']);
    await user('miit', orgs.miit!, ['reviewer']);
    await user('mfa', orgs.mfa!, ['reviewer']);
    await user('sastind', orgs.sastind!, ['reviewer']);
    // The authority's policies (example data): category 1 to the materials desk with MIIT, MFA on every case; reports after shipment.
    await ok(call('PUT', '/api/applications/policies/routing', 'admin', [
      { id: 'materials', description: 'Category 1 to the materials desk, MIIT consulted', when: { itemCategories: ['1'] }, route: { queue: 'materials-desk', consult: [orgs.miit] } },
      { id: 'foreign-affairs', description: 'All exports: MFA consulted', when: {}, route: { consult: [orgs.mfa] } },
    ]));
    await ok(call('PUT', '/api/applications/policies/reporting', 'admin', { source: 'example policy', reports: [{ kind: 'shipment', after: 'shipment', dueWithinDays: 10 }, { kind: 'arrival', after: 'shipment', dueWithinDays: 60 }] }));
    await ok(call('PUT', '/api/notifications/mailbox', 'exporter', { email: 'export-control@alloys.example' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  let appId = '';
  let licenceNo = '';
  let code = '';

  it('walks one application from draft to an expired licence, every step audited', async () => {
    const { db } = get();
    on('2025-09-05');
    const draft = await okAs(
      ZStoredApplication,
      call('POST', '/api/applications', 'exporter', {
        provinceOrgId: orgs.jiangsu,
        application: { form: 'individual', items: [ITEM_1C202A], destination: 'DE', endUsers: [{ name: 'Test Aerostructures GmbH', country: 'DE' }], endUse: 'airframe structural parts for civil aircraft' },
      }),
      201,
    );
    appId = draft.id;

    // Submission names every missing item.
    const incomplete = await call('POST', `/api/applications/${appId}/steps`, 'exporter', { type: 'submit' });
    expect(incomplete.status).toBe(409);
    expect(errorOf(incomplete).message).toMatch(/^cannot submit: the application is incomplete: legalRepresentative .*contract .*technicalDocument .*endUserCertificateIds/);

    // The certificate form, signed and returned, is uploaded and recorded; documents are hashed and versioned.
    const form = await call('GET', `/api/applications/${appId}/certificate.pdf?contactPerson=${encodeURIComponent('Dr. Anna Weber')}&siteAddress=${encodeURIComponent('Hamburg, Germany')}`, 'exporter');
    expect(form.status).toBe(200);
    expect(form.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const certDoc = await upload(appId, 'End-user certificate (signed)', form.raw, 'application/pdf');
    expect(certDoc).toMatchObject({ version: 1, mediaType: 'application/pdf', size: form.raw.length });
    const cert = await okAs(ZCertificateRecord, call('POST', '/api/certificates', 'exporter', { documentId: certDoc.id, issuerKind: 'end_user', endUser: { name: 'Test Aerostructures GmbH', country: 'DE' }, endUse: 'airframe structural parts for civil aircraft', controlCodes: ['1C202.a'], issuedOn: '2025-09-01', expiresOn: '2026-08-31', receivedOn: '2025-09-04', noTransferUndertaking: true }), 201);
    const ids = await upload(appId, 'ID of legal representative', PNG, 'image/png');
    const ids2 = await upload(appId, 'ID of legal representative', PNG, 'image/png');
    expect(ids2).toMatchObject({ docKey: ids.docKey === ids2.docKey ? ids.docKey : expect.any(String), version: 1 });
    const v2 = await okAs(ZDocument, call('POST', `/api/applications/${appId}/documents?title=ID&replaces=${ids.id}`, 'exporter', PNG, { 'content-type': 'image/png' }), 201);
    expect(v2).toMatchObject({ docKey: ids.docKey, version: 2 });
    expect(errorOf(await call('POST', `/api/applications/${appId}/documents?title=fake`, 'exporter', Buffer.from('MZ not a pdf'), { 'content-type': 'application/pdf' })).message).toMatch(/not a PDF, PNG, JPEG or TIFF/);
    const contract = await upload(appId, 'Sales contract 2025-017', form.raw, 'application/pdf');
    const report = await upload(appId, 'Tensile test report', form.raw, 'application/pdf');
    await ok(call('PATCH', `/api/applications/${appId}`, 'exporter', {
      legalRepresentative: { name: '张伟', identityDocument: ref(v2) },
      mainManagers: [{ name: '李娜', identityDocument: ref(ids2) }],
      handler: { name: '王芳', identityDocument: ref(ids2) },
      contract: ref(contract),
      technicalDocument: { kind: 'test_report', document: ref(report) },
      endUserCertificateIds: [cert.certificate.id],
    }));

    on('2025-09-08');
    expect((await okAs(ZStoredApplication, step(appId, 'exporter', { type: 'submit' }))).case.status).toBe('submitted');
    // Only the province it was filed with sees it; MOFCOM, agencies and other exporters do not.
    expect((await okAs(ZQueuePage, call('GET', '/api/applications', 'province'))).items.map((i) => i.id)).toEqual([appId]);
    for (const who of ['zhejiang', 'caseworker', 'miit', 'other']) expect((await call('GET', `/api/applications/${appId}`, who)).status, who).toBe(404);

    on('2025-09-09');
    await ok(step(appId, 'province', { type: 'receive' }));
    on('2025-09-12');
    const fwd = await okAs(ZStoredApplication, step(appId, 'province', { type: 'forward', note: 'materials complete' }));
    expect(fwd).toMatchObject({ queueOrg: orgs.mofcom, queue: 'materials-desk' });
    on('2025-09-15');
    await ok(step(appId, 'caseworker', { type: 'accept' }));
    const queue = await okAs(ZQueuePage, call('GET', '/api/applications?queue=materials-desk', 'caseworker'));
    expect(queue.items[0]).toMatchObject({ id: appId, status: 'mofcom_review', dueDate: '2025-11-21' });

    on('2025-09-16');
    await ok(step(appId, 'caseworker', { type: 'request_consultation', agencies: [orgs.miit, orgs.mfa], question: 'Is the stated civil-aviation end use credible?' }));
    expect((await okAs(ZQueuePage, call('GET', '/api/applications', 'miit'))).items.map((i) => i.id)).toEqual([appId]);
    expect((await call('GET', `/api/applications/${appId}`, 'sastind')).status).toBe(404);
    on('2025-09-25');
    await ok(step(appId, 'miit', { type: 'give_advice', agency: orgs.miit, kind: 'approve_with_provisos', reasons: 'known civil aerostructures supplier', provisos: ['installation report within 90 days of arrival'] }));

    // A decision before consolidated advice is refused.
    const early = await step(appId, 'approver', { type: 'decide', outcome: 'approve', reasons: '' });
    expect(early.status).toBe(409);
    expect(errorOf(early)).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: `cannot decide: consultation advice from ${orgs.mfa} is still outstanding` });

    on('2025-10-13');
    await ok(step(appId, 'caseworker', { type: 'stop_clock', kind: 'technical-identification', reason: 'confirm tensile strength ≥ 460 MPa' }));
    on('2025-10-15');
    const paused = await okAs(ZCaseView, call('GET', `/api/applications/${appId}`, 'caseworker'));
    expect(paused.clocks.decision).toMatchObject({ state: 'paused', pausedBy: ['technical-identification'], dueDate: null });
    await ok(step(appId, 'mfa', { type: 'give_advice', agency: orgs.mfa, kind: 'no_objection', reasons: '' }));
    on('2025-10-17');
    await ok(step(appId, 'caseworker', { type: 'resume_clock', result: 'identified as 1C202.a (tensile strength 480 MPa)' }));
    on('2025-10-20');
    const resumed = await okAs(ZCaseView, call('GET', `/api/applications/${appId}`, 'caseworker'));
    expect(resumed.clocks.decision).toMatchObject({ state: 'running', dueDate: '2025-11-28', workingDaysUsed: 16, workingDaysStopped: 5 });
    expect(resumed.application.dueDate).toBe('2025-11-28');

    const checklist = ART13_FACTORS.map((f) => ({ factor: f.id, assessment: 'no_concern', note: '', assessedBy: 'caseworker', assessedOn: '2025-10-20' }));
    await ok(step(appId, 'caseworker', { type: 'consolidate', recommendation: 'approve', summary: 'MIIT approves with a proviso, MFA has no objection', checklist }));
    on('2025-10-21');
    const decided = await okAs(ZStoredApplication, step(appId, 'approver', { type: 'decide', outcome: 'approve', conditions: ['installation report within 90 days of arrival'], reasons: 'civil end use verified' }));
    expect(decided.case).toMatchObject({ status: 'approved', decision: { conditions: ['installation report within 90 days of arrival'] } });
    expect(decided.dueDate).toBeNull();

    on('2025-10-22');
    const lic = await okAs(ZIssuedLicence, call('POST', `/api/applications/${appId}/licence`, 'caseworker', { validTo: '2026-10-21' }), 201);
    expect(lic).toMatchObject({ number: 'DU-2025-S-000001', validFrom: '2025-10-22', validTo: '2026-10-21', conditions: ['installation report within 90 days of arrival'] });
    expect(lic.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    licenceNo = lic.number;
    code = lic.verificationCode;
    const pdf = await call('GET', `/api/licences/${licenceNo}/pdf`, 'exporter');
    expect(pdf.type).toContain('application/pdf');
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('GET', `/api/licences/${licenceNo}`, 'other')).status).toBe(404);

    const verify = (q: string) => call('GET', `/api/licences/${licenceNo}/verify?${q}`);
    expect(ZCustomsAnswer.parse((await verify(`code=${code}&item=1C202.a&quantity=40`)).body)).toMatchObject({ valid: true, remaining: { quantity: 100 } });

    on('2025-10-30');
    const ship1 = await okAs(ZShipmentResult, call('POST', `/api/licences/${licenceNo}/shipments`, 'exporter', { declarationNumber: '222920250000123456', date: '2025-10-30', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 40, value: 80_000 }] }), 201);
    expect(ship1.balance[0]?.quantity).toEqual({ limit: 100, used: 40, remaining: 60 });
    on('2025-11-20');
    const ship2 = await okAs(ZShipmentResult, call('POST', `/api/licences/${licenceNo}/shipments`, 'exporter', { declarationNumber: '222920250000133333', date: '2025-11-20', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 50, value: 100_000 }] }), 201);
    expect(ship2.balance[0]).toMatchObject({ quantity: { used: 90, remaining: 10 }, value: { remaining: 20_000 } });
    on('2025-12-01');
    const over = await call('POST', `/api/licences/${licenceNo}/shipments`, 'exporter', { declarationNumber: '222920250000144444', date: '2025-12-01', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 20, value: 40_000 }] });
    expect(over.status).toBe(409);
    expect(errorOf(over).message).toBe('shipment 222920250000144444 refused: 1C202.a: 20 kg exceeds the remaining 10 kg of 100; 1C202.a: value 40000 CNY exceeds the remaining 20000 CNY of 200000');
    expect((await okAs(ZLicenceView, call('GET', `/api/licences/${licenceNo}`, 'exporter'))).balance[0]?.quantity.remaining).toBe(10);
    const customs = ZCustomsAnswer.parse((await verify(`code=${code}&item=1C202.a&quantity=20`)).body);
    expect(customs).toMatchObject({ valid: false, remaining: { quantity: 10 } });
    expect(customs.reasons.map((r) => r.code)).toEqual(['OVER_QUANTITY']);
    expect(ZCustomsAnswer.parse((await verify(`code=WRONG-CODE-0000&item=1C202.a&quantity=1`)).body).reasons[0]?.code).toBe('WRONG_VERIFICATION_CODE');

    await ok(call('POST', `/api/licences/${licenceNo}/reports`, 'exporter', { declarationNumber: '222920250000123456', kind: 'shipment', eventDate: '2025-10-30', note: 'shipped by air, AWB 781-12345675' }), 201);
    const view = await okAs(ZLicenceView, call('GET', `/api/licences/${licenceNo}`, 'exporter'));
    expect(view.reports[0]?.reports.map((r) => [r.kind, r.state])).toEqual([['shipment', 'submitted'], ['arrival', 'not_yet_due']]);

    on('2026-10-21');
    expect(errorOf(await call('POST', `/api/licences/${licenceNo}/status`, 'caseworker', { action: 'expire', reason: 'end of validity' })).message).toMatch(/valid until 2026-10-21/);
    on('2026-10-22');
    expect((await okAs(ZLicenceStatusResult, call('POST', `/api/licences/${licenceNo}/status`, 'caseworker', { action: 'expire', reason: 'end of validity' }))).status).toBe('expired');
    expect(ZCustomsAnswer.parse((await verify(`code=${code}&item=1C202.a&quantity=1`)).body).reasons.map((r) => r.code)).toEqual(['EXPIRED']);

    // Every step is in the audit trail, and the chain verifies.
    const events = await db.kysely.selectFrom('audit_events').select(['type', 'payload']).where('object_id', 'in', [appId, licenceNo]).orderBy('seq').execute();
    const steps = events.map((e) => (e.type === 'application.transitioned' ? `step:${ZTransitionPayload.parse(JSON.parse(e.payload)).step}` : e.type));
    expect(steps).toEqual([
      'application.drafted',
      'application.updated',
      'step:submit',
      'step:receive',
      'step:forward',
      'step:accept',
      'consultation.requested',
      'consultation.advised',
      'step:stop_clock',
      'consultation.advised',
      'step:resume_clock',
      'step:consolidate',
      'step:decide',
      'licence.issued',
      'shipment.recorded',
      'shipment.recorded',
      'report.submitted',
      'licence.status_changed',
    ]);
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true });
    const timeline = (await okAs(ZCaseView, call('GET', `/api/applications/${appId}`, 'exporter'))).timeline;
    expect(timeline.map((t) => t.to).at(-1)).toBe('approved');

    // Notifications in the same transactions: in-app, and e-mail to the exporter's mailbox.
    const notes = (await okAs(ZNotificationPage, call('GET', '/api/notifications', 'exporter'))).items.map((n) => n.kind);
    expect(notes).toEqual(expect.arrayContaining(['decision', 'licence']));
    const mails = await db.kysely.selectFrom('mail_outbox').select(['to_address', 'subject']).orderBy('created_at').execute();
    expect(mails.map((m) => m.subject)).toEqual(expect.arrayContaining([`Decision on licence application ${appId}: approved`, `Licence ${licenceNo} issued`]));
    expect(new Set(mails.map((m) => m.to_address))).toEqual(new Set(['export-control@alloys.example']));
  });

  it('refuses a shipment on a suspended licence, and a key-element change submitted as a change application', async () => {
    on('2025-11-21');
    // A second, short walk to a fresh licence for these checks.
    const base = { form: 'individual', items: [ITEM_1C202A], destination: 'DE', endUsers: [{ name: 'Test Aerostructures GmbH', country: 'DE' }], endUse: 'airframe structural parts for civil aircraft' };
    const full = await okAs(ZCaseView, call('GET', `/api/applications/${appId}`, 'exporter'));
    const a = full.application.application;
    const id = (await okAs(ZStoredApplication, call('POST', '/api/applications', 'exporter', { provinceOrgId: orgs.jiangsu, application: { ...base, legalRepresentative: a.legalRepresentative, mainManagers: a.mainManagers, handler: a.handler, contract: a.contract, technicalDocument: a.technicalDocument, endUserCertificateIds: a.endUserCertificateIds } }), 201)).id;
    const checklist = ART13_FACTORS.map((f) => ({ factor: f.id, assessment: 'no_concern', note: '', assessedBy: 'caseworker', assessedOn: '2025-11-21' }));
    for (const [who, body] of [
      ['exporter', { type: 'submit' }],
      ['province', { type: 'receive' }],
      ['province', { type: 'forward', note: 'ok' }],
      ['caseworker', { type: 'accept' }],
      ['caseworker', { type: 'consolidate', recommendation: 'approve', summary: 'no consultation needed', checklist }],
      ['approver', { type: 'decide', outcome: 'approve', reasons: 'ok' }],
    ] as const)
      await ok(step(id, who, body));
    const number = (await okAs(ZIssuedLicence, call('POST', `/api/applications/${id}/licence`, 'caseworker', { validTo: '2026-06-30' }), 201)).number;
    expect(number).toBe('DU-2025-S-000002');

    await ok(call('POST', `/api/licences/${number}/status`, 'caseworker', { action: 'suspend', reason: 'review factors changed materially', ground: 'authority_order' }));
    const blocked = await call('POST', `/api/licences/${number}/shipments`, 'exporter', { declarationNumber: 'D-1', date: '2025-11-21', customsOffice: 'Nanjing Customs', lines: [{ lineId: 'L1', quantity: 1, value: 1 }] });
    expect(blocked.status).toBe(409);
    expect(errorOf(blocked)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(errorOf(blocked).message).toContain(`licence ${number} is suspended since 2025-11-21 (authority order): review factors changed materially`);
    await ok(call('POST', `/api/licences/${number}/status`, 'caseworker', { action: 'reinstate', reason: 'factors clarified' }));

    const keyChange = await call('POST', `/api/licences/${number}/changes`, 'exporter', { changes: [{ element: 'destination', from: 'DE', to: 'TR' }], reason: 'customer moved plant' });
    expect(keyChange.status).toBe(409);
    expect(errorOf(keyChange).message).toContain(`changing the destination of licence ${number} is a key-element change (Regs Art. 18 ¶2)`);
    // The refused change left the licence usable.
    expect((await okAs(ZLicenceView, call('GET', `/api/licences/${number}`, 'exporter'))).licence.status).toBe('active');
  });

  it('refuses a general licence for an ineligible exporter', async () => {
    on('2025-11-24');
    await ok(call('PUT', `/api/applications/exporter-profiles/${orgs.exporter}`, 'approver', {
      icp: { established: true, runningWell: true },
      hasDualUseExportRecord: true,
      hasFixedChannelsAndEndUsers: true,
      seriousAdministrativePenalties: [{ decidedOn: '2022-06-01', reference: 'penalty 2022-01' }],
    }));
    const a = (await okAs(ZCaseView, call('GET', `/api/applications/${appId}`, 'exporter'))).application.application;
    const doc = a.contract;
    const id = (
      await okAs(
        ZStoredApplication,
        call('POST', '/api/applications', 'exporter', {
          provinceOrgId: orgs.jiangsu,
          application: { form: 'general', items: [ITEM_1C202A], destination: 'DE', endUsers: a.endUsers, endUse: a.endUse, legalRepresentative: a.legalRepresentative, mainManagers: a.mainManagers, handler: a.handler, contract: doc, technicalDocument: a.technicalDocument, endUserCertificateIds: a.endUserCertificateIds, general: { icpOperationReport: doc, licenceUseReport: doc, channelsAndEndUsersReport: doc, fixedChannels: ['Shanghai port → Hamburg, direct sale'] } },
        }),
        201,
      )
    ).id;
    const r = await step(id, 'exporter', { type: 'submit' });
    expect(r.status).toBe(409);
    expect(errorOf(r)).toEqual({ code: 'ILLEGAL_TRANSITION', message: 'cannot submit: Test Alloys Co., Ltd. may not apply for a general licence: serious administrative penalty penalty 2022-01 of 2022-06-01 is within 5 years (barred until 2027-06-01) (Regs Art. 20 ¶1(2))' });
    expect((await okAs(ZCaseView, call('GET', `/api/applications/${id}`, 'exporter'))).application.case.status).toBe('draft');
  });
});
