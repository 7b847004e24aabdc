/** Applies the schema migrations in order (Kysely Migrator with an in-code provider). */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { AppError } from '../../domain/errors.ts';
import type { Db } from './connection.ts';
import { migrations } from './migrations/index.ts';

class InCodeProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(migrations)) {
      out[name] = { up: (k: Kysely<unknown>) => m.up(k, this.db.engine), down: m.down ? (k: Kysely<unknown>) => m.down!(k, this.db.engine) : undefined };
    }
    return out;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema it can see; on PostgreSQL pin them to
  // the schema this connection works in, so another schema in the same database cannot mislead it.
  const migrationTableSchema = db.engine === 'pg' ? await currentSchema(db) : undefined;
  const migrator = new Migrator({ db: db.kysely, provider: new InCodeProvider(db), ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('INTERNAL', `migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: Db): Promise<string | undefined> {
  const r = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db.kysely);
  return r.rows[0]?.schema ?? undefined;
}
