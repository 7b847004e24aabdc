/**
 * `exportctl screen`: screens a name, or a CSV file of parties, against the party lists — the
 * current versions in the database (the bundled snapshot is loaded on first use), or list files
 * given with --lists-from.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { cliActor } from '../../app/audit/recordAudit.ts';
import { BatchScreener } from '../../app/screening/batchScreen.ts';
import { ensureBundledLists } from '../../app/lists/ensureBundledLists.ts';
import { loadCurrentParties } from '../../app/lists/loadCurrentParties.ts';
import { readListFiles } from '../../app/lists/readListFiles.ts';
import {
  formatRow,
  type InputRow,
  OUTPUT_FORMATS,
  type OutputFormat,
  outputPreamble,
  parseBirthDate,
  parseCountry,
  QUERY_SCHEMAS,
  type QuerySchema,
  readScreeningInput,
  screenedRow,
  toOutputHit,
} from '../../app/screening/screenInput.ts';
import { AppError, invalidInput } from '../../domain/errors.ts';
import type { Party } from '../../domain/lists/party.ts';
import { formatExplanation } from '../../domain/screening/explain.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, type Hit, type ScreeningQuery, screen } from '../../domain/screening/screen.ts';
import { openCliDb } from '../options.ts';
import { renderTable } from '../textTable.ts';

/** Rows sent to a screening worker at a time. */
const ROWS_PER_CHUNK = 64;

/** Exit code when --fail-on-hit is given and something was found. */
export const EXIT_ON_HIT = 10;

interface ScreenOptions {
  input?: string;
  output?: string;
  format?: string;
  country?: string;
  schema?: QuerySchema;
  birthDate?: string;
  source: string[];
  threshold?: string;
  limit?: string;
  explain?: boolean;
  failOnHit?: boolean;
  listsFrom: string[];
}

const collect = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== ''),
];
const collectPath = (value: string, previous: string[]): string[] => [...previous, value];

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen a name, or a CSV file of parties (--input), against the party lists')
    .argument('[name]', 'the name to screen, in any script (Chinese, pinyin with or without tones, Cyrillic, Latin …)')
    .option('--country <cc>', 'country of the party: ISO 3166-1 alpha-2 code or English name (raises or lowers scores)')
    .addOption(new Option('--schema <schema>', 'kind of party').choices([...QUERY_SCHEMAS]))
    .option('--birth-date <date>', 'date of birth, YYYY-MM-DD (or YYYY-MM, YYYY)')
    .addOption(new Option('--source <id>', 'screen only against this list source (repeatable, or comma-separated)').argParser(collect).default([], 'every source'))
    .option('--threshold <score>', `lowest score reported as a hit, 0..1 (default ${DEFAULT_THRESHOLD})`)
    .option('--limit <n>', 'most hits per name (default 10)')
    .option('--format <format>', 'output: table|json for a name (default table); jsonl|csv for --input (default jsonl)')
    .option('--explain', 'show the full explanation of each hit: token by token scores and weights')
    .option('--input <file>', 'CSV of parties to screen: header id,name and optionally country,schema,birth_date')
    .option('--output <file>', 'with --input: write results to this file instead of standard output')
    .addOption(new Option('--lists-from <path>', 'screen against these list files or folders instead of the database (repeatable)').argParser(collectPath).default([], 'the database'))
    .option('--fail-on-hit', `exit with code ${EXIT_ON_HIT} when there is at least one hit`)
    .addHelpText(
      'after',
      `
Exit codes: 0 when screening ran, whether or not there are hits (${EXIT_ON_HIT} with --fail-on-hit
when there is a hit); 2 for invalid input (the message names the argument, or the file and line).

Examples:
  exportctl screen "李方伟"
  exportctl screen "Lǐ Fāngwěi" --schema person --birth-date 1972-09-18 --explain
  exportctl screen "Рособоронэкспорт" --country RU --format json
  exportctl screen --input parties.csv --output hits.jsonl
  exportctl screen "EBANO" --lists-from ./sdn.csv`,
    )
    .action(async (name: string | undefined, opts: ScreenOptions, cmd: Command) => {
      if (opts.input !== undefined && name !== undefined) throw invalidInput('give either a name or --input FILE, not both', { field: 'input' });
      if (opts.input === undefined && (name === undefined || name.trim() === '')) throw invalidInput('give a name to screen, or --input FILE', { field: 'name' });
      const common = commonQuery(opts);
      const found = opts.input !== undefined ? await screenFile(cmd, opts.input, opts, common) : await screenName(cmd, name ?? '', opts, common);
      if (found && opts.failOnHit) process.exitCode = EXIT_ON_HIT;
    });
}

/** Query settings shared by every name screened. */
type CommonQuery = Pick<ScreeningQuery, 'threshold' | 'limit' | 'sources'>;

function commonQuery(opts: ScreenOptions): CommonQuery {
  const q: CommonQuery = {};
  if (opts.threshold !== undefined) {
    const t = Number(opts.threshold);
    if (opts.threshold.trim() === '' || !Number.isFinite(t) || t < 0 || t > 1) throw invalidInput(`threshold must be a number from 0 to 1, got "${opts.threshold}"`, { field: 'threshold' });
    q.threshold = t;
  }
  if (opts.limit !== undefined) {
    if (!/^[1-9]\d*$/.test(opts.limit)) throw invalidInput(`limit must be a positive whole number, got "${opts.limit}"`, { field: 'limit' });
    q.limit = Number(opts.limit);
  }
  if (opts.source.length > 0) q.sources = [...new Set(opts.source)];
  return q;
}

interface LoadedLists {
  parties: Party[];
  /** What was screened against, for the output: `source@version (n records)` or file names. */
  description: string[];
}

async function loadLists(cmd: Command, opts: ScreenOptions): Promise<LoadedLists> {
  const sources = opts.source.length > 0 ? [...new Set(opts.source)] : undefined;
  if (opts.listsFrom.length > 0) {
    const lists = await readListFiles(opts.listsFrom);
    const chosen = sources === undefined ? lists : lists.filter((l) => sources.includes(l.parsed.sourceId));
    const missing = (sources ?? []).filter((s) => !lists.some((l) => l.parsed.sourceId === s));
    if (missing.length > 0) throw invalidInput(`--source ${missing.join(', ')}: not among the lists read (${lists.map((l) => l.parsed.sourceId).join(', ')})`, { field: 'source' });
    return {
      parties: chosen.flatMap((l) => l.parsed.parties),
      description: chosen.map((l) => `${l.parsed.sourceId} from ${l.files.map((f) => f.split(/[\\/]/).pop() ?? f).join('+')} (${l.parsed.parties.length} records)`),
    };
  }
  const db = await openCliDb(cmd);
  try {
    const bundled = await ensureBundledLists(db, { actor: cliActor(), at: new Date() });
    if (bundled.length > 0) {
      const records = bundled.reduce((n, o) => n + o.version.recordCount, 0);
      process.stderr.write(`exportctl: first run — loaded the bundled list snapshot into ${db.location}: ${bundled.length} lists, ${records} records\n`);
    }
    const { parties, versions } = await loadCurrentParties(db, sources);
    if (parties.length === 0) {
      throw new AppError('NOT_FOUND', 'no party list in the database: import one with "exportctl lists import PATH…" or "exportctl lists update", or screen list files directly with --lists-from PATH');
    }
    return { parties, description: versions.map((v) => `${v.sourceId} v${v.versionNo} (${v.recordCount} records, ${v.publishedOn ? `published ${v.publishedOn}` : v.snapshotDate ? `snapshot ${v.snapshotDate}` : `imported ${v.importedAt.slice(0, 10)}`})`) };
  } finally {
    await db.close();
  }
}

async function screenName(cmd: Command, name: string, opts: ScreenOptions, common: CommonQuery): Promise<boolean> {
  const format = opts.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw invalidInput(`--format for a name is table or json, got "${format}" (jsonl and csv are for --input)`, { field: 'format' });
  if (opts.output !== undefined) throw invalidInput('--output goes with --input; redirect standard output to save the result of one name', { field: 'output' });
  const query: ScreeningQuery = { name: name.trim(), ...common };
  if (opts.country !== undefined) query.country = parseCountry(opts.country, { field: 'country' });
  if (opts.schema !== undefined) query.schema = opts.schema;
  if (opts.birthDate !== undefined) query.birthDate = parseBirthDate(opts.birthDate, { field: 'birth-date' });

  const lists = await loadLists(cmd, opts);
  const index = buildScreeningIndex(lists.parties);
  const hits = screen(index, query);
  if (format === 'json') {
    const out: Record<string, unknown> = { query, hits: hits.map(toOutputHit), lists: lists.description };
    if (opts.explain) out.explanations = hits.map(formatExplanation);
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(renderHits(query, hits, lists, opts.explain ?? false));
  }
  return hits.length > 0;
}

/** The explanation lines under a hit: the full text with --explain, without the token table otherwise. */
function explanationLines(hit: Hit, full: boolean): string[] {
  const lines = formatExplanation(hit).split('\n').slice(1);
  const kept = full ? lines : lines.filter((l) => !l.startsWith('    ') && l.trim() !== 'tokens:');
  return kept.map((l) => `     ${l}`);
}

function renderHits(query: ScreeningQuery, hits: Hit[], lists: LoadedLists, full: boolean): string {
  const threshold = query.threshold ?? DEFAULT_THRESHOLD;
  const head = `${hits.length === 0 ? 'No hit' : hits.length === 1 ? '1 hit' : `${hits.length} hits`} for "${query.name}" (threshold ${threshold.toFixed(2)}) against ${lists.description.join('; ')}\n`;
  if (hits.length === 0) return head;
  const rows = hits.map((h, i) => [String(i + 1), h.score.toFixed(3), h.source, h.sourceRef, h.schema, h.name, h.matchedName === h.name ? '' : h.matchedName]);
  const table = renderTable(['#', 'SCORE', 'SOURCE', 'REF', 'SCHEMA', 'NAME', 'MATCHED NAME'], rows, { rightAlign: [0], maxWidth: { 5: 50, 6: 50 } }).split('\n');
  const out = [head, table[0] ?? ''];
  hits.forEach((h, i) => {
    out.push(table[i + 1] ?? '', ...explanationLines(h, full));
  });
  return `${out.join('\n')}\n`;
}

async function screenFile(cmd: Command, input: string, opts: ScreenOptions, common: CommonQuery): Promise<boolean> {
  const format = outputFormat(opts.format ?? 'jsonl');
  for (const o of ['country', 'schema', 'birthDate'] as const) {
    if (opts[o] !== undefined) throw invalidInput(`--${o === 'birthDate' ? 'birth-date' : o} applies to one name; with --input give it per row in the ${o === 'birthDate' ? 'birth_date' : o} column`, { field: o });
  }
  if (opts.explain) throw invalidInput("--explain applies to one name; the output of --input always carries each hit's explanation", { field: 'explain' });
  const rows = await readScreeningInput(input);
  const lists = await loadLists(cmd, opts);

  // A result file is written under a temporary name and renamed when complete, so a failed run
  // leaves no partial file behind.
  const partial = opts.output === undefined ? undefined : `${opts.output}.partial-${process.pid}`;
  const file = partial === undefined ? undefined : createWriteStream(partial);
  const out: NodeJS.WritableStream = file ?? process.stdout;
  const write = (s: string) => (s === '' ? Promise.resolve() : new Promise<void>((resolve, reject) => out.write(s, (e) => (e ? reject(e) : resolve()))));
  const bar = new SingleBar({ stream: process.stderr, noTTYOutput: true, format: 'screening [{bar}] {percentage}% | {value}/{total} names | {eta_formatted} left', hideCursor: false });
  const started = performance.now();
  let rowsWithHits = 0;
  let complete = false;
  let threads = 0;
  bar.start(rows.length, 0);
  try {
    await write(outputPreamble(format));
    threads = await screenRows(lists.parties, rows.map((r) => toQuery(r, common)), {
      onResult: async (i, hits) => {
        const row = rows[i];
        if (!row) return;
        if (hits.length > 0) rowsWithHits++;
        await write(formatRow(screenedRow(row.id, hits), format));
      },
      onProgress: (done) => bar.update(done),
    });
    complete = true;
  } finally {
    bar.stop();
    if (file && partial !== undefined && opts.output !== undefined) {
      await new Promise<void>((resolve) => file.end(resolve));
      if (complete) await rename(partial, opts.output);
      else await rm(partial, { force: true });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `screened ${rows.length} rows: ${rowsWithHits} with hits; ${seconds.toFixed(1)} s (${Math.round(rows.length / Math.max(seconds, 0.001))} names/s on ${threads} thread${threads === 1 ? '' : 's'}) against ${lists.description.join('; ')}${opts.output ? `; results in ${opts.output}` : ''}\n`,
  );
  return rowsWithHits > 0;
}

function outputFormat(v: string): OutputFormat {
  const f = OUTPUT_FORMATS.find((x) => x === v);
  if (!f) throw invalidInput(`--format for --input is ${OUTPUT_FORMATS.join(' or ')}, got "${v}"`, { field: 'format' });
  return f;
}

function toQuery(r: InputRow, common: CommonQuery): ScreeningQuery {
  const q: ScreeningQuery = { name: r.name, ...common };
  if (r.country !== undefined) q.country = r.country;
  if (r.schema !== undefined) q.schema = r.schema;
  if (r.birthDate !== undefined) q.birthDate = r.birthDate;
  return q;
}

interface RowCallbacks {
  /** Called once per query, in input order. */
  onResult(index: number, hits: Hit[]): Promise<void>;
  onProgress(done: number): void;
}

/**
 * Screens the queries on worker threads (one index per core), a slice at a time so results are
 * written in input order as they come and the progress bar moves. If the workers cannot start,
 * screens in this thread instead and says so.
 */
/** Returns the number of threads that screened. */
async function screenRows(parties: Party[], queries: ScreeningQuery[], cb: RowCallbacks): Promise<number> {
  let screener: BatchScreener;
  try {
    screener = await BatchScreener.start(parties, { chunkSize: ROWS_PER_CHUNK });
  } catch (e) {
    process.stderr.write(`exportctl: warning: ${e instanceof Error ? e.message : String(e)}; screening on one core instead\n`);
    await screenRowsInThread(parties, queries, cb);
    return 1;
  }
  try {
    const slice = ROWS_PER_CHUNK * screener.workers;
    for (let start = 0; start < queries.length; start += slice) {
      const results = await screener.screen(queries.slice(start, start + slice));
      for (const [i, hits] of results.entries()) await cb.onResult(start + i, hits);
      cb.onProgress(Math.min(queries.length, start + slice));
    }
    return screener.workers;
  } finally {
    await screener.close();
  }
}

async function screenRowsInThread(parties: Party[], queries: ScreeningQuery[], cb: RowCallbacks): Promise<void> {
  const index = buildScreeningIndex(parties);
  for (const [i, q] of queries.entries()) {
    await cb.onResult(i, screen(index, q));
    if ((i + 1) % ROWS_PER_CHUNK === 0 || i + 1 === queries.length) cb.onProgress(i + 1);
  }
}
