/**
 * Batch screening input and output. Input is a CSV file with a header: `id,name` and optionally
 * `country,schema,birth_date`. Every row is validated before any screening starts; problems are
 * reported with their line numbers. Output is one JSON line per input row (in input order) or,
 * as CSV, one row per hit.
 */
import { invalidInput } from '../../domain/errors.ts';
import { countryCode } from '../../domain/lists/countries.ts';
import type { QuerySchema } from '../../domain/screening/qualifiers.ts';
import type { Explanation, Hit } from '../../domain/screening/screen.ts';
import { readCsv } from '../../infra/importers/csvReader.ts';

export type { QuerySchema };
export const QUERY_SCHEMAS: readonly QuerySchema[] = ['person', 'organization', 'vessel', 'aircraft'];

export interface InputRow {
  /** 1-based line of the CSV file the row ends on. */
  line: number;
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  schema?: QuerySchema;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
}

const REQUIRED_COLUMNS = ['id', 'name'] as const;
const OPTIONAL_COLUMNS = ['country', 'schema', 'birth_date'] as const;
const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
/** Errors listed in one message before the rest are only counted. */
const MAX_REPORTED = 20;

/** The ISO code of a country name or code; a clear error otherwise. */
export function parseCountry(value: string, where: { file?: string; line?: number; field: string }): string {
  const code = countryCode(value);
  if (!code) throw invalidInput(`unknown country "${value}" (use an ISO 3166-1 alpha-2 code such as CN, RU, US, or an English country name)`, where);
  return code;
}

export function parseSchema(value: string, where: { file?: string; line?: number; field: string }): QuerySchema {
  const v = value.trim().toLowerCase();
  const found = QUERY_SCHEMAS.find((s) => s === v);
  if (!found) throw invalidInput(`unknown schema "${value}" (one of ${QUERY_SCHEMAS.join(', ')})`, where);
  return found;
}

/** A birth date YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar. */
export function parseBirthDate(value: string, where: { file?: string; line?: number; field: string }): string {
  const v = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) throw invalidInput(`"${value}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`, where);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) throw invalidInput(`"${value}" is not a date: there is no month ${mo}`, where);
    if (d !== undefined) {
      const day = Number(d);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) throw invalidInput(`"${value}" is not a date: ${y}-${mo} has ${daysInMonth} days`, where);
    }
  }
  return v;
}

/** Reads and validates the whole input file; throws one INVALID_INPUT listing the bad rows. */
export async function readScreeningInput(file: string): Promise<InputRow[]> {
  let header: string[] | undefined;
  let headerLine = 1;
  const rows: InputRow[] = [];
  const problems: { line: number; message: string }[] = [];
  const firstLineOfId = new Map<string, number>();
  for await (const rec of readCsv(file)) {
    if (!header) {
      header = rec.fields.map((h) => h.trim().toLowerCase());
      headerLine = rec.line;
      checkHeader(header, file, rec.line);
      continue;
    }
    if (rec.fields.length !== header.length) {
      problems.push({ line: rec.line, message: `expected ${header.length} columns (${header.join(',')}), found ${rec.fields.length}` });
      continue;
    }
    const cell = (col: string): string => (rec.fields[header?.indexOf(col) ?? -1] ?? '').trim();
    try {
      rows.push(validateRow(cell, rec.line, firstLineOfId));
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      problems.push({ line: rec.line, message: e.message });
    }
  }
  if (!header) throw invalidInput('empty file: expected a header line with the columns id,name', { file });
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED).map((p) => `  line ${p.line}: ${p.message}`);
    const more = problems.length > MAX_REPORTED ? [`  … and ${problems.length - MAX_REPORTED} more`] : [];
    const first = problems[0];
    throw invalidInput(`${problems.length} invalid row(s), nothing screened:\n${[...shown, ...more].join('\n')}`, { file, line: first?.line ?? headerLine });
  }
  if (rows.length === 0) throw invalidInput('no rows to screen under the header', { file, line: headerLine });
  return rows;
}

function checkHeader(header: string[], file: string, line: number): void {
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw invalidInput(`missing column(s) ${missing.join(', ')} in the header (columns: id,name and optionally country,schema,birth_date)`, { file, line, field: missing[0] });
  const unknown = header.filter((h) => !ALL_COLUMNS.includes(h));
  if (unknown.length > 0) throw invalidInput(`unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')} (allowed: ${ALL_COLUMNS.join(', ')})`, { file, line, field: unknown[0] });
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) throw invalidInput(`column "${dup}" appears twice`, { file, line, field: dup });
}

function validateRow(cell: (col: string) => string, line: number, firstLineOfId: Map<string, number>): InputRow {
  const id = cell('id');
  const name = cell('name');
  if (id === '') throw invalidInput('empty id', { field: 'id' });
  const seen = firstLineOfId.get(id);
  if (seen !== undefined) throw invalidInput(`id "${id}" already used on line ${seen}`, { field: 'id' });
  firstLineOfId.set(id, line);
  if (name === '') throw invalidInput('empty name', { field: 'name' });
  const row: InputRow = { line, id, name };
  const country = cell('country');
  if (country !== '') row.country = parseCountry(country, { field: 'country' });
  const schema = cell('schema');
  if (schema !== '') row.schema = parseSchema(schema, { field: 'schema' });
  const birth = cell('birth_date');
  if (birth !== '') row.birthDate = parseBirthDate(birth, { field: 'birth_date' });
  return row;
}

/** One hit as written to the output file. */
export interface OutputHit {
  source: string;
  entityId: string;
  sourceRef: string;
  name: string;
  matchedName: string;
  score: number;
  explanation: Explanation;
}

/** The result of one input row: its id and its hits, best first. */
export interface ScreenedRow {
  id: string;
  hits: OutputHit[];
}

export const OUTPUT_FORMATS = ['jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const toOutputHit = (h: Hit): OutputHit => ({
  source: h.source,
  entityId: h.entityId,
  sourceRef: h.sourceRef,
  name: h.name,
  matchedName: h.matchedName,
  score: h.score,
  explanation: h.explanation,
});

/** The row with its hits sorted by score, best first (ties by entity id). */
export function screenedRow(id: string, hits: readonly Hit[]): ScreenedRow {
  const sorted = [...hits].sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
  return { id, hits: sorted.map(toOutputHit) };
}

export const CSV_OUTPUT_HEADER = 'id,source,entity_id,source_ref,name,matched_name,score';

const csvField = (v: string): string => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The output text of one row: one JSON line, or one CSV line per hit (none when no hit). */
export function formatRow(row: ScreenedRow, format: OutputFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(row)}\n`;
  return row.hits.map((h) => `${[row.id, h.source, h.entityId, h.sourceRef, h.name, h.matchedName].map(csvField).join(',')},${h.score}\n`).join('');
}

/** What goes before the first row. */
export const outputPreamble = (format: OutputFormat): string => (format === 'csv' ? `${CSV_OUTPUT_HEADER}\n` : '');
