/**
 * UK Sanctions List as normalised tables: subjects.csv + subject_names.csv + subject_dobs.csv,
 * joined by unique_id. name_type primary → primary, primary_variation → alias, alias → alias
 * (weak when alias_strength is low_quality_aka). subject_type individual → Person, entity →
 * Organization, ship → Vessel.
 */
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type NameKind, type Party, type PartySchema } from '../../domain/lists/party.ts';
import { readCsvWithHeader } from './csvReader.ts';
import { parsePartialDate, ymd } from './dates.ts';
import { baseName, displayPath } from './files.ts';
import { clean, NameSet, uniq, Warnings } from './partyParts.ts';
import type { ListImporter, RecognisedSet } from './types.ts';

const SCHEMA: Record<string, PartySchema> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' };

export const ukImporter: ListImporter = {
  format: 'uk-tables',
  async recognise(paths) {
    const out: RecognisedSet[] = [];
    for (const main of paths.filter((p) => baseName(p) === 'subjects.csv')) {
      const dir = path.dirname(main);
      const names = paths.find((p) => path.dirname(p) === dir && baseName(p) === 'subject_names.csv');
      if (!names) continue;
      const dobs = paths.find((p) => path.dirname(p) === dir && baseName(p) === 'subject_dobs.csv');
      out.push({ format: 'uk-tables', sourceId: 'uk-sanctions', files: dobs ? [main, names, dobs] : [main, names] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const [subjectsFile, namesFile, dobsFile] = set.files;
    if (!subjectsFile || !namesFile) throw invalidInput('UK tables need subjects.csv and subject_names.csv', { file: set.files.join(', ') });
    const source = sourceId ?? set.sourceId;
    const warnings = new Warnings();
    if (!dobsFile) warnings.add('companion file absent', 'subject_dobs.csv not found; parties carry no dates of birth');

    interface Subject {
      schema: PartySchema;
      names: NameSet;
      dobs: string[];
      unRef: string | undefined;
      listedOn: string | undefined;
    }
    const subjects = new Map<string, Subject>();
    const ukDate = (v: string | undefined, where: { file: string; line: number; field: string }): string | undefined => {
      const t = clean(v);
      if (!t) return undefined;
      const d = parsePartialDate(t, { slashOrder: 'dmy' });
      if (!d) throw invalidInput(`unparseable date "${t}"`, where);
      return d;
    };

    const sShown = displayPath(subjectsFile);
    for await (const { row, line } of readCsvWithHeader(subjectsFile, ['unique_id', 'subject_type', 'date_designated'])) {
      const id = clean(row['unique_id']);
      if (!id) throw invalidInput('unique_id is empty', { file: sShown, line, field: 'unique_id' });
      const type = clean(row['subject_type']) ?? '';
      const schema = SCHEMA[type];
      if (!schema) throw invalidInput(`unknown subject_type "${type}"`, { file: sShown, line, field: 'subject_type' });
      if (subjects.has(id)) throw invalidInput(`duplicate unique_id ${id}`, { file: sShown, line, field: 'unique_id' });
      subjects.set(id, { schema, names: new NameSet(), dobs: [], unRef: clean(row['un_reference_number']), listedOn: ukDate(row['date_designated'], { file: sShown, line, field: 'date_designated' }) });
    }

    const nShown = displayPath(namesFile);
    const primaries = new Map<Subject, string[]>();
    for await (const { row, line } of readCsvWithHeader(namesFile, ['unique_id', 'name_type', 'alias_strength', 'full_name'])) {
      const id = clean(row['unique_id']) ?? '';
      const s = subjects.get(id);
      if (!s) {
        warnings.add('names of unknown subjects skipped', `${id} (${nShown}:${line})`);
        continue;
      }
      const type = clean(row['name_type']);
      const strength = clean(row['alias_strength']);
      let kind: NameKind;
      if (type === 'primary') kind = 'primary';
      else if (type === 'primary_variation' || type === 'alias') kind = strength === 'low_quality_aka' ? 'weak' : 'alias';
      else throw invalidInput(`unknown name_type "${type}"`, { file: nShown, line, field: 'name_type' });
      const full = clean(row['full_name']);
      if (kind === 'primary' && full) primaries.set(s, [...(primaries.get(s) ?? []), full]);
      else s.names.add(full, kind);
    }
    // Primary names first, whatever their order in the file.
    for (const [s, fulls] of primaries) {
      const fresh = new NameSet();
      for (const full of fulls) fresh.add(full, 'primary');
      for (const n of s.names.names) fresh.add(n.value, n.kind, n.lang);
      s.names = fresh;
    }

    if (dobsFile) {
      const dShown = displayPath(dobsFile);
      for await (const { row, line } of readCsvWithHeader(dobsFile, ['unique_id', 'year', 'month', 'day', 'precision'])) {
        const s = subjects.get(clean(row['unique_id']) ?? '');
        if (!s) continue;
        const y = clean(row['year']);
        if (!y) continue;
        if (!/^\d{4}$/.test(y)) throw invalidInput(`year must have 4 digits, found "${y}"`, { file: dShown, line, field: 'year' });
        const m = clean(row['month']);
        const d = clean(row['day']);
        const precision = clean(row['precision']);
        let date: string | undefined = y;
        if (precision === 'exact' && m && d) {
          date = ymd(Number(y), Number(m), Number(d));
          if (!date) throw invalidInput(`impossible date ${y}-${m}-${d}`, { file: dShown, line, field: 'day' });
        } else if (precision === 'month_year' && m && /^\d{1,2}$/.test(m) && Number(m) >= 1 && Number(m) <= 12) {
          date = `${y}-${m.padStart(2, '0')}`;
        }
        s.dobs.push(date);
      }
    }

    const parties: Party[] = [];
    for (const [id, s] of subjects) {
      if (s.names.size === 0) {
        warnings.add('subjects without names skipped', id);
        continue;
      }
      const party = makeParty({
        source,
        sourceRef: id,
        schema: s.schema,
        names: s.names.names,
        birthDates: uniq(s.dobs),
        identifiers: s.unRef ? [{ type: 'un_reference', value: s.unRef }] : [],
        programs: [id.replace(/\d+$/, '')],
      });
      if (s.listedOn) party.listedOn = s.listedOn;
      parties.push(party);
    }
    return { format: 'uk-tables', sourceId: source, parties, warnings: warnings.list() };
  },
};
