/**
 * `exportctl determine --input tx.json [--format json|text] [--lang en|zh] [--as-of DATE]`:
 * the licence determination of one transaction. Party screening happens before this command: the
 * screening results (clear / open alert / confirmed match with its list and measure) are part of
 * the input.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { determine } from '../../domain/determination/determine.ts';
import { explain } from '../../domain/determination/explain.ts';
import { parseTransaction } from '../../domain/determination/transaction.ts';
import { invalidInput } from '../../domain/errors.ts';
import { DEFAULT_DESTINATIONS_DIR, loadDestinations } from '../../infra/destinations/loadDestinations.ts';

interface DetermineOptions {
  input: string;
  format: string;
  lang: string;
  asOf?: string;
  destinations: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function readInput(path: string): unknown {
  let text: string;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    throw invalidInput(`cannot read input: ${(e as Error).message}`, { file: path });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidInput(`not valid JSON: ${(e as Error).message}`, { file: path });
  }
}

export function registerDetermineCommand(program: Command): void {
  program
    .command('determine')
    .description('Determine whether a transaction needs a licence, is prohibited or must be held, citing list entries and articles')
    .requiredOption('--input <file>', 'transaction JSON (use - for stdin)')
    .option('--format <format>', 'json or text', 'text')
    .option('--lang <lang>', 'language of the text output: en or zh', 'en')
    .option('--as-of <date>', 'date of the determination, YYYY-MM-DD (default: today, UTC)')
    .option('--destinations <dir>', 'folder of the destinations data', DEFAULT_DESTINATIONS_DIR)
    .addHelpText(
      'after',
      '\nScreening of party names is not done here: run `exportctl screen` first and put each party\'s\nscreening result (status clear | open_alert | confirmed, with the matched list entries and measures)\ninto the transaction. Exit code 2 on invalid input, naming the field.',
    )
    .action((opts: DetermineOptions) => {
      if (opts.format !== 'json' && opts.format !== 'text') throw invalidInput(`expected json or text, got "${opts.format}"`, { field: '--format' });
      if (opts.lang !== 'en' && opts.lang !== 'zh') throw invalidInput(`expected en or zh, got "${opts.lang}"`, { field: '--lang' });
      const asOf = opts.asOf ?? today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw invalidInput(`expected YYYY-MM-DD, got "${asOf}"`, { field: '--as-of' });
      const tx = parseTransaction(readInput(opts.input), opts.input);
      const destinations = loadDestinations(opts.destinations);
      const d = determine(tx, destinations, asOf);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : `${explain(d, opts.lang)}\n`);
    });
}
