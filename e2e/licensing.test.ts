/**
 * The licensing UI in chromium against a real exportctl server whose clock the test sets (the
 * working-day calendar covers 2024–2025, so the case runs on the 2025 dates of the API test
 * src/http/routes/applications/licensingApi.db.test.ts): an exporter drafts an individual
 * application and sees the missing items per field, submits; the Jiangsu department receives and
 * forwards it; MOFCOM accepts, consults MIIT and MFA (each signs in and gives advice), stops the
 * clock for a technical identification and resumes it, consolidates with the Art. 13 checklist;
 * the approver approves with a condition; the licence is issued with its PDF; two shipments draw
 * the balance down and a third is refused; a post-shipment report is filed; the licence expires;
 * the audit log verifies. Users, organisations, routing and the uploaded documents are set up
 * through the API.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootstrapAdmin } from '../src/app/users/bootstrapAdmin.ts';
import { loadConfig } from '../src/config.ts';
import type { Role } from '../src/domain/access/organisations.ts';
import { type Db, openDb } from '../src/infra/db/connection.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';
import { buildServer } from '../src/http/server.ts';
import { RESULTS, ROOT, screenshot } from './harness.ts';

const ADMIN_PASSWORD = 'e2e-admin-Passw0rd!';
const PASSWORD = 'licensing-Passw0rd-1';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR', 'utf8')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'utf8');

let now = new Date('2025-09-01T02:00:00Z');
const on = (day: string) => {
  now = new Date(`${day}T02:00:00Z`);
};

let dataDir = '';
let db: Db;
let app: FastifyInstance;
let browser: Browser;
let baseUrl = '';
const tokens: Record<string, string> = {};
const orgs: Record<string, string> = {};
const usernames: Record<string, string> = {};
const pages: Record<string, { context: BrowserContext; page: Page }> = {};

interface Res {
  status: number;
  body: Record<string, unknown>;
}
async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}`, ...headers }, ...(body === undefined ? {} : { payload: Buffer.isBuffer(body) ? body : (body as object) }) });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json<Record<string, unknown>>() : { text: res.body } };
}
async function ok(p: Promise<Res>, status = 200): Promise<Record<string, unknown>> {
  const r = await p;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}
async function tokenFor(username: string, password: string): Promise<string> {
  const loginRes = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookie = loginRes.cookies.find((c) => c.name === 'exportctl_session')?.value ?? '';
  const csrf = String(loginRes.json<{ csrfToken: string }>().csrfToken);
  const t = await app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: `exportctl_session=${cookie}`, 'x-csrf-token': csrf }, payload: { name: 'e2e' } });
  return String(t.json<{ secret: string }>().secret);
}

/** A signed-in browser page of one of the test's users. */
async function as(who: string, lang: 'en' | 'zh' = 'en'): Promise<Page> {
  const key = `${who}-${lang}`;
  const have = pages[key];
  if (have) return have.page;
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB' });
  await context.addInitScript((l: string) => window.localStorage.setItem('exportctl.lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  // Signed in through the API: the session cookie's expiry follows the server's (2025) clock, which
  // the browser would treat as already past, so the cookie is set here as a browser-session cookie.
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: usernames[who] ?? who, password: who === 'admin' ? ADMIN_PASSWORD : PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'exportctl_session')?.value ?? '';
  await context.addCookies([{ name: 'exportctl_session', value: cookie, url: baseUrl }]);
  await page.goto(`${baseUrl}/#/dashboard`);
  await page.getByTestId('current-user').waitFor();
  pages[key] = { context, page };
  return page;
}

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/#/${hash}`);
  await page.reload();
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('main .loading').count(), { timeout: 10_000 }).toBe(0);
}

const statusOf = (page: Page) => page.locator('.page-header [data-status]').first().getAttribute('data-status');

/** Takes one step through its form on the case page and waits for the case to reach `status`. */
async function step(page: Page, name: string, status: string, fill?: (form: ReturnType<Page['locator']>) => Promise<void>): Promise<void> {
  const form = page.locator(`form[data-step="${name}"]`);
  await form.waitFor();
  if (fill) await fill(form);
  await form.locator('button[type="submit"]').click();
  await expect.poll(() => statusOf(page), { message: `after ${name}: ${await form.locator('[role="alert"]').allTextContents().catch(() => [])}`, timeout: 10_000 }).toBe(status);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-e2e-lic-'));
  db = openDb({ dataDir });
  await migrateToLatest(db);
  const webDir = path.join(ROOT, 'web', 'dist');
  expect(fs.existsSync(path.join(webDir, 'index.html')), 'build the web UI first (npm run build:web)').toBe(true);
  const boot = await bootstrapAdmin(db.kysely, { password: ADMIN_PASSWORD }, now);
  orgs.mofcom = boot?.user.organisationId ?? '';
  const config = loadConfig({}, { webDir, loginRateLimit: { max: 10_000, windowMs: 60_000 }, sessionTtlMs: 3 * 365 * 86_400_000 });
  app = await buildServer({ db, config, logger: false, clock: () => now });
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  tokens.admin = await tokenFor('admin', ADMIN_PASSWORD);
  usernames.admin = 'admin';
  for (const [key, kind, name] of [
    ['exporter', 'exporter', 'Test Alloys Co., Ltd.'],
    ['jiangsu', 'provincial_commerce', 'Jiangsu Department of Commerce'],
    ['miit', 'consulted_agency', 'Ministry of Industry and Information Technology (MIIT)'],
    ['mfa', 'consulted_agency', 'Ministry of Foreign Affairs (MFA)'],
  ] as const) {
    orgs[key] = String((await ok(call('POST', '/api/organisations', 'admin', { kind, name }), 201)).id);
  }
  const users: Array<[string, string, Role[], string]> = [
    ['exporter', orgs.exporter ?? '', ['compliance_officer'], 'Zhang Wei'],
    ['province', orgs.jiangsu ?? '', ['caseworker'], 'Jiangsu Caseworker'],
    ['caseworker', orgs.mofcom ?? '', ['caseworker'], 'MOFCOM Caseworker'],
    ['approver', orgs.mofcom ?? '', ['approver'], 'MOFCOM Approver'],
    ['miit', orgs.miit ?? '', ['reviewer'], 'MIIT Reviewer'],
    ['mfa', orgs.mfa ?? '', ['reviewer'], 'MFA Reviewer'],
  ];
  for (const [key, organisationId, roles, displayName] of users) {
    usernames[key] = `lic.${key}`;
    await ok(call('POST', '/api/users', 'admin', { organisationId, username: usernames[key], displayName, password: PASSWORD, roles }), 201);
    tokens[key] = await tokenFor(usernames[key] ?? '', PASSWORD);
  }
  // The authority's policies (example data): category 1 to the materials desk with MIIT, MFA on every case; reports after shipment.
  await ok(call('PUT', '/api/applications/policies/routing', 'admin', [
    { id: 'materials', description: 'Category 1 to the materials desk, MIIT consulted', when: { itemCategories: ['1'] }, route: { queue: 'materials-desk', consult: [orgs.miit] } },
    { id: 'foreign-affairs', description: 'All exports: MFA consulted', when: {}, route: { consult: [orgs.mfa] } },
  ]));
  await ok(call('PUT', '/api/applications/policies/reporting', 'admin', { source: 'example policy', reports: [{ kind: 'shipment', after: 'shipment', dueWithinDays: 10 }, { kind: 'arrival', after: 'shipment', dueWithinDays: 60 }] }));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  fs.mkdirSync(RESULTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

it('walks an application from draft to an expired licence in the browser, in English and Chinese', { timeout: 120_000 }, async () => {
  on('2025-09-05');
  const exporter = await as('exporter');
  await go(exporter, 'applications/new');
  const draft = exporter.getByTestId('draft-form');
  const fill = async (name: string, value: string) => draft.locator(`[name="${name}"]`).fill(value);
  await fill('provinceOrgId', orgs.jiangsu ?? '');
  await fill('controlCode', '1C202.a');
  await fill('hsCode', '7608209110');
  await fill('description', '铝合金管 460 MPa 或更高 (aluminium alloy tubes, 460 MPa or more)');
  await fill('quantity', '100');
  await fill('unit', 'kg');
  await fill('value', '200000');
  await fill('currency', 'CNY');
  await fill('determinationId', 'det-0001');
  await fill('determinedOn', '2025-09-01');
  await fill('destination', 'DE');
  await fill('endUserName', 'Test Aerostructures GmbH');
  await fill('endUserCountry', 'DE');
  await fill('endUse', 'airframe structural parts for civil aircraft');
  await screenshot(exporter, 'licensing-draft-en');
  await draft.locator('button[name="save"]').click();
  await exporter.waitForURL(/#\/applications\/[^/]+$/);
  const appId = decodeURIComponent(exporter.url().split('#/applications/')[1] ?? '');
  expect(appId).not.toBe('');
  expect(await statusOf(exporter)).toBe('draft');

  // Submitting now names every missing item at its field.
  await exporter.getByTestId('draft-form').locator('button[name="submit"]').click();
  await exporter.getByTestId('submit-issues').waitFor().catch(async (e: unknown) => {
    throw new Error(`${String(e)}: ${(await exporter.locator('main').textContent()) ?? ''}`);
  });
  for (const field of ['legalRepresentative', 'mainManagers', 'handler', 'contract', 'technicalDocument', 'endUserCertificateIds'])
    expect(await exporter.locator(`.field-errors[data-field="${field}"]`).count(), field).toBe(1);
  await screenshot(exporter, 'licensing-draft-errors-en');

  // The scanned documents and the signed certificate are uploaded through the API.
  // The browser has the same draft open; an upload that meets its concurrent save answers 409 and
  // is sent again, as a user would.
  const upload = async (title: string, content: Buffer, type: string) => {
    const send = () => call('POST', `/api/applications/${appId}/documents?title=${encodeURIComponent(title)}`, 'exporter', content, { 'content-type': type });
    let r = await send();
    for (let attempt = 1; attempt < 3 && r.status === 409; attempt++) r = await send();
    return String((await ok(Promise.resolve(r), 201)).id);
  };
  const certDoc = await upload('End-user certificate (signed)', PDF, 'application/pdf');
  const cert = (await ok(call('POST', '/api/certificates', 'exporter', { documentId: certDoc, issuerKind: 'end_user', endUser: { name: 'Test Aerostructures GmbH', country: 'DE' }, endUse: 'airframe structural parts for civil aircraft', controlCodes: ['1C202.a'], issuedOn: '2025-09-01', expiresOn: '2026-08-31', receivedOn: '2025-09-04', noTransferUndertaking: true }), 201)) as { certificate: { id: string } };
  const idDoc = await upload('ID of legal representative', PNG, 'image/png');
  const contract = await upload('Sales contract 2025-017', PDF, 'application/pdf');
  const report = await upload('Tensile test report', PDF, 'application/pdf');

  on('2025-09-08');
  await go(exporter, `applications/${appId}`);
  const form = exporter.getByTestId('draft-form');
  await form.locator('[name="legalRepresentative"]').fill('张伟');
  await form.locator('[name="legalRepresentativeDoc"]').selectOption(idDoc);
  await form.locator('[name="mainManager"]').fill('李娜');
  await form.locator('[name="mainManagerDoc"]').selectOption(idDoc);
  await form.locator('[name="handler"]').fill('王芳');
  await form.locator('[name="handlerDoc"]').selectOption(idDoc);
  await form.locator('[name="contractDoc"]').selectOption(contract);
  await form.locator('[name="technicalDoc"]').selectOption(report);
  await expect.poll(() => form.locator('[name="certificate"] option').count()).toBe(2);
  await form.locator('[name="certificate"]').selectOption(cert.certificate.id);
  await form.locator('button[name="submit"]').click();
  await expect.poll(() => statusOf(exporter), { message: String(await form.locator('[role="alert"]').allTextContents().catch(() => [])) }).toBe('submitted');
  await go(exporter, 'applications');
  expect(await exporter.getByTestId('applications-table').locator(`tr[data-id="${appId}"]`).textContent()).toContain('Submitted');
  await screenshot(exporter, 'licensing-applications-en');

  // The province receives and forwards it.
  on('2025-09-09');
  const province = await as('province');
  await go(province, 'applications');
  await province.getByTestId('applications-table').locator(`tr[data-id="${appId}"] a`).click();
  await province.locator('main h1').filter({ hasText: appId }).waitFor();
  await step(province, 'receive', 'provincial_review');
  on('2025-09-12');
  await go(province, `applications/${appId}`);
  expect(await province.getByTestId('clock-forwarding').textContent()).toContain('3');
  await step(province, 'forward', 'forwarded', (f) => f.locator('[name="note"]').fill('materials complete'));

  // MOFCOM accepts; the case is on the materials desk, due 2025-11-21.
  on('2025-09-15');
  const caseworker = await as('caseworker');
  await go(caseworker, `applications/${appId}`);
  await step(caseworker, 'accept', 'mofcom_review');
  await go(caseworker, 'applications');
  await caseworker.locator('input[name="queue"]').fill('materials-desk');
  await expect.poll(() => caseworker.getByTestId('applications-table').locator(`tr[data-id="${appId}"]`).textContent().catch(() => '')).toContain('2025-11-21');
  await screenshot(caseworker, 'licensing-queue-en');

  on('2025-09-16');
  await go(caseworker, `applications/${appId}`);
  await step(caseworker, 'request_consultation', 'in_consultation', async (f) => {
    await f.locator(`input[name="agency"][value="${orgs.miit}"]`).check();
    await f.locator(`input[name="agency"][value="${orgs.mfa}"]`).check();
    await f.locator('[name="question"]').fill('Is the stated civil-aviation end use credible?');
  });

  on('2025-09-25');
  const miit = await as('miit');
  await go(miit, 'applications');
  await miit.getByTestId('applications-table').locator(`tr[data-id="${appId}"] a`).click();
  const advice = miit.locator('form[data-step="give_advice"]');
  await advice.locator('[name="kind"]').selectOption('approve_with_provisos');
  await advice.locator('[name="reasons"]').fill('known civil aerostructures supplier');
  await advice.locator('[name="provisos"]').fill('installation report within 90 days of arrival');
  await advice.locator('button[type="submit"]').click();
  await expect.poll(() => miit.getByTestId('consultations').locator(`tr[data-agency="${orgs.miit}"]`).textContent()).toContain('Approve with provisos');
  expect(await miit.locator('form[data-step="give_advice"]').count()).toBe(0);

  // Technical identification stops the clock; it shows paused, then running again.
  on('2025-10-13');
  await go(caseworker, `applications/${appId}`);
  await step(caseworker, 'stop_clock', 'clock_stopped', async (f) => {
    await f.locator('[name="kind"]').selectOption('technical-identification');
    await f.locator('[name="reason"]').fill('confirm tensile strength ≥ 460 MPa');
  });
  on('2025-10-15');
  await go(caseworker, `applications/${appId}`);
  const clock = caseworker.getByTestId('clock-decision');
  expect(await clock.getAttribute('data-state')).toBe('paused');
  expect(await clock.textContent()).toContain('Technical identification');
  await screenshot(caseworker, 'licensing-case-paused-en');

  const mfa = await as('mfa');
  await go(mfa, `applications/${appId}`);
  await mfa.locator('form[data-step="give_advice"] [name="kind"]').selectOption('no_objection');
  await mfa.locator('form[data-step="give_advice"] button[type="submit"]').click();
  await expect.poll(() => mfa.getByTestId('consultations').locator(`tr[data-agency="${orgs.mfa}"]`).textContent()).toContain('No objection');

  on('2025-10-17');
  await go(caseworker, `applications/${appId}`);
  const resume = caseworker.locator('form[data-step="resume_clock"]');
  await resume.locator('[name="result"]').fill('identified as 1C202.a (tensile strength 480 MPa)');
  await resume.locator('button[type="submit"]').click();
  await expect.poll(() => statusOf(caseworker)).not.toBe('clock_stopped');
  on('2025-10-20');
  await go(caseworker, `applications/${appId}`);
  expect(await clock.getAttribute('data-state')).toBe('running');
  expect(await clock.getByTestId('days-used').textContent()).toBe('16');
  expect(await clock.textContent()).toContain('2025-11-28');
  expect(await clock.textContent()).toContain('29 left');

  // Consolidation with the Art. 13 checklist.
  const checklist = caseworker.getByTestId('art13-checklist');
  expect(await checklist.locator('tbody tr').count()).toBe(8);
  await step(caseworker, 'consolidate', 'awaiting_decision', (f) => f.locator('[name="summary"]').fill('MIIT approves with a proviso, MFA has no objection'));
  await screenshot(caseworker, 'licensing-case-en');

  // The approver approves with a condition.
  on('2025-10-21');
  const approver = await as('approver');
  await go(approver, `applications/${appId}`);
  await step(approver, 'decide', 'approved', async (f) => {
    await f.locator('[name="outcome"]').selectOption('approve');
    await f.locator('[name="reasons"]').fill('civil end use verified');
    await f.locator('[name="conditions"]').fill('installation report within 90 days of arrival');
  });
  expect(await approver.getByTestId('conditions').textContent()).toContain('installation report within 90 days of arrival');

  // The caseworker issues the licence.
  on('2025-10-22');
  await go(caseworker, `applications/${appId}`);
  const issue = caseworker.locator('form[data-step="issue"]');
  await issue.locator('[name="validTo"]').fill('2026-10-21');
  await issue.locator('button[type="submit"]').click();
  await caseworker.getByTestId('licence-link').waitFor();
  const licenceNo = (await caseworker.getByTestId('licence-link').textContent())?.replace(/^.*\s/, '') ?? '';
  expect(licenceNo).toBe('DU-2025-S-000001');

  // The exporter sees the licence, its PDF and balance; two shipments draw it down, a third is refused.
  await go(exporter, `licences/${licenceNo}`);
  const pdfHref = (await exporter.getByTestId('licence-pdf').getAttribute('href')) ?? '';
  const pdf = await exporter.request.get(`${baseUrl}${pdfHref}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const remaining = () => exporter.getByTestId('balance').getByTestId('remaining-quantity').first().textContent();
  expect(await remaining()).toBe('100');
  const ship = async (declarationNumber: string, date: string, quantity: string, value: string) => {
    const f = exporter.getByTestId('shipment-form');
    await f.locator('[name="declarationNumber"]').fill(declarationNumber);
    await f.locator('[name="date"]').fill(date);
    await f.locator('[name="customsOffice"]').fill('Shanghai Pudong Airport Customs (2233)');
    await f.locator('[name="quantity"]').fill(quantity);
    await f.locator('[name="value"]').fill(value);
    await f.locator('button[type="submit"]').click();
  };
  on('2025-10-30');
  await ship('222920250000123456', '2025-10-30', '40', '80000');
  await expect.poll(remaining).toBe('60');
  on('2025-11-20');
  await ship('222920250000133333', '2025-11-20', '50', '100000');
  await expect.poll(remaining).toBe('10');
  on('2025-12-01');
  await ship('222920250000144444', '2025-12-01', '20', '40000');
  const refusal = exporter.getByTestId('shipment-form').locator('[role="alert"]');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('20 kg exceeds the remaining 10 kg of 100');
  expect(await remaining()).toBe('10');

  const rep = exporter.getByTestId('report-form');
  await rep.locator('[name="declarationNumber"]').fill('222920250000123456');
  await rep.locator('[name="kind"]').selectOption('shipment');
  await rep.locator('[name="eventDate"]').fill('2025-10-30');
  await rep.locator('[name="note"]').fill('shipped by air, AWB 781-12345675');
  await rep.locator('button[type="submit"]').click();
  await expect.poll(() => exporter.getByTestId('reports').locator('tr[data-declaration="222920250000123456"][data-kind="shipment"]').getAttribute('data-state')).toBe('submitted');
  await screenshot(exporter, 'licensing-licence-en');

  // Expiry through the API on the server's clock; the licence page shows it.
  on('2026-10-22');
  expect((await ok(call('POST', `/api/licences/${licenceNo}/status`, 'caseworker', { action: 'expire', reason: 'end of validity' }))).status).toBe('expired');
  await go(exporter, `licences/${licenceNo}`);
  expect(await statusOf(exporter)).toBe('expired');
  expect(await exporter.getByTestId('shipment-form').count()).toBe(0);

  // The audit log verifies the whole chain.
  const admin = await as('admin');
  await go(admin, 'audit');
  await expect.poll(() => admin.getByTestId('audit-verify').getAttribute('class'), { timeout: 10_000 }).toContain('ok');
  await screenshot(admin, 'licensing-audit-en');

  // The main pages in Chinese.
  for (const [who, hash, shot] of [
    ['exporter', 'applications', 'applications'],
    ['exporter', 'applications/new', 'draft'],
    ['caseworker', `applications/${appId}`, 'case'],
    ['exporter', `licences/${licenceNo}`, 'licence'],
    ['caseworker', 'applications', 'queue'],
  ] as const) {
    const page = await as(who, 'zh');
    await go(page, hash);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('main > [role="alert"]').allTextContents(), shot).toEqual([]);
    await screenshot(page, `licensing-${shot}-zh`);
  }
  const zhNav = await (await as('exporter', 'zh')).locator('nav').textContent();
  expect(zhNav).toContain('许可申请');
  expect(zhNav).toContain('许可证');
});
