/**
 * The web UI end to end, in chromium against a real server: sign in, set up an exporter and its
 * compliance officer, screen a Chinese-script name, decide an alert, import a new list version and
 * see exactly the new alert, switch language, and screenshot every main page in both languages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ADMIN, FIXTURES, type Harness, login, screenshot, startHarness } from './harness.ts';

const OFFICER = { username: 'officer', password: 'officer-Passw0rd-1', org: 'Huaxin Precision Instruments Co., Ltd.' } as const;
const PAGES = ['dashboard', 'screen', 'batch', 'counterparties', 'alerts', 'lists', 'audit', 'admin'] as const;

let h: Harness;
let admin: { context: BrowserContext; page: Page };
let officer: { context: BrowserContext; page: Page };

beforeAll(async () => {
  h = await startHarness();
  admin = await h.newPage('en');
  officer = await h.newPage('en');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Opens a page afresh (a reload, so data is fetched again even when the hash is unchanged). */
async function go(page: Page, hash: string): Promise<void> {
  await page.goto(`${h.baseUrl}/#/${hash}`);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

async function openAlertCount(page: Page): Promise<number> {
  await go(page, 'alerts?status=open');
  await page.locator('[data-testid="alert-queue"], .empty').first().waitFor();
  return page.locator('[data-testid="alert-queue"] li').count();
}

describe('web UI', () => {
  it('lets the first administrator sign in and set up an exporter with a compliance officer', async () => {
    const { page } = admin;
    await page.goto(h.baseUrl);
    await page.locator('form.login').waitFor();
    await screenshot(page, 'login-en');
    await page.locator('input[name="username"]').fill(ADMIN.username);
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('form.login button[type="submit"]').click();
    await expect.poll(() => page.locator('form.login [role="alert"]').textContent()).toContain('Wrong username or password');

    await login(page, h.baseUrl, ADMIN.username, ADMIN.password);
    expect(await page.getByTestId('current-user').textContent()).toContain('Administrator');

    await go(page, 'admin/organisations');
    await page.locator('input[name="orgName"]').fill(OFFICER.org);
    await page.locator('select[name="kind"]').selectOption('exporter');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByTestId('orgs-table').getByText(OFFICER.org).waitFor();

    await go(page, 'admin/users');
    await page.locator('select[name="organisationId"]').selectOption({ label: OFFICER.org });
    await page.locator('input[name="username"]').fill(OFFICER.username);
    await page.locator('input[name="displayName"]').fill('Li Ming');
    await page.locator('input[name="password"]').fill(OFFICER.password);
    await page.getByLabel('Compliance officer').check();
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByTestId('users-table').getByText(OFFICER.username, { exact: true }).waitFor();
  });

  it('screens a Chinese-script name as you type and explains the match', async () => {
    const { page } = officer;
    await login(page, h.baseUrl, OFFICER.username, OFFICER.password);
    await go(page, 'screen');
    await page.locator('input[name="name"]').pressSequentially('美国国家民主基金会', { delay: 20 });
    const first = page.getByTestId('hits').locator('li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('National Endowment for Democracy');
    const explanation = page.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.locator('h3').textContent()).toContain('National Endowment for Democracy');
    expect(await explanation.locator('mark.tok').count()).toBeGreaterThan(0);
    await screenshot(page, 'screen-explanation-en');
  });

  it('creates counterparties, screens them and marks a hit as a false positive', async () => {
    const { page } = officer;
    await go(page, 'counterparties');
    for (const [name, country] of [
      ['Banco Nacional de Cuba', 'CU'],
      ['Rosoboronexport', 'RU'],
    ] as const) {
      await page.locator('form.form input[name="name"]').fill(name);
      await page.locator('form.form input[name="country"]').fill(country);
      await page.locator('form.form select[name="schema"]').selectOption('Company');
      await page.locator('form.form button[type="submit"]').click();
      const row = page.getByTestId('counterparty-table').locator('tr', { hasText: name });
      await row.waitFor();
      await row.getByRole('button', { name: /Screen/ }).click();
      await expect.poll(async () => row.getByRole('button', { name: /Screen/ }).isEnabled()).toBe(true);
    }

    expect(await openAlertCount(page)).toBe(1);
    const detail = page.getByTestId('alert-detail');
    expect(await detail.textContent()).toContain('Banco Nacional de Cuba');
    expect(await detail.getByTestId('explanation').textContent()).toContain('BANCO NACIONAL DE CUBA');
    await screenshot(page, 'alert-review-en');

    await page.locator('body').press('f');
    await page.locator('textarea[name="reason"]').fill('Customer is a retail bank branch with a different registration; not the listed state bank.');
    await page.locator('textarea[name="reason"]').press('Control+Enter');
    await page.getByText('Decision recorded: False positive.').waitFor();
    expect(await openAlertCount(page)).toBe(0);
  });

  it('imports a new list version and shows exactly the one new alert', async () => {
    const { page } = admin;
    await go(page, 'lists/ofac-sdn');
    await page.locator('select[name="source"]').selectOption('ofac-sdn');
    await page.getByTestId('list-file').setInputFiles(path.join(FIXTURES, 'ofac-v2', 'sdn.csv'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('Imported as version 2');
    await page.getByTestId('list-diff').waitFor();
    const added = page.locator('.diff-added li');
    expect(await added.count()).toBe(1);
    expect(await added.first().textContent()).toContain('ROSOBORONEKSPORT');
    await screenshot(page, 'list-diff-en');

    const o = officer.page;
    await expect.poll(() => openAlertCount(o), { timeout: 20_000, interval: 500 }).toBe(1);
    const items = o.getByTestId('alert-queue').locator('li');
    expect(await items.first().textContent()).toContain('Rosoboronexport');
    expect(await items.first().textContent()).toContain('ROSOBORONEKSPORT');
  });

  it('switches to Chinese, keeps the choice, and translates the labels', async () => {
    const { page } = officer;
    await go(page, 'dashboard');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '总览' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '总览' }).waitFor();
    const nav = await page.locator('nav').textContent();
    for (const label of ['名称筛查', '批量筛查', '交易对象', '预警', '名单', '审计日志']) expect(nav).toContain(label);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  it('renders every main page in both languages (screenshots in test-results/)', { timeout: 45_000 }, async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const who of [officer, admin]) {
        await who.page.evaluate((l) => window.localStorage.setItem('exportctl.lang', l), lang);
      }
      for (const p of PAGES) {
        // The administrator runs the platform pages, the compliance officer the exporter's.
        const { page } = p === 'admin' || p === 'audit' ? admin : officer;
        const hash = p === 'screen' ? 'screen?name=Rosoboronexport' : p === 'lists' ? 'lists/ofac-sdn' : p === 'alerts' ? 'alerts?status=all' : p;
        await go(page, hash);
        if (p === 'screen') await page.getByTestId('explanation').waitFor();
        await expect.poll(() => page.locator('main .loading').count(), { message: `${p} (${lang}) still loading`, interval: 100 }).toBe(0);
        const errors = await page.locator('main [role="alert"]').allTextContents();
        expect(errors, `${p} (${lang}) shows an error`).toEqual([]);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        await screenshot(page, `${p}-${lang}`);
      }
    }
  });
});
