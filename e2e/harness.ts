/**
 * Browser-test harness: a real `exportctl serve` child process on a free loopback port, with a
 * temporary SQLite data dir preloaded with small real list excerpts (so the bundled snapshot is
 * not loaded and start-up is quick), a known administrator password, and Debian's chromium
 * driven by playwright-core. Builds the web UI once if `web/dist` is missing.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { importList } from '../src/app/lists/importList.ts';
import { openDb } from '../src/infra/db/connection.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
export const RESULTS = path.join(ROOT, 'test-results');
export const ADMIN = { username: 'admin', password: 'e2e-admin-Passw0rd!' } as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  baseUrl: string;
  dataDir: string;
  browser: Browser;
  /** A fresh browser context (own cookies and localStorage) at a laptop screen size. */
  newPage(lang?: 'en' | 'zh'): Promise<{ context: BrowserContext; page: Page }>;
  /** Server output so far (for failure messages). */
  serverLog(): string;
  close(): Promise<void>;
}

function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(ROOT, 'web', 'dist', 'index.html'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Imports the initial list fixtures straight into the new database. */
async function preloadLists(dataDir: string): Promise<void> {
  const db = openDb({ dataDir });
  try {
    await migrateToLatest(db);
    await importList(db, {
      items: [{ paths: [path.join(FIXTURES, 'cn', 'sanctions.csv')] }, { paths: [path.join(FIXTURES, 'ofac-v1', 'sdn.csv')] }],
      actor: { kind: 'cli', id: null, name: 'e2e-setup' },
      at: new Date(),
    });
  } finally {
    await db.close();
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exportctl serve exited with code ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`exportctl serve did not become healthy within ${timeoutMs} ms:\n${log()}`);
}

export async function startHarness(): Promise<Harness> {
  ensureWebBuilt();
  fs.mkdirSync(RESULTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-e2e-'));
  await preloadLists(dataDir);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'exportctl.js'), '--data-dir', dataDir, 'serve', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, EXPORTCTL_ADMIN_PASSWORD: ADMIN.password, EXPORTCTL_WEB_DIR: path.join(ROOT, 'web', 'dist'), LOG_LEVEL: 'warn', DATABASE_URL: '', TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const log = () => output;

  let browser: Browser | null = null;
  try {
    await waitForHealth(baseUrl, child, log, 40_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const b = browser;

  return {
    baseUrl,
    dataDir,
    browser: b,
    async newPage(lang = 'en') {
      const context = await b.newContext({ viewport: { width: 1366, height: 768 }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', acceptDownloads: true });
      await context.addInitScript((l: string) => {
        if (!window.localStorage.getItem('exportctl.lang')) window.localStorage.setItem('exportctl.lang', l);
      }, lang);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return { context, page };
    },
    serverLog: log,
    async close() {
      await b.close().catch(() => undefined);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form and waits for the signed-in frame. */
export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/dashboard`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.login button[type="submit"]').click();
  await page.getByTestId('current-user').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: false });
}
