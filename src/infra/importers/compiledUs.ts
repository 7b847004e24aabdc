/**
 * Compiled US lists published as simple CSV tables, each recognised by its header:
 *  - BIS Military-Intelligence End-User list `mieu.csv` (Type, Name, Alias, Country, Topics, Program, Date, …) → 'us-bis-mieu'
 *  - DoD Section 1260H Chinese military companies `sanctions.csv` (Name, Clean Name, Alias, Previous Name, …) → 'us-dod-1260h'
 *  - NDAA FY2019 Section 1286 list `section_1286.csv` (schema, name, aliases, …) → 'us-ndaa-1286'
 * None carries identifiers, so sourceRef is a slug of the name (numbered when repeated).
 */
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, PARTY_SCHEMAS, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsvWithHeader } from './csvReader.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, firstLine } from './files.ts';
import { clean, NameSet, splitMulti, toCountries, Warnings } from './partyParts.ts';
import { slug } from './slug.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

interface Layout {
  sourceId: string;
  header: string;
  list: string;
  name: (r: Record<string, string>) => string | undefined;
  original?: (r: Record<string, string>) => string | undefined;
  schema: (r: Record<string, string>) => string | undefined;
  aliases: string;
  former?: string;
  country?: string;
  program: (r: Record<string, string>) => string | undefined;
  start: string;
  end: string;
  url: string;
  remarks: string[];
}

const LAYOUTS: readonly Layout[] = [
  {
    sourceId: 'us-bis-mieu',
    header: 'Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL',
    list: 'Military-Intelligence End-User List',
    name: (r) => clean(r['Name']),
    schema: (r) => clean(r['Type']),
    aliases: 'Alias',
    country: 'Country',
    program: (r) => clean(r['Program']),
    start: 'Date',
    end: 'End date',
    url: 'Source URL',
    remarks: [],
  },
  {
    sourceId: 'us-dod-1260h',
    header: 'Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url',
    list: 'DoD Section 1260H Chinese military companies',
    name: (r) => clean(r['Clean Name']) ?? clean(r['Name']),
    original: (r) => clean(r['Name']),
    schema: () => 'Company',
    aliases: 'Alias',
    former: 'Previous Name',
    program: () => 'NDAA FY2021 Section 1260H',
    start: 'Start date',
    end: 'End date',
    url: 'Source Url',
    remarks: ['Parent Name', 'Note'],
  },
  {
    sourceId: 'us-ndaa-1286',
    header: 'schema,name,aliases,topics,program,authority,reason,report-date,start-date,end-date,country,notes,source_url',
    list: 'NDAA FY2019 Section 1286 list',
    name: (r) => clean(r['name']),
    schema: (r) => clean(r['schema']),
    aliases: 'aliases',
    country: 'country',
    program: (r) => clean(r['program']),
    start: 'start-date',
    end: 'end-date',
    url: 'source_url',
    remarks: ['reason', 'notes'],
  },
];

const isSchema = (s: string): s is PartySchema => (PARTY_SCHEMAS as readonly string[]).includes(s);

export const compiledUsImporter: ListImporter = {
  format: 'compiled-csv',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.csv')) continue;
      const line = await firstLine(p);
      const layout = LAYOUTS.find((l) => line.trim() === l.header);
      if (layout) out.push({ format: 'compiled-csv', sourceId: layout.sourceId, files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0] ?? '';
    const shown = displayPath(file);
    const head = (await firstLine(file)).trim();
    const layout = LAYOUTS.find((l) => l.header === head);
    if (!layout) throw invalidInput('unrecognised header for a compiled US list', { file: shown, line: 1 });
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    const parties: Party[] = [];
    const refs = new Map<string, number>();
    for await (const { row, line } of readCsvWithHeader(file, layout.header.split(','))) {
      const where = { file: shown, line };
      const name = layout.name(row);
      if (!name) throw invalidInput('name is empty', { ...where, field: 'name' });
      const schemaText = layout.schema(row) ?? 'LegalEntity';
      if (!isSchema(schemaText)) throw invalidInput(`unknown schema "${schemaText}"`, { ...where, field: 'schema' });
      const date = (field: string): string | undefined => {
        const v = clean(row[field]);
        if (!v) return undefined;
        const d = parsePartialDate(v);
        if (!d) throw invalidInput(`unparseable date "${v}"`, { ...where, field });
        return d;
      };
      const listedOn = date(layout.start);
      const endsOn = date(layout.end);
      const names = new NameSet();
      names.add(name, 'primary');
      for (const a of splitMulti(row[layout.aliases], ';')) names.add(a, 'alias');
      if (layout.former) for (const a of splitMulti(row[layout.former], ';')) names.add(a, 'former');
      if (layout.original) names.add(layout.original(row)?.replace(/\*+$/, ''), 'alias');
      const { codes, unknown } = toCountries(layout.country ? splitMulti(row[layout.country], ';') : []);
      for (const u of unknown) warnings.add('unknown country', u);
      const base = slug(name);
      const n = (refs.get(base) ?? 0) + 1;
      refs.set(base, n);
      const program = layout.program(row);
      const party = makeParty({
        source,
        sourceRef: n === 1 ? base : `${base}-${n}`,
        schema: schemaText,
        names: names.names,
        countries: codes,
        programs: program ? [program] : [],
        lists: [layout.list],
      });
      if (listedOn) party.listedOn = listedOn;
      if (endsOn) party.endsOn = endsOn;
      const url = clean(row[layout.url]);
      if (url) party.sourceUrl = url;
      const remarks = layout.remarks.map((c) => clean(row[c])).filter((s) => s).join(' — ');
      if (remarks) party.remarks = remarks;
      parties.push(party);
    }
    return { format: 'compiled-csv', sourceId: source, parties, warnings: warnings.list() };
  },
};
