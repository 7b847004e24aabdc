/**
 * EU Official Journal sanctions annex tables: one CSV per act (CELEX number as file name), 45
 * columns, multi-values separated by "; ". A folder of these files is one set, source
 * 'eu-journal'. One party per row, source reference `celex:recordId`. `programKey` → programs,
 * `annex` → lists (e.g. "32014R0833 Annex IV (Export control)", the EU military end-user list),
 * `measure` → measures. Aliases written in Cyrillic are tagged `lang: 'ru'`. Rows describing assets
 * (schema Asset) are not parties and are skipped with a warning; header-only files are fine.
 */
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, PARTY_SCHEMAS, type Identifier, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsvWithHeader } from './csvReader.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, firstLine } from './files.ts';
import { clean, hasCyrillic, identifier, NameSet, splitMulti, toCountries, uniq, Warnings } from './partyParts.ts';
import { slug } from './slug.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

const HEADER_START = 'celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias';
const REQUIRED = ['celex', 'recordId', 'programKey', 'annex', 'measure', 'startDate', 'schema', 'name', 'alias', 'weakAlias', 'previousName'] as const;

const ID_COLUMNS: readonly [string, string][] = [
  ['passportNumber', 'passport'],
  ['registrationNumber', 'registration'],
  ['taxNumber', 'tax_id'],
  ['idNumber', 'national_id'],
  ['innCode', 'inn'],
  ['ogrnCode', 'ogrn'],
  ['kppCode', 'kpp'],
  ['okpoCode', 'okpo'],
  ['leiCode', 'lei'],
  ['swiftBic', 'swift_bic'],
  ['imoNumber', 'imo'],
  ['mmsi', 'mmsi'],
];

/** Years and dates in EU birth-date cells: "12.3.1960", "1960", "Approximately 1960", "Between 1960 and 1962". */
function birthDates(cell: string | undefined, warnings: Warnings): string[] {
  const out: string[] = [];
  for (const v of splitMulti(cell, '; ')) {
    const d = parsePartialDate(v.replace(/^(approximately|circa|about)\s+/i, ''));
    if (d) {
      out.push(d);
      continue;
    }
    const years = v.match(/\b(1[89]\d\d|20\d\d)\b/g);
    if (years) out.push(...years);
    else warnings.add('unreadable birth date', v);
  }
  return uniq(out);
}

function isPartySchema(s: string): s is PartySchema {
  return (PARTY_SCHEMAS as readonly string[]).includes(s);
}

export const euJournalImporter: ListImporter = {
  format: 'eu-journal-csv',
  async recognise(paths) {
    const files: string[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.csv')) continue;
      if ((await firstLine(p)).startsWith(HEADER_START)) files.push(p);
    }
    if (files.length === 0) return [];
    // Files in one folder form one set.
    const byDir = new Map<string, string[]>();
    for (const f of files) byDir.set(path.dirname(f), [...(byDir.get(path.dirname(f)) ?? []), f]);
    return [...byDir.values()].map((fs): RecognisedSet => ({ format: 'eu-journal-csv', sourceId: 'eu-journal', files: fs }));
  },
  async parse(set, sourceId) {
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    const parties: Party[] = [];
    const seen = new Set<string>();
    for (const file of set.files) {
      const shown = displayPath(file);
      for await (const { row, line } of readCsvWithHeader(file, REQUIRED)) {
        const where = { file: shown, line };
        const celex = clean(row['celex']);
        const recordId = clean(row['recordId']);
        const name = clean(row['name']);
        const schemaText = clean(row['schema']) ?? '';
        if (!celex) throw invalidInput('celex is empty', { ...where, field: 'celex' });
        if (!name) throw invalidInput('name is empty', { ...where, field: 'name' });
        if (schemaText === 'Asset') {
          warnings.add('asset rows skipped (not parties)', `${celex} annex ${clean(row["annex"]) ?? "-"}: ${name}`);
          continue;
        }
        if (!isPartySchema(schemaText)) throw invalidInput(`unknown schema "${schemaText}"`, { ...where, field: 'schema' });
        const annex = clean(row['annex']);
        // recordId restarts in each annex and is blank in some annexes: qualify it by annex, and
        // fall back to a slug of the name (numbered if repeated) where it is blank.
        let ref = `${celex}:${annex ?? '-'}:${recordId ?? slug(name)}`;
        if (seen.has(ref)) {
          if (recordId) throw invalidInput(`duplicate record ${ref}`, { ...where, field: 'recordId' });
          let n = 2;
          while (seen.has(`${ref}-${n}`)) n++;
          ref = `${ref}-${n}`;
        }
        seen.add(ref);
        const names = new NameSet();
        names.add(name, 'primary');
        for (const a of splitMulti(row['alias'], '; ')) names.add(a, 'alias', hasCyrillic(a) ? 'ru' : undefined);
        for (const a of splitMulti(row['weakAlias'], '; ')) names.add(a, 'weak', hasCyrillic(a) ? 'ru' : undefined);
        for (const a of splitMulti(row['previousName'], '; ')) names.add(a, 'former', hasCyrillic(a) ? 'ru' : undefined);

        const countryCells = ['country', 'nationality', 'jurisdiction', 'flag'].flatMap((c) => splitMulti(row[c], '; '));
        const { codes } = toCountries(countryCells.flatMap((c) => c.split(/,\s*/)));
        const identifiers = ID_COLUMNS.flatMap(([col, type]) =>
          splitMulti(row[col], '; ').map((v) => identifier(type, v)).filter((x): x is Identifier => x !== undefined),
        );
        const startRaw = clean(row['startDate']);
        const listedOn = startRaw ? parsePartialDate(startRaw) : undefined;
        if (startRaw && !listedOn) throw invalidInput(`unparseable date "${startRaw}"`, { ...where, field: 'startDate' });
        const measure = clean(row['measure']);
        const program = clean(row['programKey']);
        const party = makeParty({
          source,
          sourceRef: ref,
          schema: schemaText,
          names: names.names,
          countries: codes,
          addresses: splitMulti(row['address'], '; '),
          birthDates: schemaText === 'Person' ? birthDates(row['birthDate'], warnings) : [],
          identifiers,
          programs: uniq([program, celex].filter((s): s is string => s !== undefined)),
          lists: annex ? [`${celex} Annex ${annex}${measure ? ` (${measure})` : ''}`] : [],
          measures: measure ? [measure] : [],
        });
        if (listedOn) party.listedOn = listedOn;
        const remarks = [clean(row['reason']), clean(row['position']), clean(row['notes'])].filter((s) => s).join(' — ');
        if (remarks) party.remarks = remarks;
        parties.push(party);
      }
    }
    return { format: 'eu-journal-csv', sourceId: source, parties, warnings: warnings.list() };
  },
};
