/**
 * Control codes of the item lists exportctl holds, parsed and validated:
 *
 * - PRC Dual-use Items Export Control List (MOFCOM 2024 No. 51): digit field 0–9 + item type A–E +
 *   3 digits (`1C351`), sub-items `1B101.a.1`. Field 0 is "other items" (其他物项).
 * - EU Annex I of Regulation (EU) 2021/821: same grid, but category 0 is NUCLEAR materials,
 *   facilities and equipment; the first of the three digits names the regime (0 Wassenaar,
 *   1 MTCR, 2 NSG, 3 AG, 4 CWC).
 * - US Commerce Control List ECCNs (`3A001`, `0A501`, 600-series, 9x515) and `EAR99`.
 *
 * The category-0 trap: PRC `0xxxx` and EU `0xxxx` share the shape but not the meaning, so a code
 * beginning with 0 is never treated as the same item across the two lists (`sameCodeMeansSameGrid`).
 */

export type CodeScheme = 'prc' | 'eu' | 'us' | 'regime' | 'hs';

export interface Bilingual {
  zh: string;
  en: string;
}

/** PRC list fields (行业领域), 2024 No. 51. */
export const PRC_FIELDS: Readonly<Record<string, Bilingual>> = {
  '0': { zh: '其他物项', en: 'Other items' },
  '1': { zh: '特殊材料和相关设备、化学品、微生物和毒素', en: 'Special materials and related equipment, chemicals, micro-organisms and toxins' },
  '2': { zh: '材料加工', en: 'Materials processing' },
  '3': { zh: '电子', en: 'Electronics' },
  '4': { zh: '计算机', en: 'Computers' },
  '5': { zh: '电信和信息安全', en: 'Telecommunications and information security' },
  '6': { zh: '传感器和激光器', en: 'Sensors and lasers' },
  '7': { zh: '导航和航空电子', en: 'Navigation and avionics' },
  '8': { zh: '船舶', en: 'Marine' },
  '9': { zh: '航空航天和推进', en: 'Aerospace and propulsion' },
};

/** EU Annex I categories (Regulation (EU) 2021/821). Category 0 differs from the PRC field 0. */
export const EU_CATEGORIES: Readonly<Record<string, Bilingual>> = {
  ...PRC_FIELDS,
  '0': { zh: '核材料、设施和设备', en: 'Nuclear materials, facilities and equipment' },
  '1': { zh: '特殊材料和相关设备', en: 'Special materials and related equipment' },
};

/** US CCL categories (15 CFR Part 774 Supp. 1). */
export const US_CATEGORIES: Readonly<Record<string, Bilingual>> = {
  ...PRC_FIELDS,
  '0': { zh: '核材料、设施和设备及杂项', en: 'Nuclear materials, facilities and equipment [and miscellaneous items]' },
  '1': { zh: '特殊材料和相关设备、化学品、微生物和毒素', en: 'Special materials and related equipment, chemicals, "microorganisms" and "toxins"' },
};

/** Item types (物项类型) A–E, shared by the PRC, EU and US grids. */
export const ITEM_TYPES: Readonly<Record<string, Bilingual>> = {
  A: { zh: '系统、设备和部件', en: 'Systems, equipment and components' },
  B: { zh: '测试、检验和生产设备', en: 'Test, inspection and production equipment' },
  C: { zh: '材料', en: 'Materials' },
  D: { zh: '软件', en: 'Software' },
  E: { zh: '技术', en: 'Technology' },
};

/** EU Annex I: the first of the three digits names the regime the entry implements. */
export const EU_REGIME_BY_DIGIT: Readonly<Record<string, string>> = {
  '0': 'Wassenaar',
  '1': 'MTCR',
  '2': 'NSG',
  '3': 'AG',
  '4': 'CWC',
};

export interface GridCode {
  scheme: 'prc' | 'eu' | 'us';
  /** The full code as written, e.g. `1B101.a.1`. */
  code: string;
  /** The 5-character entry, e.g. `1B101`. */
  base: string;
  category: string;
  itemType: string;
  /** The three digits after the type letter. */
  number: string;
  /** Sub-item path below the entry: `['a', '1']` for `1B101.a.1`. */
  subItems: string[];
  categoryTitle: Bilingual;
  itemTypeTitle: Bilingual;
}

const GRID = /^([0-9])([A-E])([0-9]{3})((?:\.[a-z0-9]+)*)$/;
// US sub-paragraphs are lower-case in the CFR ("3A001.a.1"), like the PRC and EU lists.
const EAR99 = 'EAR99';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

function parseGrid(scheme: 'prc' | 'eu' | 'us', raw: string, categories: Readonly<Record<string, Bilingual>>): ParseResult<GridCode> {
  const code = raw.trim();
  const m = GRID.exec(code);
  if (!m) {
    const hint = /^[0-9][a-e][0-9]{3}/.test(code) ? ' (the item type letter is a capital A–E)' : /^[0-9][A-E][0-9]{3}(\.[A-Z])/.test(code) ? ' (sub-item letters are lower case, e.g. 1B101.a.1)' : '';
    return { ok: false, error: `"${raw}" is not a control code: expected digit + letter A–E + 3 digits, optionally with sub-items like 1B101.a.1${hint}` };
  }
  const [, category = '', itemType = '', number = '', rest = ''] = m;
  const categoryTitle = categories[category];
  const itemTypeTitle = ITEM_TYPES[itemType];
  if (!categoryTitle || !itemTypeTitle) return { ok: false, error: `"${raw}": unknown category ${category} or item type ${itemType}` };
  return {
    ok: true,
    value: { scheme, code, base: code.slice(0, 5), category, itemType, number, subItems: rest === '' ? [] : rest.slice(1).split('.'), categoryTitle, itemTypeTitle },
  };
}

/** PRC export control code (出口管制编码), e.g. `1C351`, `1B101.a.1`. */
export const parsePrcCode = (raw: string): ParseResult<GridCode> => parseGrid('prc', raw, PRC_FIELDS);

/** EU Annex I entry, e.g. `0A001` (nuclear reactors), `5A002.a`. */
export const parseEuCode = (raw: string): ParseResult<GridCode> => parseGrid('eu', raw, EU_CATEGORIES);

export interface Eccn extends GridCode {
  /** 600-series (munitions moved from the USML): third character 6, e.g. `0A606`, `9A610`. */
  series600: boolean;
  /** 9x515 spacecraft entries. */
  series515: boolean;
}

/** US ECCN (`3A001`, `0A501`, `9A515.a`) or `EAR99`. EAR99 returns `{ ear99: true }`. */
export function parseEccn(raw: string): ParseResult<Eccn | { ear99: true; code: 'EAR99' }> {
  if (raw.trim().toUpperCase() === EAR99) return { ok: true, value: { ear99: true, code: EAR99 } };
  const r = parseGrid('us', raw, US_CATEGORIES);
  if (!r.ok) return r;
  return { ok: true, value: { ...r.value, series600: r.value.number[0] === '6', series515: r.value.number === '515' } };
}

/**
 * The regime an EU Annex I entry implements, from its first number digit (0 Wassenaar, 1 MTCR,
 * 2 NSG, 3 AG, 4 CWC); undefined for other digits.
 */
export function euRegimeOf(code: GridCode): string | undefined {
  return code.scheme === 'eu' ? EU_REGIME_BY_DIGIT[code.number[0] ?? ''] : undefined;
}

/**
 * Whether a code written the same way in two grid lists may denote the same entry. Never for
 * category 0: PRC 0 = other items, EU 0 = nuclear, US 0 = nuclear and miscellaneous (incl. the
 * 0x5zz firearms and 600-series). Also never for US 600-series / 9x515 / 9xx unilateral entries,
 * which have no PRC or EU counterpart by number.
 */
export function sameCodeMeansSameGrid(a: GridCode, b: GridCode): boolean {
  if (a.category === '0' || b.category === '0') return false;
  for (const c of [a, b]) {
    if (c.scheme === 'us' && (c.number[0] === '5' || c.number[0] === '6' || c.number[0] === '9')) return false;
  }
  return true;
}

/** The parent of a dotted code (`1B101.a.1` → `1B101.a`, `1B101` → null). */
export function parentOfDotted(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** Validates a code against the list's scheme; regime and HS codes have their own light checks. */
export function validateCode(scheme: CodeScheme, code: string): string | undefined {
  switch (scheme) {
    case 'prc': {
      const r = parsePrcCode(code);
      return r.ok ? undefined : r.error;
    }
    case 'eu': {
      const r = parseEuCode(code);
      return r.ok ? undefined : r.error;
    }
    case 'us': {
      const r = parseEccn(code);
      return r.ok ? undefined : r.error;
    }
    case 'hs':
      return /^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10})$/.test(code) ? undefined : `"${code}" is not an HS code: expected 2, 4, 6, 8 or 10 digits`;
    case 'regime':
      return /^[A-Z][A-Za-z0-9.]*$/.test(code) ? undefined : `"${code}" is not a regime code: expected a capital letter followed by letters, digits and dots (e.g. N1A1, T1.1, M10A1)`;
  }
}
