/**
 * Opens the database: embedded SQLite (better-sqlite3) by default, PostgreSQL when a
 * `postgres://` URL is given (DATABASE_URL). Both run the same Kysely queries and migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../../domain/errors.ts';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'pg';

export interface Db {
  engine: Engine;
  kysely: Kysely<Database>;
  /** Human-readable location (file path or URL without password). */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when absent, SQLite in dataDir. */
  databaseUrl?: string | undefined;
  /** Folder for the SQLite file (default ./data). ':memory:' for an in-memory database. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests isolate themselves in their own schema). */
  pgSchema?: string | undefined;
}

// PostgreSQL returns BIGINT (count(*)) as string by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function openDb(opts: OpenOptions = {}): Db {
  if (opts.databaseUrl) return openPg(opts.databaseUrl, opts.pgSchema);
  return openSqlite(opts.dataDir ?? './data');
}

function openSqlite(dataDir: string): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'exportctl.sqlite');
  }
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { engine: 'sqlite', kysely, location: file, close: () => kysely.destroy() };
}

function openPg(url: string, schema?: string): Db {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new AppError('INVALID_INPUT', `invalid PostgreSQL schema name "${schema}"`);
  // The schema is a startup parameter of every connection, so no query can run before it applies.
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { engine: 'pg', kysely, location: url.replace(/:[^:@/]*@/, ':***@'), close: () => kysely.destroy() };
}

/** Checks that the database answers; throws UNAVAILABLE naming the location otherwise. */
export async function ping(db: Db): Promise<void> {
  try {
    await sql`select 1`.execute(db.kysely);
  } catch (e) {
    throw new AppError('UNAVAILABLE', `database at ${db.location} is not reachable: ${(e as Error).message}`, { cause: e });
  }
}
