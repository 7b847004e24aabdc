/**
 * The `exportctl` command line. Each command lives in its own file under commands/ and registers
 * itself on the program; errors are reported here, once, with the exit code of their error code.
 */
import { Command, CommanderError } from 'commander';
import { EXIT_CODE, isAppError } from '../domain/errors.ts';
import { registerCommands } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command('exportctl')
    .description('Export-control platform: party lists, screening, classification, licensing, compliance')
    .option('--data-dir <dir>', 'folder of the embedded SQLite database (env EXPORTCTL_DATA_DIR)', process.env.EXPORTCTL_DATA_DIR ?? './data')
    .option('--database-url <url>', 'PostgreSQL URL instead of SQLite (env DATABASE_URL)', process.env.DATABASE_URL)
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (isAppError(e)) {
      process.stderr.write(`exportctl: ${e.message}\n`);
      process.exitCode = EXIT_CODE[e.code];
      return;
    }
    process.stderr.write(`exportctl: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
