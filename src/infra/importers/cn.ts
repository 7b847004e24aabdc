/**
 * Compiled PRC lists (cn/sanctions.csv): MOFCOM export control list (管控名单) and watch list
 * (关注名单), the unreliable entity list (不可靠实体清单), MFA and MOFCOM countermeasures under
 * the Anti-Foreign Sanctions Law, and the Taiwan Affairs Office "Taiwan independence" lists.
 *
 * One party per entity: the file has one row per designation, and rows with the same Type and
 * Name (the same entity designated on several lists or dates) are merged — lists, programs,
 * aliases and addresses combined, listedOn the earliest date. sourceRef is the Wikidata QID when
 * the row has one, else a slug of the English name, so it stays stable across versions.
 */
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsvWithHeader } from './csvReader.ts';
import { parsePartialDate, ymd } from './dates.ts';
import { baseName, displayPath, firstLine } from './files.ts';
import { clean, NameSet, splitMulti, toCountries, uniq, Warnings } from './partyParts.ts';
import { slug } from './slug.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

const HEADER_START = 'Type,QID,Name,Alias,Chinese name,Country';
const REQUIRED = ['Type', 'QID', 'Name', 'Alias', 'Chinese name', 'Country', 'Body', 'List', 'Date', 'End date', 'Source URL', 'Address'] as const;
const SCHEMAS: Record<string, PartySchema> = { Company: 'Company', Person: 'Person', Organization: 'Organization', LegalEntity: 'LegalEntity' };

export const CN_LISTS = {
  controlList: 'MOFCOM export control list',
  watchList: 'MOFCOM watch list',
  unreliable: 'Unreliable entity list',
  mfa: 'MFA countermeasures',
  mofcomCounter: 'MOFCOM countermeasures',
  afsl: 'Anti-Foreign Sanctions Law countermeasures',
  tao: 'TAO Taiwan independence list',
} as const;

/** The clear list name for a row's Body + List, or undefined when the row names neither. */
export function cnListName(body: string, list: string): string | undefined {
  if (list === 'List of Export Controls') return CN_LISTS.controlList;
  if (list === 'Export Control Watch List') return CN_LISTS.watchList;
  if (list === 'UEL') return CN_LISTS.unreliable;
  if (list === 'AFSL') return CN_LISTS.afsl;
  if (/Taiwan/i.test(body) || /Taiwan Independence/i.test(list)) return CN_LISTS.tao;
  if (body === 'Ministry of Commerce' && /countermeasure/i.test(list)) return CN_LISTS.mofcomCounter;
  if (body === 'Ministry of Foreign Affairs') return CN_LISTS.mfa;
  if (body === 'Ministry of Commerce' && list !== '') return `MOFCOM ${list}`;
  return list === '' ? undefined : list;
}

interface Acc {
  party: Party;
  names: NameSet;
  dates: string[];
  endDates: string[];
}

export const cnImporter: ListImporter = {
  format: 'cn-csv',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      if (baseName(p).endsWith('.csv') && (await firstLine(p)).startsWith(HEADER_START)) out.push({ format: 'cn-csv', sourceId: 'cn-mofcom', files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0] ?? '';
    const shown = displayPath(file);
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    const byKey = new Map<string, Acc>();
    const refs = new Map<string, string>();
    let rows = 0;
    for await (const { row, line } of readCsvWithHeader(file, REQUIRED)) {
      rows++;
      const where = { file: shown, line };
      const type = clean(row['Type']) ?? '';
      const schema = SCHEMAS[type];
      if (!schema) throw invalidInput(`unknown Type "${type}"`, { ...where, field: 'Type' });
      const name = clean(row['Name']);
      if (!name) throw invalidInput('Name is empty', { ...where, field: 'Name' });
      const date = (field: string): string | undefined => {
        const v = clean(row[field]);
        if (!v) return undefined;
        const short = v.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2})$/);
        const d = short ? ymd(2000 + Number(short[3]), Number(short[2]), Number(short[1])) : parsePartialDate(v);
        if (!d) throw invalidInput(`unparseable date "${v}" (expected DD.MM.YYYY)`, { ...where, field });
        if (short) warnings.add('two-digit years read as 20YY', `${field} "${v}" at line ${line}`);
        return d;
      };
      const listedOn = date('Date');
      const endsOn = date('End date');
      const body = clean(row['Body']) ?? '';
      const listRaw = clean(row['List']) ?? '';
      const list = cnListName(body, listRaw);
      if (!list) warnings.add('rows naming no list or body', `line ${line} ${name}`);

      const key = `${schema}|${name.toLowerCase()}`;
      let acc = byKey.get(key);
      if (!acc) {
        const qid = clean(row['QID']);
        let ref = qid ?? slug(name);
        if (refs.has(ref) && refs.get(ref) !== key) {
          let n = 2;
          while (refs.has(`${ref}-${n}`)) n++;
          ref = `${ref}-${n}`;
        }
        refs.set(ref, key);
        const names = new NameSet();
        names.add(name, 'primary');
        acc = { party: makeParty({ source, sourceRef: ref, schema, names: names.names }), names, dates: [], endDates: [] };
        byKey.set(key, acc);
      }
      const p = acc.party;
      for (const a of splitMulti(row['Alias'], ';')) acc.names.add(a, 'alias');
      acc.names.add(row['Chinese name'], 'original', 'zh');
      const { codes, unknown } = toCountries(splitMulti(row['Country'], ';').filter((c) => c !== 'EU'));
      for (const u of unknown) warnings.add('unknown country', u);
      p.countries = uniq([...p.countries, ...codes]);
      p.addresses = uniq([...p.addresses, ...splitMulti(row['Address'], ';')]);
      if (list) p.lists = uniq([...p.lists, list]);
      p.programs = uniq([...p.programs, ...(listRaw ? [listRaw] : body ? [body] : [])]);
      if (listedOn) acc.dates.push(listedOn);
      if (endsOn) acc.endDates.push(endsOn);
      const url = clean(row['Source URL']);
      if (url && !p.sourceUrl) p.sourceUrl = url;
      const summary = [clean(row['Summary']), clean(row['Chinese summary'])].filter((s) => s).join(' / ');
      if (summary) p.remarks = p.remarks ? `${p.remarks}; ${summary}` : summary;
    }
    const parties = [...byKey.values()].map(({ party, names, dates, endDates }) => {
      party.names = names.names;
      const sorted = [...dates].sort();
      if (sorted[0]) party.listedOn = sorted[0];
      // An end date only holds when every designation of the entity has ended.
      if (endDates.length > 0 && endDates.length === dates.length) party.endsOn = [...endDates].sort().at(-1);
      return party;
    });
    if (rows > parties.length) warnings.add('designations merged into one party per entity', `${rows} rows → ${parties.length} parties`);
    return { format: 'cn-csv', sourceId: source, parties, warnings: warnings.list() };
  },
};
