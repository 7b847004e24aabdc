/**
 * OFAC legacy CSV set (no header, `-0-` for empty, a trailing \x1a line):
 *  - SDN list: sdn.csv (+ add.csv, alt.csv, sdn_comments.csv) → source 'ofac-sdn'
 *  - Consolidated non-SDN list: cons_prim.csv (+ cons_add.csv, cons_alt.csv, cons_comments.csv) → 'ofac-cons'
 * Companion files are optional; their absence is a warning. Weak a.k.a.'s, dates of birth,
 * nationalities and identifiers are read from Remarks (continued in the comments file).
 */
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsv } from './csvReader.ts';
import { baseName, displayPath } from './files.ts';
import { parseOfacRemarks } from './ofacRemarks.ts';
import { clean, NameSet, toCountries, uniq, Warnings } from './partyParts.ts';
import type { ListImporter, ParsedList, RecognisedSet } from './types.ts';

interface Family {
  sourceId: string;
  main: string;
  add: string;
  alt: string;
  comments: string;
}

const FAMILIES: readonly Family[] = [
  { sourceId: 'ofac-sdn', main: 'sdn.csv', add: 'add.csv', alt: 'alt.csv', comments: 'sdn_comments.csv' },
  { sourceId: 'ofac-cons', main: 'cons_prim.csv', add: 'cons_add.csv', alt: 'cons_alt.csv', comments: 'cons_comments.csv' },
];

const SDN_COLUMNS = 12;

const SCHEMA_BY_TYPE: Record<string, PartySchema> = { individual: 'Person', vessel: 'Vessel', aircraft: 'Aircraft' };

interface Entry {
  line: number;
  name: string;
  schema: PartySchema;
  programs: string[];
  title: string | undefined;
  flag: string | undefined;
  remarks: string | undefined;
  aliases: { name: string; kind: 'alias' | 'former' }[];
  addresses: string[];
  countries: string[];
}

function companionRole(f: Family, file: string): 'add' | 'alt' | 'comments' | undefined {
  const b = baseName(file);
  if (b === f.add) return 'add';
  if (b === f.alt) return 'alt';
  if (b === f.comments) return 'comments';
  return undefined;
}

/** Data records of an OFAC CSV file, skipping the trailing end-of-file (\x1a) line. */
async function* ofacRecords(file: string, columns: number): AsyncGenerator<{ f: string[]; line: number }> {
  const shown = displayPath(file);
  let n = 0;
  for await (const rec of readCsv(file, { relaxQuotes: true })) {
    if (rec.fields.length === 1 && (rec.fields[0] ?? '').trim().replace(/\x1a/g, '') === '') continue;
    if (rec.fields.length !== columns) throw invalidInput(`expected ${columns} columns, found ${rec.fields.length}`, { file: shown, line: rec.line });
    n++;
    yield { f: rec.fields.map((x) => x.trim()), line: rec.line };
  }
  if (n === 0) throw invalidInput('empty file: no records', { file: shown });
}

function entNum(v: string | undefined, file: string, line: number): string {
  const t = (v ?? '').trim();
  if (!/^\d+$/.test(t)) throw invalidInput(`ent_num must be a number, found "${t}"`, { file: displayPath(file), line, field: 'ent_num' });
  return t;
}

function programs(v: string | undefined): string[] {
  const t = clean(v);
  if (!t) return [];
  return t
    .replace(/^\[|\]$/g, '')
    .split(/\]\s*\[/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const ofacImporter: ListImporter = {
  format: 'ofac-csv',

  async recognise(paths) {
    const sets: RecognisedSet[] = [];
    for (const fam of FAMILIES) {
      for (const main of paths.filter((p) => baseName(p) === fam.main)) {
        const dir = path.dirname(main);
        const companions = paths.filter((p) => path.dirname(p) === dir && companionRole(fam, p) !== undefined);
        sets.push({ format: 'ofac-csv', sourceId: fam.sourceId, files: [main, ...companions] });
      }
    }
    return sets;
  },

  async parse(set, sourceId) {
    const fam = FAMILIES.find((f) => baseName(set.files[0] ?? '') === f.main) ?? FAMILIES.find((f) => f.sourceId === set.sourceId);
    const main = set.files[0];
    if (!fam || !main) throw invalidInput('not an OFAC CSV set (expected sdn.csv or cons_prim.csv first)', { file: set.files[0] ?? '' });
    const warnings = new Warnings();
    const entries = new Map<string, Entry>();

    for await (const { f, line } of ofacRecords(main, SDN_COLUMNS)) {
      const id = entNum(f[0], main, line);
      const name = clean(f[1]);
      if (!name) throw invalidInput('SDN_Name is empty', { file: displayPath(main), line, field: 'SDN_Name' });
      const type = clean(f[2])?.toLowerCase();
      const schema = type === undefined ? 'Organization' : SCHEMA_BY_TYPE[type];
      if (!schema) throw invalidInput(`unknown SDN_Type "${f[2]}"`, { file: displayPath(main), line, field: 'SDN_Type' });
      if (entries.has(id)) throw invalidInput(`duplicate ent_num ${id}`, { file: displayPath(main), line, field: 'ent_num' });
      entries.set(id, {
        line,
        name,
        schema,
        programs: programs(f[3]),
        title: clean(f[4]),
        flag: clean(f[9]),
        remarks: clean(f[11]),
        aliases: [],
        addresses: [],
        countries: [],
      });
    }

    const byRole = (role: 'add' | 'alt' | 'comments'): string | undefined => set.files.slice(1).find((p) => companionRole(fam, p) === role);
    const missing = (['add', 'alt', 'comments'] as const).filter((r) => !byRole(r)).map((r) => fam[r]);
    if (missing.length > 0) warnings.add('companion file(s) absent', `${missing.join(', ')} not found next to ${displayPath(main)}; entries carry no ${missing.map((m) => m.replace(/^cons_|\.csv$/g, '').replace(/^sdn_/, '')).join('/')} data`);

    const find = (id: string, file: string, line: number): Entry | undefined => {
      const e = entries.get(id);
      if (!e) warnings.add(`${path.basename(file)} rows referring to an ent_num absent from ${path.basename(main)}`, `ent_num ${id} (line ${line})`);
      return e;
    };

    const commentsFile = byRole('comments');
    if (commentsFile) {
      for await (const { f, line } of ofacRecords(commentsFile, 2)) {
        const e = find(entNum(f[0], commentsFile, line), commentsFile, line);
        const more = clean(f[1]);
        if (e && more) e.remarks = (e.remarks ?? '') + more;
      }
    }
    const addFile = byRole('add');
    if (addFile) {
      for await (const { f, line } of ofacRecords(addFile, 6)) {
        const e = find(entNum(f[0], addFile, line), addFile, line);
        if (!e) continue;
        const parts = [f[2], f[3], f[4]].map(clean).filter((s): s is string => s !== undefined);
        if (parts.length > 0) e.addresses.push(parts.join(', '));
        const country = clean(f[4]);
        if (country) {
          const { codes, unknown } = toCountries([country]);
          e.countries.push(...codes);
          for (const u of unknown) warnings.add('unknown country name', u);
        }
      }
    }
    const altFile = byRole('alt');
    if (altFile) {
      for await (const { f, line } of ofacRecords(altFile, 5)) {
        const e = find(entNum(f[0], altFile, line), altFile, line);
        const name = clean(f[3]);
        if (!e || !name) continue;
        const t = clean(f[2])?.toLowerCase();
        if (t !== 'aka' && t !== 'fka' && t !== 'nka') throw invalidInput(`unknown alt_type "${f[2]}"`, { file: displayPath(altFile), line, field: 'alt_type' });
        e.aliases.push({ name, kind: t === 'fka' ? 'former' : 'alias' });
      }
    }

    const source = sourceId ?? set.sourceId;
    const parties: Party[] = [];
    for (const [ref, e] of entries) {
      const facts = parseOfacRemarks(e.remarks);
      const names = new NameSet();
      names.add(e.name, 'primary');
      for (const a of e.aliases) names.add(a.name, a.kind);
      for (const w of facts.weakAliases) names.add(w, 'weak');
      const flag = e.flag ? toCountries([e.flag]).codes : [];
      const party = makeParty({
        source,
        sourceRef: ref,
        schema: e.schema,
        names: names.names,
        countries: uniq([...facts.countries, ...e.countries, ...flag]),
        addresses: uniq(e.addresses),
        birthDates: facts.birthDates,
        identifiers: facts.identifiers,
        programs: e.programs,
      });
      const remarks = [e.title, e.remarks].filter((s): s is string => s !== undefined).join(' — ');
      if (remarks) party.remarks = remarks;
      parties.push(party);
    }
    const out: ParsedList = { format: 'ofac-csv', sourceId: source, parties, warnings: warnings.list() };
    return out;
  },
};
