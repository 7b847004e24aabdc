/**
 * Runs a repository test suite on every database engine: embedded SQLite always, PostgreSQL when
 * TEST_DATABASE_URL (or DATABASE_URL) is set — CI sets it. Each suite gets a fresh, migrated
 * database: a new SQLite file, or a new PostgreSQL schema dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Db, type Engine, openDb } from '../src/infra/db/connection.ts';
import { migrateToLatest } from '../src/infra/db/migrate.ts';

export const pgUrl = (): string | undefined => process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export const engines = (): Engine[] => (pgUrl() ? ['sqlite', 'pg'] : ['sqlite']);

export interface TestDb {
  db: Db;
  /** Where a SQLite test database lives (its data dir), for tests that reopen it. */
  dataDir?: string;
  /** The PostgreSQL schema of this test database. */
  pgSchema?: string;
}

export async function createTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-test-'));
    const db = openDb({ dataDir });
    await migrateToLatest(db);
    return { db, dataDir };
  }
  const url = pgUrl();
  if (!url) throw new Error('PostgreSQL test requested but TEST_DATABASE_URL is not set');
  const pgSchema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${pgSchema}`);
  await admin.end();
  const db = openDb({ databaseUrl: url, pgSchema });
  await migrateToLatest(db);
  return { db, pgSchema };
}

export async function dropTestDb(t: TestDb): Promise<void> {
  await t.db.close();
  if (t.dataDir) fs.rmSync(t.dataDir, { recursive: true, force: true });
  if (t.pgSchema) {
    const admin = new pg.Client({ connectionString: pgUrl() });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${t.pgSchema} CASCADE`);
    await admin.end();
  }
}

/**
 * describe() once per engine; `get()` returns the suite's database (created in beforeAll).
 *   describeEachEngine('list repository', (get) => { it('…', async () => { const { db } = get(); … }) })
 */
export function describeEachEngine(name: string, body: (get: () => TestDb, engine: Engine) => void): void {
  for (const engine of engines()) {
    describe(`${name} [${engine}]`, () => {
      let t: TestDb | undefined;
      beforeAll(async () => {
        t = await createTestDb(engine);
      });
      afterAll(async () => {
        if (t) await dropTestDb(t);
      });
      body(() => {
        if (!t) throw new Error('test database not ready');
        return t;
      }, engine);
    });
  }
}
