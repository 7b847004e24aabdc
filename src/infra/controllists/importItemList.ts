/**
 * Reads item-list files: exportctl's JSON item-list file (schema 1, as in data/controllists) and a
 * CSV of entries (one row per entry, columns below) whose list header comes from a sidecar
 * `<name>.list.json` or from the list already stored. Everything is validated before anything is
 * returned; the first problem is reported with file, line and field.
 *
 * CSV columns (header row required, order free; only `code` and `verification_status` are required):
 *   code, parent_code, title_zh, title_en, text_zh, text_en, reasons, regimes,
 *   verification_status, notes, hs_codes, hs_edition, identical_codes, equivalent_codes
 * Lists inside a cell are separated by `;`. `identical_codes` / `equivalent_codes` hold `list:code`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { checkEntries, type CrossRef, type Entry, EntryZ, type ItemList, ItemListFileZ, ItemListZ } from '../../domain/controllists/model.ts';

export interface ReadItemList {
  /** The list header; undefined for a CSV without sidecar (the caller supplies the stored one). */
  list: ItemList | undefined;
  entries: Entry[];
  format: 'json' | 'csv';
  file: string;
  /** For CSV: the line each entry was read from. */
  lines?: number[];
}

export const CSV_COLUMNS = ['code', 'parent_code', 'title_zh', 'title_en', 'text_zh', 'text_en', 'reasons', 'regimes', 'verification_status', 'notes', 'hs_codes', 'hs_edition', 'identical_codes', 'equivalent_codes'] as const;

export async function readItemListFile(file: string): Promise<ReadItemList> {
  const name = path.basename(file);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw invalidInput(`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: name });
  }
  raw = raw.replace(/^\uFEFF/, '');
  if (/\.csv$/i.test(name)) return readCsv(file, name, raw);
  if (/\.json$/i.test(name)) return { ...parseItemListJson(raw, name), format: 'json', file };
  throw invalidInput('unknown item-list file type: expected .json (exportctl item-list file) or .csv (entries)', { file: name });
}

/** Parses and validates an exportctl item-list JSON text. */
export function parseItemListJson(raw: string, name: string): { list: ItemList; entries: Entry[] } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw invalidInput(`not valid JSON: ${msg}`, { file: name, ...jsonErrorLine(raw, msg) });
  }
  const r = ItemListFileZ.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const p = issue?.path ?? [];
    const field = p.join('.');
    const line = p[0] === 'entries' && typeof p[1] === 'number' ? entryLine(raw, data, p[1]) : p[0] === 'list' ? keyLine(raw, 'list') : undefined;
    throw invalidInput(issue?.message ?? 'invalid item-list file', { file: name, ...(line !== undefined ? { line } : {}), field: field || 'schemaVersion' });
  }
  const problem = checkEntries(r.data.list.codeScheme, r.data.entries)[0];
  if (problem) {
    const line = entryLine(raw, data, problem.index);
    throw invalidInput(problem.message, { file: name, ...(line !== undefined ? { line } : {}), field: `entries.${problem.index}.${problem.field}` });
  }
  return { list: r.data.list, entries: r.data.entries };
}

/** Line of a JSON syntax error, from V8's "at position N" or "(line L column C)". */
function jsonErrorLine(raw: string, msg: string): { line?: number } {
  const lc = /line (\d+) column/.exec(msg);
  if (lc) return { line: Number(lc[1]) };
  const pos = /position (\d+)/.exec(msg);
  if (pos) return { line: lineAt(raw, Number(pos[1])) };
  return {};
}

const lineAt = (raw: string, offset: number): number => raw.slice(0, offset).split('\n').length;

function keyLine(raw: string, key: string): number | undefined {
  const i = raw.indexOf(`"${key}"`);
  return i < 0 ? undefined : lineAt(raw, i);
}

/**
 * The line on which entry `index` is written: found through its `"code"` value (the n-th
 * occurrence when earlier entries share the code), else the line after the previous entry's.
 */
function entryLine(raw: string, data: unknown, index: number): number | undefined {
  const entries = (data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return undefined;
  for (let i = index; i >= 0; i -= 1) {
    const code = (entries[i] as { code?: unknown } | null)?.code;
    if (typeof code !== 'string') continue;
    const nth = entries.slice(0, i).filter((e) => (e as { code?: unknown } | null)?.code === code).length;
    const re = new RegExp(`"code"\\s*:\\s*${escapeRegExp(JSON.stringify(code))}`, 'g');
    let m: RegExpExecArray | null = null;
    for (let k = 0; k <= nth; k += 1) m = re.exec(raw);
    if (!m) return undefined;
    return lineAt(raw, m.index) + (i === index ? 0 : 1);
  }
  return undefined;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function readCsv(file: string, name: string, raw: string): Promise<ReadItemList> {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse yields {record, info} objects; its typings only know string[][].
    const out: unknown[] = parse(raw, { info: true, skip_empty_lines: true, relax_column_count: true });
    rows = out.filter(isInfoRecord);
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw invalidInput(`malformed CSV: ${e instanceof Error ? e.message : String(e)}`, { file: name, ...(line !== undefined ? { line } : {}) });
  }
  const [head, ...body] = rows;
  if (!head) throw invalidInput('the CSV is empty: expected a header row and one row per entry', { file: name, line: 1 });
  const header = head.record.map((h) => h.trim());
  for (const h of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) throw invalidInput(`unknown column "${h}"; columns are ${CSV_COLUMNS.join(', ')}`, { file: name, line: 1, field: h });
  }
  for (const required of ['code', 'verification_status']) {
    if (!header.includes(required)) throw invalidInput(`the header lacks the required column "${required}"`, { file: name, line: 1, field: required });
  }
  const sidecar = await readSidecar(file);
  const entries: Entry[] = [];
  const lines: number[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.length) throw invalidInput(`expected ${header.length} fields, found ${record.length}`, { file: name, line: info.lines });
    const cell = (c: (typeof CSV_COLUMNS)[number]): string => (record[header.indexOf(c)] ?? '').trim();
    const entry = csvEntry(cell, name, info.lines);
    entries.push(entry);
    lines.push(info.lines);
  }
  if (sidecar) {
    const problem = checkEntries(sidecar.codeScheme, entries)[0];
    if (problem) throw invalidInput(problem.message, { file: name, line: lines[problem.index] ?? 0, field: problem.field === 'parentCode' ? 'parent_code' : problem.field });
  }
  return { list: sidecar, entries, format: 'csv', file, lines };
}

function isInfoRecord(v: unknown): v is { record: string[]; info: { lines: number } } {
  if (typeof v !== 'object' || v === null || !('record' in v) || !('info' in v)) return false;
  const info: unknown = v.info;
  return Array.isArray(v.record) && typeof info === 'object' && info !== null && 'lines' in info && typeof info.lines === 'number';
}

function csvEntry(cell: (c: (typeof CSV_COLUMNS)[number]) => string, file: string, line: number): Entry {
  const list = (c: (typeof CSV_COLUMNS)[number]): string[] =>
    cell(c)
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const opt = (s: string): string | undefined => (s === '' ? undefined : s);
  const crossRefs: CrossRef[] = [];
  const hsEdition = opt(cell('hs_edition'));
  const hsCodes = list('hs_codes');
  if (hsCodes.length > 0) {
    if (!hsEdition || !/^HS\d{4}$/.test(hsEdition)) throw invalidInput(`HS codes need their edition: write HS followed by the year, e.g. HS2022${hsEdition ? `, not "${hsEdition}"` : ''}`, { file, line, field: 'hs_edition' });
    for (const hs of hsCodes) {
      if (!/^\d{4,10}$/.test(hs)) throw invalidInput(`"${hs}" is not an HS code: expected 4 to 10 digits`, { file, line, field: 'hs_codes' });
      crossRefs.push({ kind: 'indicative_hs', target: { list: `hs-${hsEdition.slice(2)}`, code: hs }, hsEdition });
    }
  }
  for (const [column, kind] of [['identical_codes', 'identical_code'], ['equivalent_codes', 'equivalent']] as const) {
    for (const ref of list(column)) {
      const i = ref.indexOf(':');
      if (i <= 0 || i === ref.length - 1) throw invalidInput(`"${ref}" is not a reference: write list:code, e.g. eu-annex-i:1C351`, { file, line, field: column });
      crossRefs.push({ kind, target: { list: ref.slice(0, i), code: ref.slice(i + 1) } });
    }
  }
  const candidate = {
    code: cell('code'),
    parentCode: opt(cell('parent_code')) ?? null,
    title: { zh: opt(cell('title_zh')), en: opt(cell('title_en')) },
    text: { zh: opt(cell('text_zh')), en: opt(cell('text_en')) },
    reasons: list('reasons'),
    regimes: list('regimes'),
    verificationStatus: cell('verification_status'),
    notes: list('notes'),
    crossRefs,
  };
  const r = EntryZ.safeParse(candidate);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw invalidInput(issue?.message ?? 'invalid entry', { file, line, field: csvField(issue) });
  }
  return r.data;
}

const FIELD_TO_COLUMN: Record<string, string> = {
  code: 'code',
  parentCode: 'parent_code',
  verificationStatus: 'verification_status',
  reasons: 'reasons',
  regimes: 'regimes',
  notes: 'notes',
  crossRefs: 'hs_codes',
};

function csvField(issue: z.core.$ZodIssue | undefined): string {
  const p = issue?.path ?? [];
  const [a, b] = p;
  if ((a === 'title' || a === 'text') && typeof b === 'string') return `${a}_${b}`;
  if (a === 'crossRefs' && p.includes('hsEdition')) return 'hs_edition';
  return FIELD_TO_COLUMN[String(a)] ?? p.join('.');
}

/** `<name>.list.json` next to a CSV: the list header (ItemList) for the entries. */
async function readSidecar(file: string): Promise<ItemList | undefined> {
  const sidecar = file.replace(/\.csv$/i, '.list.json');
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return undefined;
  }
  const name = path.basename(sidecar);
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw invalidInput(`not valid JSON: ${msg}`, { file: name, ...jsonErrorLine(raw, msg) });
  }
  const r = ItemListZ.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const line = key ? keyLine(raw, key) : undefined;
    throw invalidInput(issue?.message ?? 'invalid list header', { file: name, ...(line !== undefined ? { line } : {}), field: issue?.path.join('.') ?? '' });
  }
  return r.data;
}

/** Checks CSV entries against the scheme of a stored list (when the CSV came without sidecar). */
export function checkAgainstList(read: ReadItemList, list: ItemList): void {
  const problem = checkEntries(list.codeScheme, read.entries)[0];
  if (problem) {
    throw invalidInput(problem.message, { file: path.basename(read.file), line: read.lines?.[problem.index] ?? problem.index + 2, field: problem.field === 'parentCode' ? 'parent_code' : problem.field });
  }
}
