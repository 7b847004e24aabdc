/**
 * API benchmark: starts the real server (`exportctl serve`) on the bundled lists — on SQLite in a
 * temporary data dir, and on PostgreSQL in a fresh database when one is reachable — signs in,
 * issues an API token for an exporter's compliance officer, then drives `POST /api/screen` from
 * N concurrent keep-alive connections for a fixed time and reports throughput, latency
 * percentiles and errors. Loopback only; bounded in time and request count.
 *
 *   npm run bench:api -- [--seconds 10] [--connections 50] [--engines sqlite,pg] [--lists bundled|small]
 *
 * `--lists small` loads one small OFAC excerpt instead of the bundled lists: it measures the cost
 * of the API itself (HTTP, authentication, validation, serialisation) apart from the matcher's.
 *
 * PostgreSQL: TEST_DATABASE_URL or DATABASE_URL (a database named `exportctl_bench_<random>` is
 * created next to it and dropped afterwards). Results: bench/results/api.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../src/app/audit/recordAudit.ts';
import { DEFAULT_MANIFEST, readManifest } from '../src/app/lists/ensureBundledLists.ts';
import { importList } from '../src/app/lists/importList.ts';
import { openDb } from '../src/infra/db/connection.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEGATIVES = path.resolve(ROOT, '../shared/data/eval/yente_candidate_generation/negatives_global.csv');
const TARGET = { rps: 500, p99Ms: 50 };
const MAX_REQUESTS = 2_000_000;

interface Args {
  seconds: number;
  connections: number;
  engines: string[];
  lists: 'bundled' | 'small';
}

const SMALL_LIST = path.join(ROOT, 'src/app/screening/fixtures/v4/sdn.csv');

function parseArgs(argv: string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seconds = Number(get('--seconds') ?? 10);
  const connections = Number(get('--connections') ?? 50);
  if (!(seconds > 0 && seconds <= 300)) throw new Error('--seconds must be between 1 and 300');
  if (!(Number.isInteger(connections) && connections > 0 && connections <= 500)) throw new Error('--connections must be an integer 1–500');
  const lists = get('--lists') ?? 'bundled';
  if (lists !== 'bundled' && lists !== 'small') throw new Error('--lists must be bundled or small');
  return { seconds, connections, engines: (get('--engines') ?? 'sqlite,pg').split(',').map((e) => e.trim()), lists };
}

/** Query names: real-world person names (none of them listed) with every 10th a listed name, in several scripts. */
function loadNames(): string[] {
  const listed = ['Rosoboronexport', 'Рособоронэкспорт', 'Banco Nacional de Cuba', '中国电子科技集团公司第十四研究所', 'Huawei Technologies Co., Ltd.', 'Korea Mining Development Trading Corporation', 'Islamic Revolutionary Guard Corps'];
  let clean: string[] = ['Patricia Lucas Wheeler', 'Maria Schmidt', 'John Carter Logistics Ltd', 'Shenzhen Hengtai Electronics Co., Ltd.', 'Ahmed Hassan Trading LLC'];
  if (fs.existsSync(NEGATIVES)) {
    const lines = fs.readFileSync(NEGATIVES, 'utf8').split('\n').slice(1, 5001);
    clean = lines.map((l) => l.split(',')[0]?.trim() ?? '').filter((n) => n !== '');
  }
  const names: string[] = [];
  clean.forEach((n, i) => {
    names.push(n);
    if (i % 9 === 0) names.push(listed[(i / 9) % listed.length] ?? 'Rosoboronexport');
  });
  return names;
}

/** Imports every bundled list into the database the server will use (a list that fails is reported and skipped). */
async function prepareLists(opts: { dataDir?: string; databaseUrl?: string }, which: Args['lists']): Promise<string[]> {
  const db = openDb(opts);
  const notes: string[] = [];
  try {
    await migrateToLatest(db);
    const entries = which === 'small' ? [{ source: 'ofac-sdn', path: SMALL_LIST, snapshotDate: '2024-05-03' }] : ((await readManifest(DEFAULT_MANIFEST)) ?? []);
    const dir = path.dirname(DEFAULT_MANIFEST);
    for (const e of entries) {
      try {
        const [o] = await importList(db, { items: [{ paths: [path.resolve(dir, e.path)], sourceId: e.source, snapshotDate: e.snapshotDate }], actor: SYSTEM_ACTOR, at: new Date() });
        notes.push(`${e.source}: ${o?.version.recordCount ?? 0} records`);
      } catch (err) {
        notes.push(`${e.source}: NOT LOADED (${(err as Error).message})`);
      }
    }
  } finally {
    await db.close();
  }
  return notes;
}

interface Server {
  proc: ChildProcess;
  base: string;
}

function startServer(env: Record<string, string>, dataDir: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [path.join(ROOT, 'bin/exportctl.js'), 'serve', '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', EXPORTCTL_WEB_DIR: path.join(dataDir, 'no-web'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start within 5 minutes:\n${out}`));
    }, 300_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ proc, base: m[1] });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}

async function stopServer(s: Server): Promise<void> {
  if (s.proc.exitCode !== null) return;
  const exited = new Promise<void>((r) => s.proc.once('exit', () => r()));
  s.proc.kill('SIGTERM');
  const t = setTimeout(() => s.proc.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(t);
}

interface Reply {
  status: number;
  body: string;
  cookies: string[];
}

function request(agent: http.Agent, base: string, method: string, url: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(new URL(url, base), { method, agent, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload).toString() } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), cookies: res.headers['set-cookie'] ?? [] }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Admin signs in, creates an exporter and its compliance officer, who signs in and issues an API token. */
async function officerToken(agent: http.Agent, base: string, adminPassword: string): Promise<string> {
  const login = async (username: string, password: string) => {
    const r = await request(agent, base, 'POST', '/api/auth/login', {}, { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${r.body}`);
    const cookie = r.cookies.map((c) => c.split(';')[0]).find((c) => c?.startsWith('exportctl_session=')) ?? '';
    const { csrfToken } = JSON.parse(r.body) as { csrfToken: string };
    return { cookie, 'x-csrf-token': csrfToken };
  };
  const ok = (r: Reply, what: string) => {
    if (r.status >= 300) throw new Error(`${what} failed: ${r.status} ${r.body}`);
    return JSON.parse(r.body) as Record<string, unknown>;
  };
  const admin = await login('admin', adminPassword);
  const org = ok(await request(agent, base, 'POST', '/api/organisations', admin, { kind: 'exporter', name: 'Benchmark Precision Instruments Co.' }), 'create organisation');
  const password = 'bench-officer-password';
  ok(await request(agent, base, 'POST', '/api/users', admin, { organisationId: org.id, username: 'bench-officer', password, roles: ['compliance_officer'] }), 'create user');
  const officer = await login('bench-officer', password);
  const token = ok(await request(agent, base, 'POST', '/api/tokens', officer, { name: 'benchmark' }), 'create token');
  return String(token.secret);
}

interface Result {
  engine: string;
  lists: string[];
  listSet: Args['lists'];
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  throughputRps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  meetsTarget: boolean;
}

const pct = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const r2 = (n: number): number => Math.round(n * 100) / 100;

async function drive(base: string, token: string, names: string[], args: Args): Promise<Omit<Result, 'engine' | 'lists' | 'listSet'>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: args.connections });
  const headers = { authorization: `Bearer ${token}` };
  // Warm-up: builds the in-memory index and JIT-compiles the matcher.
  for (let i = 0; i < 100; i++) await request(agent, base, 'POST', '/api/screen', headers, { name: names[i % names.length] });
  const latencies = new Float64Array(MAX_REQUESTS);
  let count = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  let next = 0;
  const start = performance.now();
  const deadline = start + args.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && count < MAX_REQUESTS) {
      const name = names[next++ % names.length] ?? 'x';
      const t0 = performance.now();
      try {
        const r = await request(agent, base, 'POST', '/api/screen', headers, { name });
        if (r.status !== 200) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(`${r.status} ${r.body.slice(0, 200)}`);
        }
      } catch (e) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push((e as Error).message);
      }
      latencies[count++] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: args.connections }, worker));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.slice(0, count).sort();
  const sum = sorted.reduce((s, x) => s + x, 0);
  const latencyMs = { p50: r2(pct(sorted, 50)), p95: r2(pct(sorted, 95)), p99: r2(pct(sorted, 99)), max: r2(sorted[sorted.length - 1] ?? 0), mean: r2(sum / Math.max(1, count)) };
  const throughputRps = r2(count / elapsed);
  return { connections: args.connections, seconds: r2(elapsed), requests: count, errors, errorSamples, throughputRps, latencyMs, meetsTarget: errors === 0 && throughputRps >= TARGET.rps && latencyMs.p99 <= TARGET.p99Ms };
}

async function pgReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function runEngine(engine: string, args: Args, names: string[]): Promise<Result | null> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-bench-'));
  const adminPassword = `bench-${randomBytes(6).toString('hex')}`;
  let databaseUrl: string | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (engine === 'pg') {
    const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (!base || !(await pgReachable(base))) {
      process.stdout.write('PostgreSQL: not reachable (set TEST_DATABASE_URL) — skipped\n');
      fs.rmSync(dataDir, { recursive: true, force: true });
      return null;
    }
    const name = `exportctl_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDb = async () => {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  }
  let server: Server | undefined;
  try {
    process.stdout.write(`${engine}: importing the bundled lists…\n`);
    const lists = await prepareLists(databaseUrl ? { databaseUrl } : { dataDir }, args.lists);
    for (const l of lists) process.stdout.write(`  ${l}\n`);
    server = await startServer({ EXPORTCTL_ADMIN_PASSWORD: adminPassword, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }, dataDir);
    const setupAgent = new http.Agent({ keepAlive: true });
    const token = await officerToken(setupAgent, server.base, adminPassword);
    setupAgent.destroy();
    process.stdout.write(`${engine}: driving POST /api/screen with ${args.connections} connections for ${args.seconds} s…\n`);
    const r = await drive(server.base, token, names, args);
    return { engine, lists, listSet: args.lists, ...r };
  } finally {
    if (server) await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dropDb) await dropDb();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const names = loadNames();
  const results: Result[] = [];
  for (const engine of args.engines) {
    const r = await runEngine(engine, args, names);
    if (r) results.push(r);
  }
  process.stdout.write(`\nPOST /api/screen on the ${args.lists} lists — target ≥ ${TARGET.rps} req/s and p99 ≤ ${TARGET.p99Ms} ms at ${args.connections} connections (${os.cpus().length} CPUs)\n`);
  process.stdout.write('engine  requests  errors  req/s     p50 ms  p95 ms  p99 ms  max ms  target\n');
  for (const r of results) {
    const row = [r.engine.padEnd(6), String(r.requests).padStart(8), String(r.errors).padStart(7), r.throughputRps.toFixed(1).padStart(8), ...[r.latencyMs.p50, r.latencyMs.p95, r.latencyMs.p99, r.latencyMs.max].map((x) => x.toFixed(1).padStart(7)), r.meetsTarget ? '  met' : '  MISSED'];
    process.stdout.write(`${row.join('  ')}\n`);
    for (const e of r.errorSamples) process.stdout.write(`  error: ${e}\n`);
  }
  const out = path.join(ROOT, args.lists === 'bundled' ? 'bench/results/api.json' : `bench/results/api-${args.lists}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, target: TARGET, results }, null, 2)}\n`);
  process.stdout.write(`\nwrote ${path.relative(ROOT, out)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:api failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
