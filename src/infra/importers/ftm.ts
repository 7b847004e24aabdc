/**
 * OpenSanctions FollowTheMoney entities, as JSON lines (one entity per line) or as a JSON array.
 * Only "thing" schemas become parties (Person, Organization, Company, LegalEntity, Vessel,
 * Airplane → Aircraft); Sanction entities attach their programme, authority and dates to the
 * entity they point at; other schemas (Address, Ownership, Family …) are ignored. Names come from
 * `name` (the first is primary), `alias`, `weakAlias` and `previousName`. Source id 'opensanctions'.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Identifier, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, readHead, readJsonFile } from './files.ts';
import { hasCyrillic, hasHan, NameSet, toCountries, uniq, Warnings } from './partyParts.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

const SCHEMAS: Record<string, PartySchema> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

const ID_PROPS: readonly [string, string][] = [
  ['passportNumber', 'passport'],
  ['idNumber', 'national_id'],
  ['registrationNumber', 'registration'],
  ['taxNumber', 'tax_id'],
  ['innCode', 'inn'],
  ['ogrnCode', 'ogrn'],
  ['leiCode', 'lei'],
  ['swiftBic', 'swift_bic'],
  ['imoNumber', 'imo'],
  ['mmsi', 'mmsi'],
];

const EntityZ = z.object({
  id: z.string().min(1),
  schema: z.string().min(1),
  properties: z.record(z.string(), z.array(z.union([z.string(), z.number(), z.record(z.string(), z.unknown())]))),
});
type Entity = z.infer<typeof EntityZ>;

const strings = (e: Entity, prop: string): string[] =>
  (e.properties[prop] ?? []).map((v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '')).filter((v) => v !== '');

function dates(values: string[]): string[] {
  return uniq(values.map((v) => parsePartialDate(v.slice(0, 10)) ?? parsePartialDate(v.slice(0, 7)) ?? parsePartialDate(v.slice(0, 4))).filter((d): d is string => d !== undefined));
}

function lang(name: string): string | undefined {
  if (hasCyrillic(name)) return 'ru';
  if (hasHan(name)) return 'zh';
  return undefined;
}

function toParty(e: Entity, schema: PartySchema, source: string): Party {
  const names = new NameSet();
  const [first, ...rest] = strings(e, 'name');
  names.add(first, 'primary', first ? lang(first) : undefined);
  for (const n of rest) names.add(n, 'alias', lang(n));
  for (const n of strings(e, 'alias')) names.add(n, 'alias', lang(n));
  for (const n of strings(e, 'weakAlias')) names.add(n, 'weak', lang(n));
  for (const n of strings(e, 'previousName')) names.add(n, 'former', lang(n));
  const countries = toCountries(['country', 'nationality', 'citizenship', 'jurisdiction', 'flag', 'mainCountry'].flatMap((p) => strings(e, p))).codes;
  const identifiers = ID_PROPS.flatMap(([prop, type]) => strings(e, prop).map((value): Identifier => ({ type, value })));
  const party = makeParty({
    source,
    sourceRef: e.id,
    schema,
    names: names.names,
    countries,
    addresses: strings(e, 'address'),
    birthDates: dates(strings(e, 'birthDate')),
    identifiers,
    programs: strings(e, 'program'),
  });
  const notes = strings(e, 'notes').join(' ');
  if (notes) party.remarks = notes;
  const url = strings(e, 'sourceUrl')[0];
  if (url) party.sourceUrl = url;
  return party;
}

async function* entities(file: string): AsyncGenerator<{ raw: unknown; line: number; element?: string }> {
  const shown = displayPath(file);
  const head = (await readHead(file, 64)).trimStart();
  if (head.startsWith('[')) {
    const data = await readJsonFile(file);
    if (!Array.isArray(data)) throw invalidInput('expected a JSON array of entities', { file: shown });
    let i = 0;
    for (const raw of data) yield { raw, line: 1, element: `[${i++}]` };
    return;
  }
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw invalidInput(`malformed JSON line: ${e instanceof Error ? e.message : String(e)}`, { file: shown, line });
    }
    yield { raw, line };
  }
}

export const ftmImporter: ListImporter = {
  format: 'ftm-json',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      const b = baseName(p);
      if (!b.endsWith('.json') && !b.endsWith('.jsonl') && !b.endsWith('.ndjson')) continue;
      const head = await readHead(p, 4096);
      if (/^\s*\[?\s*\{/.test(head) && /"schema"\s*:/.test(head) && /"properties"\s*:/.test(head) && !/"parties"\s*:/.test(head)) {
        out.push({ format: 'ftm-json', sourceId: 'opensanctions', files: [p] });
      }
    }
    return out;
  },
  async parse(set, sourceId) {
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    const parties = new Map<string, Party>();
    const sanctions: Entity[] = [];
    let count = 0;
    for (const file of set.files) {
      const shown = displayPath(file);
      for await (const { raw, line, element } of entities(file)) {
        count++;
        const r = EntityZ.safeParse(raw);
        if (!r.success) {
          const issue = r.error.issues[0];
          throw invalidInput(`not a FollowTheMoney entity: ${issue?.message ?? 'invalid'}`, { file: shown, line, ...(element ? { element } : {}), field: issue?.path.join('.') ?? '' });
        }
        const e = r.data;
        if (e.schema === 'Sanction') {
          sanctions.push(e);
          continue;
        }
        const schema = SCHEMAS[e.schema];
        if (!schema) continue;
        if (strings(e, 'name').length === 0) {
          warnings.add('entities without a name skipped', e.id);
          continue;
        }
        parties.set(e.id, toParty(e, schema, source));
      }
      if (count === 0) throw invalidInput('empty file: no entities', { file: shown });
    }
    for (const s of sanctions) {
      for (const target of strings(s, 'entity')) {
        const p = parties.get(target);
        if (!p) continue;
        p.programs = uniq([...p.programs, ...strings(s, 'program'), ...strings(s, 'programId')]);
        p.lists = uniq([...p.lists, ...strings(s, 'authority')]);
        p.measures = uniq([...p.measures, ...strings(s, 'provisions')]);
        const listed = dates([...strings(s, 'listingDate'), ...strings(s, 'startDate')]).sort()[0];
        if (listed && (!p.listedOn || listed < p.listedOn)) p.listedOn = listed;
      }
    }
    return { format: 'ftm-json', sourceId: source, parties: [...parties.values()], warnings: warnings.list() };
  },
};
