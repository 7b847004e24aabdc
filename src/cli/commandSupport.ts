/** Small pieces the command files share: output, the `--format` option, argument checks, the database. */
import { type Command, Option } from 'commander';
import { invalidInput } from '../domain/errors.ts';
import type { Db } from '../infra/db/connection.ts';

/** Writes a line (or block) to standard output, ending it with a newline. */
export const print = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
};

export const formatOption = (): Option => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

/** A version number argument: a positive whole number, named in the error. */
export function versionNumber(v: string, field: string): number {
  if (!/^[1-9]\d*$/.test(v)) throw invalidInput(`a version number is a positive whole number, got "${v}"`, { field });
  return Number(v);
}

/** Opens (and migrates) the database the global options point at, runs `body`, closes it. */
export async function withCliDb(cmd: Command, body: (db: Db) => Promise<void>): Promise<void> {
  const { openCliDb } = await import('./options.ts');
  const db = await openCliDb(cmd);
  try {
    await body(db);
  } finally {
    await db.close();
  }
}
