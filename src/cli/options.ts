/** Options shared by every command (declared on the root program). */
import type { Command } from 'commander';
import { type Db, openDb } from '../infra/db/connection.ts';
import { migrateToLatest } from '../infra/db/migrate.ts';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

export function globalOptions(cmd: Command): GlobalOptions {
  let root = cmd;
  while (root.parent) root = root.parent;
  return root.opts<GlobalOptions>();
}

/** Opens and migrates the database the global options point at. */
export async function openCliDb(cmd: Command): Promise<Db> {
  const o = globalOptions(cmd);
  const db = openDb({ databaseUrl: o.databaseUrl, dataDir: o.dataDir });
  await migrateToLatest(db);
  return db;
}
