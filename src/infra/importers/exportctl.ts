/**
 * exportctl's own list format, for lists kept by hand (an internal blocked-party list, a
 * designation announced before any machine-readable list carries it). Documented with examples
 * in docs/list-format.md.
 *
 * CSV: optional first line `# source: <id>`, then the header
 *   id,schema,name,aliases,name_zh,countries,birth_date,identifiers,programs,lists,listed_on,remarks
 * (multi-values separated by ";", identifiers as `type:value`).
 * JSON: `{ "source": "<id>", "parties": [ … ] }` or a bare array of parties; each party has the
 * Party model's fields without `id` and `source` (sourceRef, schema and names required).
 * The source id comes from `--source` when given, else from the file; one of the two is required.
 */
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { countryCode } from '../../domain/lists/countries.ts';
import { IdentifierZ, makeParty, PartialDateZ, PartyNameZ, PartySchemaZ, type Identifier, type Party } from '../../domain/lists/party.ts';
import { readCsv } from './csvReader.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, readHead, readJsonFile } from './files.ts';
import { clean, NameSet, splitMulti, uniq } from './partyParts.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

export const EXPORTCTL_CSV_COLUMNS = ['id', 'schema', 'name', 'aliases', 'name_zh', 'countries', 'birth_date', 'identifiers', 'programs', 'lists', 'listed_on', 'remarks'] as const;
const SOURCE_LINE = /^#\s*source:\s*(\S+)\s*$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9._-]*$/;

function requireSource(fromArg: string | undefined, fromFile: string | undefined, file: string): string {
  const s = fromArg ?? fromFile;
  if (!s) throw invalidInput('no source id: give --source or start the file with "# source: <id>" (JSON: {"source": …})', { file, line: 1, field: 'source' });
  if (!SOURCE_ID.test(s)) throw invalidInput(`source id "${s}" must be lower-case letters, digits, ".", "_" or "-"`, { file, line: 1, field: 'source' });
  return s;
}

async function csvSource(file: string): Promise<string | undefined> {
  const first = (await readHead(file, 512)).split(/\r?\n/, 1)[0] ?? '';
  return first.match(SOURCE_LINE)?.[1];
}

export const exportctlCsvImporter: ListImporter = {
  format: 'exportctl-csv',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.csv')) continue;
      const lines = (await readHead(p, 1024)).split(/\r?\n/);
      const header = SOURCE_LINE.test(lines[0] ?? '') ? lines[1] : lines[0];
      if (header?.trim() === EXPORTCTL_CSV_COLUMNS.join(',')) out.push({ format: 'exportctl-csv', sourceId: (await csvSource(p)) ?? '', files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0] ?? '';
    const shown = displayPath(file);
    const source = requireSource(sourceId, (await csvSource(file)) ?? (set.sourceId || undefined), shown);
    const parties: Party[] = [];
    const seen = new Set<string>();
    let header: string[] | undefined;
    for await (const rec of readCsv(file)) {
      if (!header) {
        if (rec.fields.length === 1 && SOURCE_LINE.test(rec.fields[0] ?? '')) continue;
        header = rec.fields.map((h) => h.trim());
        const missing = EXPORTCTL_CSV_COLUMNS.filter((c) => !header?.includes(c));
        if (missing.length > 0) throw invalidInput(`missing required column(s): ${missing.join(', ')}`, { file: shown, line: rec.line, field: missing[0] });
        continue;
      }
      const where = { file: shown, line: rec.line };
      if (rec.fields.length !== header.length) throw invalidInput(`expected ${header.length} columns, found ${rec.fields.length}`, where);
      const h = header;
      const get = (c: (typeof EXPORTCTL_CSV_COLUMNS)[number]): string | undefined => clean(rec.fields[h.indexOf(c)]);
      const id = get('id');
      if (!id) throw invalidInput('id is empty', { ...where, field: 'id' });
      if (seen.has(id)) throw invalidInput(`duplicate id ${id}`, { ...where, field: 'id' });
      seen.add(id);
      const schema = PartySchemaZ.safeParse(get('schema'));
      if (!schema.success) throw invalidInput(`schema must be one of ${PartySchemaZ.options.join(', ')}`, { ...where, field: 'schema' });
      const name = get('name');
      if (!name) throw invalidInput('name is empty', { ...where, field: 'name' });
      const names = new NameSet();
      names.add(name, 'primary');
      for (const a of splitMulti(get('aliases'))) names.add(a, 'alias');
      for (const a of splitMulti(get('name_zh'))) names.add(a, 'original', 'zh');
      const countries = splitMulti(get('countries')).map((c) => {
        const code = countryCode(c);
        if (!code) throw invalidInput(`unknown country "${c}"`, { ...where, field: 'countries' });
        return code;
      });
      const date = (v: string, field: string): string => {
        const d = parsePartialDate(v);
        if (!d) throw invalidInput(`unparseable date "${v}" (use YYYY, YYYY-MM or YYYY-MM-DD)`, { ...where, field });
        return d;
      };
      const identifiers = splitMulti(get('identifiers')).map((t): Identifier => {
        const m = t.match(/^([a-z_]+):\s*(.+)$/);
        if (!m?.[1] || !m[2]) throw invalidInput(`identifier "${t}" must be written type:value`, { ...where, field: 'identifiers' });
        return { type: m[1], value: m[2] };
      });
      const party = makeParty({
        source,
        sourceRef: id,
        schema: schema.data,
        names: names.names,
        countries: uniq(countries),
        birthDates: splitMulti(get('birth_date')).map((d) => date(d, 'birth_date')),
        identifiers,
        programs: splitMulti(get('programs')),
        lists: splitMulti(get('lists')),
      });
      const listed = get('listed_on');
      if (listed) party.listedOn = date(listed, 'listed_on');
      const remarks = get('remarks');
      if (remarks) party.remarks = remarks;
      parties.push(party);
    }
    if (!header) throw invalidInput('empty file', { file: shown });
    return { format: 'exportctl-csv', sourceId: source, parties, warnings: [] };
  },
};

export const ExportctlPartyInputZ = z.object({
  sourceRef: z.string().min(1),
  schema: PartySchemaZ,
  names: z.array(PartyNameZ).min(1),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')).default([]),
  addresses: z.array(z.string()).default([]),
  birthDates: z.array(PartialDateZ).default([]),
  identifiers: z.array(IdentifierZ).default([]),
  programs: z.array(z.string()).default([]),
  lists: z.array(z.string()).default([]),
  measures: z.array(z.string()).default([]),
  listedOn: PartialDateZ.optional(),
  endsOn: PartialDateZ.optional(),
  remarks: z.string().optional(),
  sourceUrl: z.string().optional(),
});
const ExportctlJsonZ = z.union([z.object({ source: z.string().optional(), parties: z.array(z.unknown()) }), z.array(z.unknown())]);

export const exportctlJsonImporter: ListImporter = {
  format: 'exportctl-json',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.json')) continue;
      const head = await readHead(p, 4096);
      const wrapped = /^\s*\{[^]*"parties"\s*:/.test(head);
      const bare = /^\s*\[\s*\{[^]*"sourceRef"\s*:/.test(head);
      if (wrapped || bare) out.push({ format: 'exportctl-json', sourceId: head.match(/"source"\s*:\s*"([^"]+)"/)?.[1] ?? '', files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0] ?? '';
    const shown = displayPath(file);
    const data = await readJsonFile(file);
    const top = ExportctlJsonZ.safeParse(data);
    if (!top.success) throw invalidInput('expected {"source": …, "parties": [...]} or an array of parties', { file: shown });
    const list = Array.isArray(top.data) ? top.data : top.data.parties;
    const source = requireSource(sourceId, Array.isArray(top.data) ? undefined : top.data.source, shown);
    const seen = new Set<string>();
    const parties = list.map((raw, i) => {
      const r = ExportctlPartyInputZ.safeParse(raw);
      const element = `parties[${i}]`;
      if (!r.success) {
        const issue = r.error.issues[0];
        throw invalidInput(issue?.message ?? 'invalid party', { file: shown, element, field: issue?.path.join('.') ?? '' });
      }
      if (seen.has(r.data.sourceRef)) throw invalidInput(`duplicate sourceRef ${r.data.sourceRef}`, { file: shown, element, field: 'sourceRef' });
      seen.add(r.data.sourceRef);
      return makeParty({ ...r.data, source });
    });
    return { format: 'exportctl-json', sourceId: source, parties, warnings: [] };
  },
};
