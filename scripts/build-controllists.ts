/**
 * Builds the bundled item lists in data/controllists/*.json (exportctl item-list files, schema 1)
 * and data/controllists/README.md from the seed data in ../shared/data/controllists (or the folder
 * given as the first argument). Rerunnable: the output depends only on the input files.
 *
 *   npx tsx scripts/build-controllists.ts [SOURCE_DIR]
 *
 * What is cleaned, and how each entry's verification status is set, is stated next to each list
 * below and in the generated README.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { parentOfDotted, parseEccn, parseEuCode, parsePrcCode, sameCodeMeansSameGrid, euRegimeOf, type GridCode } from '../src/domain/controllists/codes.ts';
import { type CrossRef, type Entry, EntryZ, type EntryInput, ITEM_LIST_FILE_SCHEMA, type ItemList, type ItemListFile, ItemListFileZ, checkEntries, verificationCounts } from '../src/domain/controllists/model.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/data/controllists'));
const OUT = path.join(repoRoot, 'data/controllists');

const HS_EDITION = 'HS2022';
const HS_LIST = 'hs-2022';
const EU_LIST = 'eu-annex-i';

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const csvRows = (file: string, columns: boolean): string[][] | Record<string, string>[] =>
  parse(fs.readFileSync(file), { bom: true, columns, skip_empty_lines: true, relax_column_count: true }) as string[][] | Record<string, string>[];
const csvObjects = (file: string): Record<string, string>[] => csvRows(file, true) as Record<string, string>[];
const csvArrays = (file: string): string[][] => csvRows(file, false) as string[][];

const entry = (e: EntryInput): Entry => EntryZ.parse(e);

interface Built {
  file: string;
  data: ItemListFile;
  /** Facts for the README: what was dropped or fixed. */
  facts: string[];
}

// ---------------------------------------------------------------- HS 2022
function buildHs(): { built: Built; subheadings: Set<string> } {
  const dir = 'datasets-harmonized-system';
  const file = path.join(SRC, dir, 'harmonized-system.csv');
  const rows = csvObjects(file);
  const entries: Entry[] = [];
  const subheadings = new Set<string>();
  for (const r of rows) {
    const code = r.hscode ?? '';
    if (code === 'TOTAL') continue;
    if (code.length === 6) subheadings.add(code);
    entries.push(
      entry({
        code,
        parentCode: r.parent === 'TOTAL' || !r.parent ? null : r.parent,
        title: { en: r.description },
        parameters: [{ name: 'section', value: r.section ?? '' }],
        verificationStatus: 'unverified',
      }),
    );
  }
  const list: ItemList = {
    id: HS_LIST,
    jurisdiction: 'INT',
    title: { zh: '商品名称及编码协调制度（2022年版）', en: 'Harmonized System nomenclature, 2022 edition' },
    kind: 'nomenclature',
    codeScheme: 'hs',
    announcement: 'WCO Harmonized System, 2022 edition',
    effectiveDate: '2022-01-01',
    source: { publisher: 'World Customs Organization (via UN Comtrade)', repo: 'datasets/harmonized-system', path: 'data/harmonized-system.csv', commit: 'a3e0d10b1091fb4f070f47c166f5cf32c28b1e5e', sha256: sha256(file), licence: 'ODC-PDDL-1.0' },
    completeness: 'complete',
    verificationNotes: [
      'All chapters, headings and 6-digit subheadings of HS 2022 from the UN Comtrade extraction; not checked against the WCO text entry by entry.',
      'National extensions (China 8/10-digit tariff codes) are not included.',
    ],
  };
  return { built: { file: 'hs-2022.json', data: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list, entries }, facts: [`${entries.length} codes (chapters, headings, subheadings); the "TOTAL" row is dropped`] }, subheadings };
}

// ---------------------------------------------------------------- EU Annex I
function buildEu(): Built {
  const dir = 'dkmcustoms-web-dual-use-v1';
  const file = path.join(SRC, dir, 'annex_i_en_2025-11.fields-subset.json');
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { code: string; label: string; depth: number }[] };
  const entries: Entry[] = [];
  let fragments = 0;
  for (const r of raw.entries) {
    if (r.depth !== 0) {
      fragments += 1;
      continue;
    }
    const parsed = parseEuCode(r.code);
    if (!parsed.ok) throw new Error(`EU Annex I: ${parsed.error}`);
    const regime = euRegimeOf(parsed.value);
    const continues = /:\s*$/.test(r.label);
    entries.push(
      entry({
        code: r.code,
        title: { en: r.label },
        regimes: regime ? [regime] : [],
        verificationStatus: 'machine_extracted',
        notes: continues ? ['The lead-in ends with "as follows:"; the sub-items are not in this extract.'] : [],
      }),
    );
  }
  const list: ItemList = {
    id: EU_LIST,
    jurisdiction: 'EU',
    title: { zh: '欧盟第2021/821号条例附件一（两用物项清单）', en: 'Regulation (EU) 2021/821, Annex I — list of dual-use items' },
    kind: 'control_list',
    codeScheme: 'eu',
    announcement: 'Regulation (EU) 2021/821 Annex I, consolidated text 2025-11-15 (last amendment: Delegated Regulation (EU) 2025/2003)',
    effectiveDate: '2025-11-15',
    source: { publisher: 'European Union (EUR-Lex), parsed by dkmcustoms-web/dual-use-v1', repo: 'dkmcustoms-web/dual-use-v1', path: 'data/annex_i_en_2025-11.json', commit: '2e697d033704b5cba5e7a3e857d51a84fc62821d', sha256: sha256(file), licence: 'EUR-Lex reuse with attribution (Commission Decision 2011/833/EU)', retrievedOn: '2025-11-15' },
    completeness: 'partial',
    verificationNotes: [
      'All 382 top-level entries (0A001 … 9E102) with their English lead-in text; sub-items (a., b., 1., …), notes and technical parameters are missing.',
      'Third-party parse of EUR-Lex; a sample of 10 lead-ins matched the regulation. Verify against EUR-Lex before relying on an entry.',
      'Regimes are derived from the first digit of the entry number (0 Wassenaar, 1 MTCR, 2 NSG, 3 AG, 4 CWC).',
      'Category 0 is nuclear materials, facilities and equipment — unlike PRC field 0 (other items).',
    ],
  };
  return { file: 'eu-annex-i-2025-11.json', data: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list, entries }, facts: [`${entries.length} top-level entries kept; ${fragments} "Note:" fragments mis-parsed as sub-items dropped`] };
}

// ---------------------------------------------------------------- PRC licence catalogue 2026

/**
 * HS codes the extraction put on the wrong row, where the correct row is certain (documented in
 * shared/data/controllists/README.md §4, "quality"): they are moved, and both rows become `cleaned`.
 */
const PRC_HS_MOVES: readonly { hs: string; from: string; to: string; why: string }[] = [
  { hs: '8112921010', from: '3C001.h', to: '3C002.a', why: 'germanium (HS 8112.92) belongs to 3C002.a metallic germanium, not 3C001.h gallium antimonide' },
  { hs: '8112921090', from: '3C001.h', to: '3C002.a', why: 'germanium (HS 8112.92) belongs to 3C002.a metallic germanium, not 3C001.h gallium antimonide' },
  { hs: '8112991000', from: '3C001.h', to: '3C002.a', why: 'germanium articles (HS 8112.99) belong to 3C002.a metallic germanium, not 3C001.h gallium antimonide' },
  { hs: '2617101000', from: '3C002.f', to: '3C003.a', why: 'antimony ore (HS 2617.10) belongs to 3C003.a antimony ores, not 3C002.f germanium tetrachloride' },
];

/** Rows whose HS list is known to be wrong but whose correct HS codes are not certain. */
const PRC_HS_DOUBTS: Readonly<Record<string, string>> = {
  '3C002.a': 'The HS list carries optical-element codes (9001/9002) that look shifted from another row; the correct codes for metallic germanium are not certain.',
};

interface PrcRow {
  目录类型: string;
  序号: number;
  管制编码: string | null;
  推荐产品名称: string;
  参考HS编码: string[];
}

function buildPrc(euCodes: Map<string, GridCode>, subheadings: Set<string>): Built {
  const dir = 'chycici-dual-use-export-control-catalog';
  const file = path.join(SRC, dir, '2026年度两用物项进出口许可证检索索引.fields-subset.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as PrcRow[];
  const kept: { code: GridCode; name: string; hs: string[]; notes: string[]; status: Entry['verificationStatus'] }[] = [];
  let importRows = 0;
  const junk: string[] = [];
  for (const r of rows) {
    if (r.目录类型 !== '出口') {
      importRows += 1;
      continue;
    }
    const parsed = r.管制编码 === null ? undefined : parsePrcCode(r.管制编码);
    if (!parsed?.ok) {
      junk.push(String(r.管制编码));
      continue;
    }
    kept.push({ code: parsed.value, name: r.推荐产品名称, hs: [...r.参考HS编码], notes: [], status: 'machine_extracted' });
  }
  const byCode = new Map(kept.map((k) => [k.code.code, k]));
  for (const m of PRC_HS_MOVES) {
    const from = byCode.get(m.from);
    const to = byCode.get(m.to);
    if (!from || !to || !from.hs.includes(m.hs)) throw new Error(`PRC HS correction ${m.hs} ${m.from} → ${m.to} no longer applies to the source data; review PRC_HS_MOVES`);
    from.hs = from.hs.filter((h) => h !== m.hs);
    if (!to.hs.includes(m.hs)) to.hs.push(m.hs);
    from.notes.push(`HS ${m.hs} moved to ${m.to}: ${m.why}.`);
    to.notes.push(`HS ${m.hs} moved here from ${m.from}: ${m.why}.`);
    from.status = 'cleaned';
    to.status = 'cleaned';
  }
  let unknownHs = 0;
  for (const k of kept) {
    const doubt = PRC_HS_DOUBTS[k.code.code];
    if (doubt) {
      k.notes.push(doubt);
      k.status = 'unverified';
    }
    if ((k.code.itemType === 'D' || k.code.itemType === 'E') && k.hs.length > 0) {
      k.notes.push('A software or technology entry carries goods HS codes; they are likely carried over from a neighbouring row of the PDF table.');
      k.status = 'unverified';
    }
    const unknown = k.hs.filter((h) => !subheadings.has(h.slice(0, 6)));
    if (unknown.length > 0) {
      unknownHs += unknown.length;
      k.notes.push(`HS ${unknown.join(', ')}: the 6-digit subheading is not in HS 2022; check the code against the official catalogue.`);
      k.status = 'unverified';
    }
  }
  const entries = kept.map((k) => {
    const crossRefs: CrossRef[] = k.hs.map((h) => ({ kind: 'indicative_hs', target: { list: HS_LIST, code: h }, hsEdition: HS_EDITION }));
    const eu = euCodes.get(k.code.base);
    if (eu && sameCodeMeansSameGrid(k.code, eu)) {
      crossRefs.push({ kind: 'identical_code', target: { list: EU_LIST, code: eu.code }, ...(k.code.subItems.length > 0 ? { note: 'same entry number; the EU extract has no sub-items' } : {}) });
    }
    return entry({
      code: k.code.code,
      parentCode: parentOfDotted(k.code.code),
      title: k.name ? { zh: k.name } : {},
      verificationStatus: k.status,
      notes: k.notes,
      crossRefs,
    });
  });
  const list: ItemList = {
    id: 'cn-dual-use-licence-catalogue',
    jurisdiction: 'CN',
    title: { zh: '两用物项和技术进出口许可证管理目录（2026年）出口部分', en: 'Catalogue of Dual-use Items and Technologies Subject to Import and Export Licence Administration (2026), export part' },
    kind: 'licence_catalogue',
    codeScheme: 'prc',
    announcement: '商务部 海关总署 《两用物项和技术进出口许可证管理目录》2026年版（keyed to the Dual-use Items Export Control List, MOFCOM Announcement 2024 No. 51）',
    source: { publisher: 'MOFCOM / GACC, machine-extracted by chycici/dual-use-export-control-catalog', repo: 'chycici/dual-use-export-control-catalog', path: 'skills/dual-use-export-control-catalog/data/2026年度两用物项进出口许可证检索索引.json', commit: '823ecadf0205f5e0cbfa3ba3209feb45ca0c00c2', sha256: sha256(file), licence: 'none stated; PRC government notice' },
    completeness: 'partial',
    verificationNotes: [
      'Control code ↔ reference HS code index of the 2026 licence catalogue (export part), from a third-party PDF extraction; verify against the official catalogue.',
      'Titles are the extraction\'s "推荐产品名称" (recommended product name) and are often wrong (text fragments or names from another table); they are not the control list\'s item names.',
      'HS codes are references only: an item that matches a control description needs a licence even if its HS code is not listed.',
      'PRC field 0 is "other items" — it is not EU category 0 (nuclear); no cross-reference is made for field 0.',
      'The import part (152 rows, no control codes) is not included.',
    ],
  };
  return {
    file: 'cn-dual-use-licence-catalogue-2026.json',
    data: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list, entries },
    facts: [
      `${entries.length} export rows with a well-formed control code kept; ${junk.length} export rows with junk codes dropped (${[...new Set(junk)].slice(0, 8).join(', ')}, …); ${importRows} import rows dropped`,
      `${PRC_HS_MOVES.length} HS codes moved to their certain row (${[...new Set(PRC_HS_MOVES.flatMap((m) => [m.from, m.to]))].join(', ')}); ${Object.keys(PRC_HS_DOUBTS).length} row(s) marked unverified for a doubtful HS list`,
      `${kept.filter((k) => (k.code.itemType === 'D' || k.code.itemType === 'E') && k.hs.length > 0).length} software/technology rows carrying goods HS codes marked unverified`,
      `${unknownHs} HS references whose 6-digit subheading is not in HS 2022 (their rows are marked unverified)`,
    ],
  };
}

// ---------------------------------------------------------------- US CCL

/** `1.00E+02` → `1E002`; undefined when the mantissa or exponent does not make an ECCN. */
function recoverScientific(raw: string): string | undefined {
  const m = /^([1-9])\.00E\+(\d{1,3})$/.exec(raw);
  if (!m) return undefined;
  const code = `${m[1]}E${(m[2] ?? '').padStart(3, '0')}`;
  return parseEccn(code).ok ? code : undefined;
}

function reasonsByEccn(): Map<string, string[]> {
  const file = path.join(SRC, 'waynehacking8-eccn-agent/ccl_parsed_checked.json');
  const cats = JSON.parse(fs.readFileSync(file, 'utf8')) as { product_groups: { eccn: { code: string; details: string }[] }[] }[];
  const out = new Map<string, string[]>();
  for (const c of cats) {
    for (const g of c.product_groups) {
      for (const e of g.eccn) {
        const m = /Reason for Control:\*?\s*([^\n]*)/.exec(e.details);
        if (m?.[1]) out.set(e.code, m[1].split(/,\s*/).map((s) => s.trim()).filter((s) => /^[A-Z]{2,3}$/.test(s)));
      }
    }
  }
  return out;
}

function buildUs(euCodes: Map<string, GridCode>): Built {
  const file = path.join(SRC, 'gajendrasharma-github-RAG_Based_ECCN_Classifier/eccn.csv');
  const rows = csvObjects(file);
  const byId = new Map(rows.map((r) => [Number(r.derived_ecn_no), r]));
  const reasons = reasonsByEccn();
  const found = new Map<string, { description: string; recovered?: string }>();
  let recovered = 0;
  let unrecoverable = 0;
  let duplicates = 0;
  for (const r of rows) {
    const raw = r.ecn_number ?? '';
    let code: string | undefined;
    let how: string | undefined;
    if (/^[0-9][A-E][0-9]{3}$/.test(raw)) code = raw;
    else if (raw.includes('E+')) {
      code = recoverScientific(raw);
      if (code) how = `code recovered from the spreadsheet-mangled "${raw}"`;
      else {
        // Category 0 technology entries all became 0.00E+00: recover from a child such as 0E614.A.
        const kids = (r.children_list ?? '').match(/\d+/g) ?? [];
        const childCodes = new Set(kids.map((k) => byId.get(Number(k))?.ecn_number ?? '').map((c) => /^([0-9]E[0-9]{3})\./.exec(c)?.[1]).filter((c): c is string => c !== undefined));
        const only = childCodes.size === 1 ? [...childCodes][0] : undefined;
        if (only) {
          code = only;
          how = `code recovered from its sub-paragraphs (the row's code was mangled to "${raw}")`;
        }
      }
      if (code) recovered += 1;
      else unrecoverable += 1;
    }
    if (!code) continue;
    if (found.has(code)) {
      duplicates += 1;
      continue;
    }
    found.set(code, { description: (r.description_en ?? '').trim(), ...(how ? { recovered: how } : {}) });
  }
  const entries: Entry[] = [entry({ code: 'EAR99', title: { en: 'Items subject to the EAR that are not elsewhere specified in any CCL category' }, verificationStatus: 'machine_extracted' })];
  for (const [code, f] of [...found].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parsed = parseEccn(code);
    if (!parsed.ok || 'ear99' in parsed.value) throw new Error(`US CCL: ${code} did not parse`);
    const eu = euCodes.get(code);
    const crossRefs: CrossRef[] = eu && sameCodeMeansSameGrid(parsed.value, eu) ? [{ kind: 'identical_code', target: { list: EU_LIST, code } }] : [];
    entries.push(
      entry({
        code,
        title: f.description ? { en: f.description } : {},
        reasons: reasons.get(code) ?? [],
        verificationStatus: f.recovered ? 'cleaned' : 'machine_extracted',
        notes: f.recovered ? [`${f.recovered}.`] : [],
        crossRefs,
      }),
    );
  }
  const withReasons = entries.filter((e) => e.reasons.length > 0).length;
  const list: ItemList = {
    id: 'us-ccl',
    jurisdiction: 'US',
    title: { zh: '美国商业管制清单（ECCN）', en: 'US Commerce Control List (15 CFR Part 774 Supp. 1), ECCNs' },
    kind: 'control_list',
    codeScheme: 'us',
    announcement: '15 CFR Part 774, Supplement No. 1 (eCFR text of 2025, incl. the Dec 2024 and Jan 2025 entries)',
    source: { publisher: 'US Department of Commerce BIS (eCFR), extracted by gajendrasharma-github/RAG_Based_ECCN_Classifier and waynehacking8/eccn-agent', repo: 'gajendrasharma-github/RAG_Based_ECCN_Classifier', path: 'Upload_Github/data/eccn.csv', commit: 'b3a5e4989bf9fa5dd486936d30d8acfefa7a0077', sha256: sha256(file), licence: 'US government work (public domain)' },
    completeness: 'partial',
    verificationNotes: [
      'ECCN headings of all ten categories; the sub-paragraphs (a., b., …), licence exceptions and country-chart columns are not included.',
      `Reasons for control are present only for categories 3–5 (${withReasons} ECCNs, from waynehacking8/eccn-agent commit 6aa086a13e39d1976c8029a10605319fce453e24).`,
      'Technology ECCNs whose codes a spreadsheet turned into numbers ("1.00E+02") were recovered where the code is certain and are marked cleaned.',
      'The AI-diffusion entry 4E091 (Jan 2025) was announced as rescinded in May 2025.',
      'Category 0 (nuclear and miscellaneous, incl. 0x5zz firearms) is not the EU or PRC category 0; 600-series, 9x515 and 9xx entries have no EU counterpart by number.',
    ],
  };
  return { file: 'us-ccl.json', data: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list, entries }, facts: [`${entries.length - 1} ECCNs + EAR99; ${recovered} mangled E-codes recovered, ${unrecoverable} unrecoverable rows dropped, ${duplicates} duplicate rows dropped`, `${withReasons} ECCNs with reasons for control (categories 3–5)`] };
}

// ---------------------------------------------------------------- regime lists (UK LITE skeletons)
function buildRegime(id: string, files: string[], title: { zh: string; en: string }, regime: string, note: string): Built {
  const entries: Entry[] = [];
  const facts: string[] = [];
  const sources: string[] = [];
  for (const f of files) {
    const file = path.join(SRC, 'uktrade-lite-api', f);
    sources.push(`${f} (sha256 ${sha256(file).slice(0, 12)}…)`);
    const stack: string[] = [];
    for (const row of csvArrays(file)) {
      const [code = '', status = '', depthText = '', , category] = row;
      const depth = Number(depthText);
      stack.length = Math.max(0, Math.min(stack.length, depth));
      // Each depth level names its parent by the code one level up, when the file has it.
      const parent = [...stack].reverse().find((c) => code.startsWith(c) && c !== code) ?? null;
      entries.push(
        entry({
          code,
          parentCode: parent,
          regimes: [regime],
          parameters: category ? [{ name: 'category', value: category }] : [],
          verificationStatus: 'unverified',
          notes: status === 'PARENT' ? ['Grouping node (not itself selectable in UK LITE).'] : [],
        }),
      );
      stack[depth] = code;
    }
  }
  facts.push(`${entries.length} codes from ${files.join(', ')}; codes only, no item texts`);
  const list: ItemList = {
    id,
    jurisdiction: 'INT',
    title,
    kind: 'regime_list',
    codeScheme: 'regime',
    source: { publisher: 'UK Department for Business and Trade (LITE regime entries)', repo: 'uktrade/lite-api', path: `api/staticdata/regimes/migrations/data/ (${sources.join('; ')})`, licence: 'MIT' },
    completeness: 'partial',
    verificationNotes: [note, 'Codes only, as the UK licensing system tags goods with them; no item texts. Not checked against the regime\'s published list.'],
  };
  return { file: `${id}.json`, data: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list, entries }, facts };
}

// ---------------------------------------------------------------- output
function validate(b: Built): void {
  const parsed = ItemListFileZ.parse(b.data);
  const problems = checkEntries(parsed.list.codeScheme, parsed.entries);
  if (problems.length > 0) throw new Error(`${b.file}: ${problems.slice(0, 5).map((p) => `entry ${p.index + 1} ${p.field}: ${p.message}`).join('; ')}`);
}

function readme(built: Built[]): string {
  const lines = [
    '# Bundled item lists (control lists, regime lists, HS)',
    '',
    'Generated by `npx tsx scripts/build-controllists.ts` from `../shared/data/controllists/` (see its README for',
    'the upstream repositories, commits and licences). Do not edit the JSON by hand: change the script and rerun it.',
    'Each file is an exportctl item-list file (schema 1) that `exportctl items import` reads; an administrator',
    'imports the official full text later through the same importer, as a new version of the same list id.',
    '',
    'None of these lists is an official publication. Every entry carries a verification status:',
    '`verified` (checked against the official text — none yet), `cleaned` (machine-extracted, then corrected where',
    'the correction is certain), `machine_extracted` (third-party extraction, not checked entry by entry),',
    '`unverified` (taken as published by a third party without checking, or a known doubt that could not be fixed).',
    '',
    '| file | list id | kind | completeness | entries | verified | cleaned | machine_extracted | unverified |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const b of built) {
    const c = verificationCounts(b.data.entries);
    lines.push(`| \`${b.file}\` | \`${b.data.list.id}\` | ${b.data.list.kind} | **${b.data.list.completeness}** | ${b.data.entries.length} | ${c.verified} | ${c.cleaned} | ${c.machine_extracted} | ${c.unverified} |`);
  }
  for (const b of built) {
    const l = b.data.list;
    lines.push('', `## ${l.id} — ${l.title.en ?? l.title.zh ?? ''}`, '');
    if (l.title.zh) lines.push(`${l.title.zh}`, '');
    lines.push(`- source: ${l.source.publisher}${l.source.repo ? `; \`${l.source.repo}\` \`${l.source.path ?? ''}\`` : ''}${l.source.commit ? ` @ \`${l.source.commit}\`` : ''}`);
    if (l.announcement) lines.push(`- instrument: ${l.announcement}`);
    if (l.effectiveDate) lines.push(`- effective / consolidation date: ${l.effectiveDate}`);
    lines.push(`- licence: ${l.source.licence ?? 'not stated'}`, `- completeness: **${l.completeness}**`);
    for (const f of b.facts) lines.push(`- build: ${f}`);
    for (const n of l.verificationNotes) lines.push(`- note: ${n}`);
  }
  lines.push('', '`manifest.json` names the files `ensureBundledItemLists` imports on first start.', '');
  return lines.join('\n');
}

/** The list header pretty-printed, then one entry per line: compact, and diffs stay readable. */
function serialise(f: ItemListFile): string {
  const entries = f.entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n');
  return `{\n "schemaVersion": ${f.schemaVersion},\n "list": ${JSON.stringify(f.list, null, 2).replace(/\n/g, '\n ')},\n "entries": [\n${entries}\n ]\n}\n`;
}

function main(): void {
  if (!fs.existsSync(SRC)) throw new Error(`seed data folder not found: ${SRC}`);
  const { built: hs, subheadings } = buildHs();
  const eu = buildEu();
  const euCodes = new Map<string, GridCode>();
  for (const e of eu.data.entries) {
    const p = parseEuCode(e.code);
    if (p.ok) euCodes.set(e.code, p.value);
  }
  const built = [
    buildPrc(euCodes, subheadings),
    eu,
    buildUs(euCodes),
    buildRegime('nsg-dual-use', ['NSG_Dual_use.csv'], { zh: '核供应国集团两用物项清单（第二部分）编号', en: 'NSG Part 2 dual-use list, item numbers' }, 'NSG', 'NSG Guidelines Part 2 (dual-use) numbering as used in UK LITE (N…).'),
    buildRegime('nsg-trigger-list', ['NSG_Potential_trigger_list.csv'], { zh: '核供应国集团触发清单（第一部分）编号', en: 'NSG Part 1 trigger list, item numbers' }, 'NSG', 'NSG Guidelines Part 1 (trigger list) numbering as used in UK LITE (T…).'),
    buildRegime('mtcr-annex', ['MTCR_Cat_1_regimes.csv', 'MTCR_Cat_2_regimes.csv'], { zh: '导弹及其技术控制制度附件编号', en: 'MTCR Equipment, Software and Technology Annex, item numbers' }, 'MTCR', 'MTCR Annex Category I and II item numbering as used in UK LITE (M…).'),
    hs,
  ];
  fs.mkdirSync(OUT, { recursive: true });
  for (const b of built) {
    validate(b);
    fs.writeFileSync(path.join(OUT, b.file), serialise(b.data));
  }
  fs.writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify({ files: built.map((b) => ({ list: b.data.list.id, path: b.file })) }, null, 2)}\n`);
  fs.writeFileSync(path.join(OUT, 'README.md'), readme(built));
  for (const b of built) process.stdout.write(`${b.file}: ${b.data.entries.length} entries\n`);
}

main();
