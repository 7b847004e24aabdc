/**
 * US Consolidated Screening List (trade.gov), CSV (29 columns, multi-values separated by "; ")
 * and JSON (`{ results: [...] }` with the same fields, arrays instead of "; " strings, addresses
 * and ids either as strings or as objects as the API returns them). The `source` column names the
 * sub-list (e.g. "Entity List (EL) - Bureau of Industry and Security") and becomes the party's
 * `lists`; `_id` is the source reference. Header lines repeated inside the CSV are skipped with a
 * warning.
 */
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Identifier, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsv } from './csvReader.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, firstLine, readHead, readJsonFile } from './files.ts';
import { clean, mergeSameId, NameSet, splitMulti, toCountries, uniq, Warnings } from './partyParts.ts';
import type { ListImporter, ParsedList, RecognisedSet } from './types.ts';

export const CSL_COLUMNS = [
  '_id', 'source', 'entity_number', 'type', 'programs', 'name', 'title', 'addresses', 'federal_register_notice',
  'start_date', 'end_date', 'standard_order', 'license_requirement', 'license_policy', 'call_sign', 'vessel_type',
  'gross_tonnage', 'gross_registered_tonnage', 'vessel_flag', 'vessel_owner', 'remarks', 'source_list_url', 'alt_names',
  'citizenships', 'dates_of_birth', 'nationalities', 'places_of_birth', 'source_information_url', 'ids',
] as const;

const SCHEMA_BY_TYPE: Record<string, PartySchema> = { individual: 'Person', entity: 'Organization', vessel: 'Vessel', aircraft: 'Aircraft' };

/** Id types kept as identifiers; anything else in `ids` is descriptive and goes unused. */
const ID_TYPES: readonly [RegExp, string][] = [
  [/^passport/i, 'passport'],
  [/^(national id|cedula|identification number|d\.n\.i\.|c\.u\.r\.p\.|national foreign id|ssn|travel document)/i, 'national_id'],
  [/^(registration|business registration|public registration|company number|certificate of incorporation|c\.r\. no|registered charity)/i, 'registration'],
  [/^unified social credit code/i, 'registration'],
  [/^(tax id|nit #|r\.f\.c\.|ruc #|us fein|italian fiscal code|inn)/i, 'tax_id'],
  [/^(legal entity number|le number)/i, 'lei'],
  [/^swift\/bic/i, 'swift_bic'],
  [/^(imo|vessel registration identification)/i, 'imo'],
  [/^mmsi/i, 'mmsi'],
  [/^isin/i, 'isin'],
];

/** One CSL record with multi-valued fields as arrays, whichever form it came in. */
interface CslRecord {
  id: string;
  source: string;
  type: string | undefined;
  name: string;
  programs: string[];
  title: string | undefined;
  addresses: { text: string; country: string | undefined }[];
  startDate: string | undefined;
  endDate: string | undefined;
  licenseRequirement: string | undefined;
  licensePolicy: string | undefined;
  vesselFlag: string | undefined;
  remarks: string | undefined;
  altNames: string[];
  citizenships: string[];
  datesOfBirth: string[];
  nationalities: string[];
  sourceUrl: string | undefined;
  ids: { type: string; value: string; country: string | undefined }[];
}

interface Where {
  file: string;
  line?: number;
  element?: string;
}

function toParty(r: CslRecord, source: string, where: Where, warnings: Warnings): Party {
  const schema = r.type ? SCHEMA_BY_TYPE[r.type.toLowerCase()] : 'Organization';
  if (!schema) throw invalidInput(`unknown type "${r.type}"`, { ...where, field: 'type' });
  const names = new NameSet();
  names.add(r.name, 'primary');
  for (const a of r.altNames) names.add(a, 'alias');
  const date = (v: string | undefined, field: string): string | undefined => {
    if (!v) return undefined;
    const d = parsePartialDate(v);
    if (!d) throw invalidInput(`unparseable date "${v}"`, { ...where, field });
    return d;
  };
  const birthDates: string[] = [];
  for (const raw of r.datesOfBirth) {
    const d = parsePartialDate(raw.replace(/^circa /i, ''));
    if (d) birthDates.push(d);
    else warnings.add('unreadable date of birth', raw);
  }
  const countryValues = [...r.citizenships, ...r.nationalities, ...r.addresses.map((a) => a.country ?? ''), r.vesselFlag ?? ''].filter((c) => c !== '');
  const { codes, unknown } = toCountries(countryValues);
  for (const u of unknown) warnings.add('unknown country', u);
  const identifiers: Identifier[] = [];
  for (const id of r.ids) {
    const type = ID_TYPES.find(([re]) => re.test(id.type))?.[1];
    if (!type) continue;
    const out: Identifier = { type, value: id.value };
    const c = id.country ? toCountries([id.country]).codes[0] : undefined;
    if (c) out.country = c;
    if (type === 'national_id' || type === 'registration' || type === 'tax_id') out.note = id.type;
    identifiers.push(out);
  }
  const party = makeParty({
    source,
    sourceRef: r.id,
    schema,
    names: names.names,
    countries: codes,
    addresses: uniq(r.addresses.map((a) => a.text)),
    birthDates: uniq(birthDates),
    identifiers,
    programs: r.programs,
    lists: [r.source],
    measures: [r.licenseRequirement, r.licensePolicy].filter((s): s is string => s !== undefined),
  });
  const listedOn = date(r.startDate, 'start_date');
  const endsOn = date(r.endDate, 'end_date');
  if (listedOn) party.listedOn = listedOn;
  if (endsOn) party.endsOn = endsOn;
  const remarks = [r.title, r.remarks].filter((s): s is string => s !== undefined).join(' — ');
  if (remarks) party.remarks = remarks;
  if (r.sourceUrl) party.sourceUrl = r.sourceUrl;
  return party;
}

/** "Type, value, CC" (CSV form of an id). */
function splitId(s: string): { type: string; value: string; country: string | undefined } {
  const parts = s.split(', ');
  const type = parts[0] ?? '';
  if (parts.length >= 3 && /^[A-Z]{2}$/.test(parts[parts.length - 1] ?? '')) {
    return { type, value: parts.slice(1, -1).join(', '), country: parts[parts.length - 1] };
  }
  return { type, value: parts.slice(1).join(', '), country: undefined };
}

/** "street, city, CC" (CSV form of an address): the country is the trailing 2-letter code. */
function splitAddress(s: string): { text: string; country: string | undefined } {
  const m = s.match(/, ([A-Z]{2})$/);
  return { text: s, country: m?.[1] };
}

/** The CSL files one entity once per sub-list under the same `_id`; screening wants it once. */
function mergeSubListRecords(parties: Party[], warnings: Warnings): Party[] {
  const { parties: out, merged } = mergeSameId(parties);
  for (const id of merged) warnings.add('record repeated under another sub-list merged into one party', id);
  return out;
}

async function parseCsv(set: RecognisedSet, source: string): Promise<ParsedList> {
  const file = set.files[0] ?? '';
  const shown = displayPath(file);
  const warnings = new Warnings();
  const parties: Party[] = [];
  let header: string[] | undefined;
  for await (const rec of readCsv(file)) {
    const f = rec.fields;
    if (!header) {
      header = f.map((h) => h.trim());
      const missing = CSL_COLUMNS.filter((c) => !header?.includes(c));
      if (missing.length > 0) throw invalidInput(`missing required column(s): ${missing.join(', ')}`, { file: shown, line: rec.line, field: missing[0] });
      continue;
    }
    if (f.length === header.length && f.every((v, i) => v.trim() === header?.[i])) {
      warnings.add('repeated header line skipped', `line ${rec.line}`);
      continue;
    }
    if (f.length !== header.length) throw invalidInput(`expected ${header.length} columns, found ${f.length}`, { file: shown, line: rec.line });
    const h = header;
    const get = (c: (typeof CSL_COLUMNS)[number]): string | undefined => clean(f[h.indexOf(c)]);
    const multi = (c: (typeof CSL_COLUMNS)[number]): string[] => splitMulti(f[h.indexOf(c)], '; ');
    const id = get('_id');
    const name = get('name');
    const src = get('source');
    const where = { file: shown, line: rec.line };
    if (!id) throw invalidInput('_id is empty', { ...where, field: '_id' });
    if (!name) throw invalidInput('name is empty', { ...where, field: 'name' });
    if (!src) throw invalidInput('source is empty', { ...where, field: 'source' });
    parties.push(
      toParty(
        {
          id,
          source: src,
          type: get('type'),
          name,
          programs: multi('programs'),
          title: get('title'),
          addresses: multi('addresses').map(splitAddress),
          startDate: get('start_date'),
          endDate: get('end_date'),
          licenseRequirement: get('license_requirement'),
          licensePolicy: get('license_policy'),
          vesselFlag: get('vessel_flag'),
          remarks: get('remarks'),
          altNames: multi('alt_names'),
          citizenships: multi('citizenships'),
          datesOfBirth: multi('dates_of_birth'),
          nationalities: multi('nationalities'),
          sourceUrl: get('source_information_url'),
          ids: multi('ids').map(splitId),
        },
        source,
        where,
        warnings,
      ),
    );
  }
  if (!header) throw invalidInput('empty file', { file: shown });
  return { format: 'csl-csv', sourceId: source, parties: mergeSubListRecords(parties, warnings), warnings: warnings.list() };
}

const str = z.string().nullish();
const strs = z.union([z.array(z.string()), z.string()]).nullish();
const CslJsonAddressZ = z.union([
  z.string(),
  z.object({ address: str, city: str, state: str, postal_code: str, country: str }),
]);
const CslJsonIdZ = z.union([z.string(), z.object({ type: str, number: str, country: str })]);
const CslJsonRecordZ = z.object({
  _id: z.string().min(1),
  source: z.string().min(1),
  type: str,
  name: z.string().min(1),
  programs: strs,
  title: str,
  addresses: z.array(CslJsonAddressZ).nullish(),
  start_date: str,
  end_date: str,
  license_requirement: str,
  license_policy: str,
  vessel_flag: str,
  remarks: str,
  alt_names: strs,
  citizenships: strs,
  dates_of_birth: strs,
  nationalities: strs,
  source_information_url: str,
  ids: z.array(CslJsonIdZ).nullish(),
});
const CslJsonZ = z.object({ results: z.array(z.unknown()) });

const arr = (v: string[] | string | null | undefined): string[] =>
  v == null ? [] : Array.isArray(v) ? v.map((s) => s.trim()).filter((s) => s !== '') : splitMulti(v, '; ');
const opt = (v: string | null | undefined): string | undefined => clean(v ?? undefined);

async function parseJson(set: RecognisedSet, source: string): Promise<ParsedList> {
  const file = set.files[0] ?? '';
  const shown = displayPath(file);
  const data = await readJsonFile(file);
  const top = CslJsonZ.safeParse(data);
  if (!top.success) throw invalidInput('expected an object with a "results" array', { file: shown, field: 'results' });
  const warnings = new Warnings();
  const parties: Party[] = [];
  top.data.results.forEach((raw, i) => {
    const element = `results[${i}]`;
    const r = CslJsonRecordZ.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw invalidInput(issue?.message ?? 'invalid record', { file: shown, element, field: issue?.path.join('.') ?? '' });
    }
    const d = r.data;
    parties.push(
      toParty(
        {
          id: d._id,
          source: d.source,
          type: opt(d.type),
          name: d.name.trim(),
          programs: arr(d.programs),
          title: opt(d.title),
          addresses: (d.addresses ?? []).map((a) => {
            if (typeof a === 'string') return splitAddress(a);
            const text = [a.address, a.city, a.state, a.postal_code, a.country].map((s) => opt(s)).filter((s) => s).join(', ');
            return { text, country: opt(a.country) };
          }).filter((a) => a.text !== ''),
          startDate: opt(d.start_date),
          endDate: opt(d.end_date),
          licenseRequirement: opt(d.license_requirement),
          licensePolicy: opt(d.license_policy),
          vesselFlag: opt(d.vessel_flag),
          remarks: opt(d.remarks),
          altNames: arr(d.alt_names),
          citizenships: arr(d.citizenships),
          datesOfBirth: arr(d.dates_of_birth),
          nationalities: arr(d.nationalities),
          sourceUrl: opt(d.source_information_url),
          ids: (d.ids ?? []).map((x) => (typeof x === 'string' ? splitId(x) : { type: opt(x.type) ?? '', value: opt(x.number) ?? '', country: opt(x.country) })).filter((x) => x.value !== ''),
        },
        source,
        { file: shown, element },
        warnings,
      ),
    );
  });
  return { format: 'csl-json', sourceId: source, parties: mergeSubListRecords(parties, warnings), warnings: warnings.list() };
}

const CSL_HEADER_START = '_id,source,entity_number,type,programs,name';

export const cslCsvImporter: ListImporter = {
  format: 'csl-csv',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.csv')) continue;
      if ((await firstLine(p)).replace(/"/g, '').startsWith(CSL_HEADER_START)) out.push({ format: 'csl-csv', sourceId: 'us-csl', files: [p] });
    }
    return out;
  },
  parse: (set, sourceId) => parseCsv(set, sourceId ?? set.sourceId),
};

export const cslJsonImporter: ListImporter = {
  format: 'csl-json',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.json')) continue;
      const head = await readHead(p, 4096);
      if (/^\s*\{/.test(head) && head.includes('"results"') && head.includes('"_id"')) out.push({ format: 'csl-json', sourceId: 'us-csl', files: [p] });
    }
    return out;
  },
  parse: (set, sourceId) => parseJson(set, sourceId ?? set.sourceId),
};
