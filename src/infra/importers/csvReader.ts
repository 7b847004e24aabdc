/**
 * Streaming CSV / TSV reading shared by the list importers: yields each record with the physical
 * line it ends on, and turns parser failures (unclosed quote, bad delimiter) into INVALID_INPUT
 * errors naming the file and line.
 */
import { createReadStream } from 'node:fs';
import { parse, CsvError } from 'csv-parse';
import { invalidInput, isAppError } from '../../domain/errors.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line the record ends on. */
  line: number;
}

export interface CsvOptions {
  delimiter?: string;
  /** Treat quotes as ordinary characters (for TSV files that never quote). */
  noQuotes?: boolean;
  /** Accept stray quotes inside unquoted fields. */
  relaxQuotes?: boolean;
}

export async function* readCsv(file: string, opts: CsvOptions = {}): AsyncGenerator<CsvRecord> {
  const parser = createReadStream(file).pipe(
    parse({
      delimiter: opts.delimiter ?? ',',
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: opts.relaxQuotes ?? false,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      ...(opts.noQuotes ? { quote: false } : {}),
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { fields: item.record, line: item.info.lines };
    }
  } catch (e) {
    if (isAppError(e)) throw e;
    if (e instanceof CsvError) {
      const line = typeof (e as CsvError & { lines?: unknown }).lines === 'number' ? (e as CsvError & { lines: number }).lines : undefined;
      throw invalidInput(`malformed CSV: ${e.message.replace(/^Invalid [^:]*: /, '')}`, line === undefined ? { file } : { file, line });
    }
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') throw invalidInput('file not found', { file });
    throw e;
  }
}

/** Reads a CSV file with a header line into objects keyed by column name, checking the header. */
export async function* readCsvWithHeader(
  file: string,
  required: readonly string[],
  opts: CsvOptions = {},
): AsyncGenerator<{ row: Record<string, string>; line: number; header: string[] }> {
  let header: string[] | undefined;
  for await (const rec of readCsv(file, opts)) {
    if (!header) {
      header = rec.fields.map((h) => h.trim());
      const missing = required.filter((r) => !header?.includes(r));
      if (missing.length > 0) throw invalidInput(`missing required column(s): ${missing.join(', ')}`, { file, line: rec.line, field: missing[0] });
      continue;
    }
    if (rec.fields.length !== header.length) {
      throw invalidInput(`expected ${header.length} columns, found ${rec.fields.length}`, { file, line: rec.line });
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      row[h] = rec.fields[i] ?? '';
    });
    yield { row, line: rec.line, header };
  }
  if (!header) throw invalidInput('empty file', { file });
}
