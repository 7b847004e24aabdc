/**
 * Products, classification, the item-list browser and the transaction check in chromium against a
 * real server: a staff member adds a product and classifies it with the assistant's suggestion, cannot
 * sign off their own classification, the compliance officer signs it off; the list browser shows the
 * PRC catalogue as partial with its verification status, searches by Chinese text, control code and HS
 * code and opens an entry with its cross-references; the transaction check holds an export of the
 * listed item to a watch-listed end user and cites the articles; every new page in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, FIXTURES, type Harness, login, screenshot, startHarness } from './harness.ts';

const ORG = 'Zhejiang Fluorochem Export Co., Ltd.';
const OFFICER = { username: 'wang.officer', password: 'officer-Passw0rd-2', displayName: 'Wang Fang' } as const;
const STAFF = { username: 'chen.staff', password: 'staff-Passw0rd-3', displayName: 'Chen Jie' } as const;
const SKU = 'HF-AH-99';
const CN_LIST = 'cn-dual-use-licence-catalogue';

let h: Harness;
let staff: { context: BrowserContext; page: Page };
let officer: { context: BrowserContext; page: Page };
let productId = '';

/** JSON API call in the signed-in browser context (its session cookie, the session's CSRF token). */
async function apiCall(page: Page, method: 'GET' | 'POST', url: string, data?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const session = (await (await page.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
  const res = await page.request.fetch(`${h.baseUrl}${url}`, { method, headers: { 'x-csrf-token': session.csrfToken }, ...(data === undefined ? {} : { data }) });
  return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
}

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`${h.baseUrl}/#/${hash}`);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

async function settled(page: Page, what: string): Promise<void> {
  await expect.poll(() => page.locator('main .loading').count(), { message: `${what} still loading`, interval: 100, timeout: 15_000 }).toBe(0);
}

beforeAll(async () => {
  h = await startHarness();
  const { context, page } = await h.newPage('en');
  await login(page, h.baseUrl, ADMIN.username, ADMIN.password);
  const org = await apiCall(page, 'POST', '/api/organisations', { kind: 'exporter', name: ORG });
  expect(org.status, JSON.stringify(org.body)).toBe(201);
  for (const [u, role] of [
    [OFFICER, 'compliance_officer'],
    [STAFF, 'staff'],
  ] as const) {
    const r = await apiCall(page, 'POST', '/api/users', { organisationId: org.body.id, username: u.username, displayName: u.displayName, password: u.password, roles: [role] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  // A new version of the PRC lists with a watch-listed company.
  const csrf = ((await (await page.request.get(`${h.baseUrl}/api/auth/session`)).json()) as { csrfToken: string }).csrfToken;
  const imported = await page.request.post(`${h.baseUrl}/api/lists/import`, {
    headers: { 'x-csrf-token': csrf },
    multipart: { sourceId: 'cn-mofcom', files: { name: 'sanctions.csv', mimeType: 'text/csv', buffer: fs.readFileSync(path.join(FIXTURES, 'cn-watch', 'sanctions.csv')) } },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  await context.close();

  staff = await h.newPage('en');
  officer = await h.newPage('en');
  await login(staff.page, h.baseUrl, STAFF.username, STAFF.password);
  await login(officer.page, h.baseUrl, OFFICER.username, OFFICER.password);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('products, classification, control lists and the transaction check', () => {
  it('shows the PRC catalogue as partial with its verification status, searches it and opens an entry with cross-references', async () => {
    const { page } = officer;
    await go(page, 'controllists');
    const row = page.getByTestId('item-lists').locator(`tr[data-list="${CN_LIST}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.getByTestId('completeness').textContent()).toBe('partial');
    expect(await row.getByTestId('verification-counts').textContent()).toMatch(/machine-extracted/);
    expect(await page.getByTestId('item-lists').locator('tr[data-list="hs-2022"]').getByTestId('completeness').textContent()).toBe('complete');

    const search = async (q: string) => {
      await page.locator('form[role="search"] input[name="q"]').fill(q);
      await page.locator('form[role="search"] button[type="submit"]').click();
      const results = page.getByTestId('item-search-results');
      await expect.poll(async () => ((await results.locator('.loading').count()) === 0 ? results.locator('h2').textContent() : ''), { timeout: 10_000 }).toContain(q);
      await results.locator('.hit-group').first().waitFor();
      return results;
    };
    const byText = await search('氟化氢');
    expect(await byText.locator(`.hit-group[data-list="${CN_LIST}"]`).textContent()).toContain('1C350.a');
    const byCode = await search('1C350');
    expect(await byCode.locator('.hit-group').count()).toBeGreaterThanOrEqual(2); // PRC catalogue and EU Annex I at least
    const byHs = await search('2811119000');
    await byHs.locator(`.hit-group[data-list="${CN_LIST}"]`).getByRole('link', { name: '1C350.a' }).click();

    const detail = page.getByTestId('entry-detail');
    await detail.locator('h2').filter({ hasText: '1C350.a' }).waitFor();
    expect(await detail.textContent()).toContain('machine-extracted');
    const refs = detail.getByTestId('cross-refs');
    expect(await refs.textContent()).toContain('2811119000');
    await refs.getByRole('link', { name: '1C350' }).click();
    await detail.locator('h2').filter({ hasText: '1C350' }).waitFor();
    await expect.poll(() => detail.textContent()).toMatch(/Referenced by[\s\S]*1C350\.a/);
    expect(page.url()).toContain('controllists/eu-annex-i/1C350');

    await go(page, `controllists/${CN_LIST}/1C350.a`);
    await page.getByTestId('list-info').waitFor();
    expect(await page.getByTestId('list-info').textContent()).toContain('Partial: some entries or texts of the instrument are missing');
    await settled(page, 'control lists');
    await screenshot(page, 'controllists-en');
  });

  it('lets staff add and classify a product with the assistant, but not sign it off', async () => {
    const { page } = staff;
    await go(page, 'products');
    const form = page.getByTestId('add-product');
    await form.locator('input[name="sku"]').fill(SKU);
    await form.locator('input[name="nameZh"]').fill('无水氟化氢');
    await form.locator('input[name="nameEn"]').fill('Anhydrous hydrogen fluoride');
    await form.locator('input[name="hsCode"]').fill('2811119000');
    await form.locator('textarea[name="description"]').fill('Anhydrous hydrogen fluoride, purity 99.99 %, in steel cylinders, for etching in semiconductor fabs.');
    await form.getByRole('button', { name: 'Add product' }).click();
    await page.getByRole('heading', { name: 'Anhydrous hydrogen fluoride' }).waitFor();
    productId = decodeURIComponent(page.url().split('#/products/')[1] ?? '');
    expect(productId).not.toBe('');

    const suggestions = page.getByTestId('suggestions');
    const first = suggestions.locator('li').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.textContent()).toContain('1C350.a');
    await first.getByRole('button', { name: 'Use' }).click();
    expect(await page.locator('input[name="codes"]').inputValue()).toBe('1C350.a');
    await page.locator('textarea[name="rationale"]').fill('Anhydrous HF is hydrogen fluoride, a CWC precursor: PRC 1C350.a (HS 2811119000 referenced by the entry).');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const record = page.getByTestId('classification-CN-1');
    await record.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => record.textContent()).toContain('Awaiting sign-off');
    expect(await record.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    await screenshot(page, 'product-detail-en');

    // The server refuses too: staff may not decide classifications.
    const id = ((await apiCall(page, 'GET', `/api/products/${productId}/classifications`)).body.items as Array<{ id: string }>)[0]?.id ?? '';
    const refused = await apiCall(page, 'POST', `/api/classifications/${id}/sign-off`, {});
    expect(refused.status).toBe(403);

    await go(page, 'products');
    await page.getByTestId('product-table').getByText(SKU).waitFor();
    await screenshot(page, 'products-en');
  });

  it('lets the compliance officer sign off the classification', async () => {
    const { page } = officer;
    await go(page, `products/${productId}`);
    const record = page.getByTestId('classification-CN-1');
    await record.locator('textarea[name="reviewNote"]').fill('Checked against the 2026 catalogue: 1C350.a.');
    await record.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => record.textContent()).toContain('Signed off');
    expect(await record.textContent()).toContain(`signed off by ${OFFICER.username}`);
    expect(await record.textContent()).toMatch(/re-review due \d{4}/);
    await go(page, 'classifications');
    await settled(page, 'classifications');
    await screenshot(page, 'classifications-en');
  });

  it('holds an export of the listed item to a watch-listed end user, with reasons and articles, in English and Chinese', async () => {
    const { page } = staff;
    await go(page, 'check');
    await expect.poll(() => page.locator('select[name="sku-1"] option').count()).toBeGreaterThan(1);
    await page.locator('select[name="sku-1"]').selectOption(SKU);
    await page.locator('input[name="quantity-1"]').fill('2000');
    await page.locator('input[name="value-1"]').fill('180000');
    await page.locator('input[name="destination"]').fill('JP');
    await page.locator('input[name="endUserName"]').fill('SUBARU Corporation');
    await page.locator('input[name="endUserCountry"]').fill('JP');
    await page.locator('input[name="endUse"]').fill('Etching in semiconductor production');
    await page.getByRole('button', { name: 'Check the transaction' }).click();

    const overall = page.getByTestId('overall');
    await overall.waitFor({ timeout: 15_000 });
    expect(await overall.locator('[data-outcome]').getAttribute('data-outcome')).toBe('HOLD');
    const item = page.getByTestId('item-result-1');
    expect(await item.locator('.reason[data-code="LISTED_ITEM"]').textContent()).toContain('Licence required');
    const hold = item.locator('.reason[data-code="SCREENING_OPEN_ALERT"]');
    expect(await hold.textContent()).toContain('SUBARU Corporation');
    expect(await hold.textContent()).toMatch(/watch list/i);
    expect(await hold.locator('.cite-chip').allTextContents()).toContain('Regulations on Export Control of Dual-use Items Art. 26');
    expect(await item.getByRole('link', { name: '1C350.a' }).getAttribute('href')).toContain(`controllists/${CN_LIST}`);
    const cited = await page.getByTestId('citations').textContent();
    expect(cited).toContain('Export Control Law Art. 12');
    expect(cited).toContain('Watch list: no general licence or registration');
    expect(await page.getByTestId('screened').textContent()).toContain('possible match');
    await screenshot(page, 'check-en');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '交易审查' }).waitFor();
    await expect.poll(() => page.getByTestId('explanation-text').textContent(), { timeout: 10_000 }).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await overall.textContent()).toContain('暂停');
    expect(await page.getByTestId('citations').textContent()).toContain('《两用物项出口管制条例》第二十六条');
    expect(await item.locator('.reason[data-code="LISTED_ITEM"]').textContent()).toContain('需要许可');
    await screenshot(page, 'check-zh');
  });

  it('renders the new pages in Chinese (screenshots in test-results/)', { timeout: 30_000 }, async () => {
    for (const who of [staff, officer]) await who.page.evaluate(() => window.localStorage.setItem('exportctl.lang', 'zh'));
    const pages: Array<[Page, string, string]> = [
      [staff.page, 'products', 'products-zh'],
      [staff.page, `products/${productId}`, 'product-detail-zh'],
      [officer.page, 'classifications', 'classifications-zh'],
      [officer.page, `controllists/${CN_LIST}/1C350.a`, 'controllists-zh'],
    ];
    for (const [page, hash, shot] of pages) {
      await go(page, hash);
      await settled(page, shot);
      expect(await page.locator('main [role="alert"]').allTextContents(), `${shot} shows an error`).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await screenshot(page, shot);
    }
    const nav = await officer.page.locator('nav').textContent();
    for (const label of ['产品目录', '物项归类', '管制物项清单', '交易审查']) expect(nav).toContain(label);
    expect(await officer.page.getByTestId('list-info').textContent()).toContain('部分收录');
    expect(await officer.page.getByTestId('entry-detail').textContent()).toContain('机器提取');
  });
});
