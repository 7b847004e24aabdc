/**
 * UN Security Council Consolidated List XML (CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL and
 * ENTITIES / ENTITY), read as a stream. Alias QUALITY "Good" / "a.k.a." → alias, "Low" → weak,
 * "f.k.a." → former; NAME_ORIGINAL_SCRIPT → original; REFERENCE_NUMBER is the source reference,
 * UN_LIST_TYPE the programme, dateGenerated the publication date.
 */
import { invalidInput } from '../../domain/errors.ts';
import { makeParty, type Identifier, type NameKind, type Party } from '../../domain/lists/party.ts';
import { parsePartialDate } from './dates.ts';
import { baseName, displayPath, readHead } from './files.ts';
import { identifier, NameSet, toCountries, uniq, Warnings } from './partyParts.ts';
import type { ListImporter } from './types.ts';
import { childrenNamed, childText, childValues, walkXml, type XmlNode } from './xmlRecords.ts';

const ALIAS_KIND: Record<string, NameKind> = { good: 'alias', 'a.k.a.': 'alias', low: 'weak', 'f.k.a.': 'former' };

const DOC_TYPE: Record<string, string> = {
  passport: 'passport',
  'national identification number': 'national_id',
  'identification number': 'national_id',
};

function birthDates(node: XmlNode, prefix: string): string[] {
  const out: string[] = [];
  for (const d of childrenNamed(node, `${prefix}_DATE_OF_BIRTH`)) {
    for (const t of [childText(d, 'DATE'), childText(d, 'YEAR'), childText(d, 'FROM_YEAR'), childText(d, 'TO_YEAR')]) {
      const p = t ? parsePartialDate(t) : undefined;
      if (p) out.push(p);
    }
  }
  return uniq(out);
}

function address(a: XmlNode): string | undefined {
  const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'].map((n) => childText(a, n)).filter((s): s is string => s !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function toParty(node: XmlNode, source: string, file: string, warnings: Warnings): Party {
  const isPerson = node.name === 'INDIVIDUAL';
  const prefix = node.name;
  const ref = childText(node, 'REFERENCE_NUMBER') ?? childText(node, 'DATAID');
  if (!ref) throw invalidInput('missing REFERENCE_NUMBER and DATAID', { file, line: node.line, element: node.name });
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(node, n))
    .filter((s): s is string => s !== undefined)
    .join(' ');
  if (!primary) throw invalidInput(`${node.name} ${ref} has no name`, { file, line: node.line, element: 'FIRST_NAME' });
  const names = new NameSet();
  names.add(primary, 'primary');
  for (const a of childrenNamed(node, `${prefix}_ALIAS`)) {
    const value = childText(a, 'ALIAS_NAME');
    if (!value) continue;
    const q = (childText(a, 'QUALITY') ?? 'Good').toLowerCase();
    const kind = ALIAS_KIND[q];
    if (!kind) throw invalidInput(`unknown alias QUALITY "${q}"`, { file, line: a.line, element: 'QUALITY' });
    names.add(value, kind);
  }
  names.add(childText(node, 'NAME_ORIGINAL_SCRIPT'), 'original');

  const countryNames = [...childValues(node, 'NATIONALITY'), ...childrenNamed(node, `${prefix}_ADDRESS`).map((a) => childText(a, 'COUNTRY') ?? '')];
  const { codes, unknown } = toCountries(countryNames.filter((c) => c !== ''));
  for (const u of unknown) warnings.add('unknown country name', u);

  const identifiers: Identifier[] = [];
  for (const d of childrenNamed(node, `${prefix}_DOCUMENT`)) {
    const number = childText(d, 'NUMBER');
    if (!number) continue;
    const typeText = childText(d, 'TYPE_OF_DOCUMENT') ?? '';
    const type = DOC_TYPE[typeText.toLowerCase()] ?? 'other';
    const note = [type === 'other' ? typeText : undefined, childText(d, 'TYPE_OF_DOCUMENT2'), childText(d, 'NOTE')].filter((s) => s).join('; ');
    const id = identifier(type, number, childText(d, 'ISSUING_COUNTRY') ?? childText(d, 'COUNTRY_OF_ISSUE'), note || undefined);
    if (id) identifiers.push(id);
  }

  const listedRaw = childText(node, 'LISTED_ON');
  const listedOn = listedRaw ? parsePartialDate(listedRaw) : undefined;
  if (listedRaw && !listedOn) throw invalidInput(`unparseable date "${listedRaw}"`, { file, line: node.children.find((c) => c.name === 'LISTED_ON')?.line ?? node.line, element: 'LISTED_ON' });
  const program = childText(node, 'UN_LIST_TYPE');
  const party = makeParty({
    source,
    sourceRef: ref,
    schema: isPerson ? 'Person' : 'Organization',
    names: names.names,
    countries: codes,
    addresses: uniq(childrenNamed(node, `${prefix}_ADDRESS`).map(address).filter((s): s is string => s !== undefined)),
    birthDates: isPerson ? birthDates(node, prefix) : [],
    identifiers,
    programs: program ? [program] : [],
    lists: childValues(node, 'LIST_TYPE'),
  });
  if (listedOn) party.listedOn = listedOn;
  const remarks = childText(node, 'COMMENTS1');
  if (remarks) party.remarks = remarks;
  return party;
}

export const unImporter: ListImporter = {
  format: 'un-xml',
  async recognise(paths) {
    const out = [];
    for (const p of paths) {
      if (!baseName(p).endsWith('.xml')) continue;
      if ((await readHead(p, 2048)).includes('<CONSOLIDATED_LIST')) out.push({ format: 'un-xml' as const, sourceId: 'un-sc', files: [p] });
    }
    return out;
  },
  async parse(set, sourceId) {
    const file = set.files[0];
    if (!file) throw invalidInput('no file given', {});
    const shown = displayPath(file);
    const source = sourceId ?? set.sourceId;
    const parties: Party[] = [];
    const warnings = new Warnings();
    const walk = await walkXml(file, new Set(['INDIVIDUAL', 'ENTITY']), (node) => parties.push(toParty(node, source, shown, warnings)));
    if (walk.rootName !== 'CONSOLIDATED_LIST') throw invalidInput(`expected root element CONSOLIDATED_LIST, found ${walk.rootName}`, { file: shown, line: 1, element: walk.rootName ?? '' });
    const generated = walk.rootAttrs['dateGenerated'];
    const publishedOn = generated ? parsePartialDate(generated.slice(0, 10)) : undefined;
    return { format: 'un-xml', sourceId: source, parties, warnings: warnings.list(), ...(publishedOn ? { publishedOn } : {}) };
  },
};
