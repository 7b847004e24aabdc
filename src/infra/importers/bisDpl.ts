/**
 * BIS Denied Persons List, tab-separated with quoted fields and a header line (Name,
 * Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
 * Standard_Order, Last_Update, Action, FR_Citation). One party per row. The list has no
 * identifiers, so the source reference is a slug of the name and the effective date (with a
 * counter when the same name is denied twice on one day under different addresses).
 */
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Party } from '../../domain/lists/party.ts';
import { readCsvWithHeader } from './csvReader.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, firstLine } from './files.ts';
import { clean, NameSet, toCountries, Warnings } from './partyParts.ts';
import { slug } from './slug.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

const REQUIRED = ['Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date', 'Expiration_Date', 'FR_Citation'] as const;

export const bisDplImporter: ListImporter = {
  format: 'bis-dpl-tsv',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const p of paths) {
      const b = baseName(p);
      if (!b.endsWith('.txt') && !b.endsWith('.tsv')) continue;
      const line = (await firstLine(p)).replace(/"/g, '');
      if (line.startsWith('Name\tStreet_Address\t')) out.push({ format: 'bis-dpl-tsv', sourceId: 'us-bis-dpl', files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0] ?? '';
    const shown = displayPath(file);
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    const parties: Party[] = [];
    const refs = new Map<string, number>();
    for await (const { row, line } of readCsvWithHeader(file, REQUIRED, { delimiter: '\t' })) {
      const where = { file: shown, line };
      const name = clean(row['Name']);
      if (!name) throw invalidInput('Name is empty', { ...where, field: 'Name' });
      const date = (field: string): string | undefined => {
        const v = clean(row[field]);
        if (!v) return undefined;
        const d = parsePartialDate(v, { slashOrder: 'mdy' });
        if (!d) throw invalidInput(`unparseable date "${v}"`, { ...where, field });
        return d;
      };
      const listedOn = date('Effective_Date');
      const endsOn = date('Expiration_Date');
      const base = `${slug(name)}-${listedOn ?? 'undated'}`;
      const n = (refs.get(base) ?? 0) + 1;
      refs.set(base, n);
      const names = new NameSet();
      names.add(name, 'primary');
      const country = clean(row['Country']);
      const { codes, unknown } = toCountries(country ? [country] : []);
      for (const u of unknown) warnings.add('unknown country', u);
      const address = ['Street_Address', 'City', 'State', 'Postal_Code', 'Country'].map((c) => clean(row[c])).filter((s): s is string => s !== undefined).join(', ');
      const party = makeParty({
        source,
        sourceRef: n === 1 ? base : `${base}-${n}`,
        schema: 'LegalEntity',
        names: names.names,
        countries: codes,
        addresses: address ? [address] : [],
        lists: ['Denied Persons List'],
        measures: ['Denial of export privileges'],
      });
      if (listedOn) party.listedOn = listedOn;
      if (endsOn) party.endsOn = endsOn;
      const remarks = [clean(row['Action']), clean(row['FR_Citation'])].filter((s) => s).join('; ');
      if (remarks) party.remarks = remarks;
      parties.push(party);
    }
    return { format: 'bis-dpl-tsv', sourceId: source, parties, warnings: warnings.list() };
  },
};
