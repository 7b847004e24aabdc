/**
 * Analysis of Chinese organisation names into place, trade name, industry words and legal form:
 * 成都嘉石科技有限公司 → 成都 (place, Chengdu) / 嘉石 (trade name, Jiashi) / 科技 (industry,
 * technology) / 有限公司 (legal form, co ltd). Each part gets the Latin form an English-language
 * list would use, so a Chinese query can be matched token by token against an English-listed name.
 */
import { CHINESE_LEGAL_FORMS } from './legalForms.ts';
import { CHINESE_PLACES, CHINESE_PLACES_ENGLISH, INDUSTRY_WORDS } from './industryWords.ts';
import { pinyinSyllables, simplifiedChinese } from './transliterate.ts';

export type ChineseOrgRole = 'place' | 'trade' | 'industry' | 'legal';

export interface ChineseOrgPart {
  zh: string;
  role: ChineseOrgRole;
  /** Latin form as an English-language list writes it (English word for places/industry/legal, pinyin for trade names). */
  latin: string;
  /** Pinyin of the part, syllables joined. */
  pinyin: string;
}

const INDUSTRY_BY_ZH = new Map<string, string>();
for (const w of INDUSTRY_WORDS) for (const zh of w.zh) INDUSTRY_BY_ZH.set(zh, w.key);
const INDUSTRY_MAX_LEN = Math.max(...[...INDUSTRY_BY_ZH.keys()].map((k) => k.length));
const PLACES_BY_LENGTH = [...CHINESE_PLACES].sort((a, b) => b.length - a.length);
const ADMIN_SUFFIXES = ['省', '市', '区', '县', '自治区'];
const HAN_ONLY = /^[\p{Script=Han}]+$/u;

const joinedPinyin = (zh: string): string => pinyinSyllables(zh).join('');

/** Latin forms of the places (pinyin, joined, and usual English names, folded words). */
export const CHINESE_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...CHINESE_PLACES.map(joinedPinyin),
  ...Object.values(CHINESE_PLACES_ENGLISH).flatMap((e) => [e.replace(/ /g, ''), ...e.split(' ')]),
]);

/** True for a name made only of Han characters (after removing spaces and brackets). */
export function isChineseName(name: string): boolean {
  return HAN_ONLY.test(name.replace(/[\s()（）·・-]/g, ''));
}

/**
 * Splits a Chinese organisation name into parts. Returns null when the name is not all Han
 * characters or has no organisation structure (no legal form, industry word or place was found).
 */
export function analyseChineseOrgName(input: string): ChineseOrgPart[] | null {
  if (!isChineseName(input)) return null;
  let rest = simplifiedChinese(input.replace(/[\s()（）·・-]/g, ''));
  const head: ChineseOrgPart[] = [];
  const tail: ChineseOrgPart[] = [];

  for (const [suffix, canonical] of CHINESE_LEGAL_FORMS) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      tail.push({ zh: suffix, role: 'legal', latin: canonical, pinyin: joinedPinyin(suffix) });
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }

  // Places at the head, possibly nested (四川省成都市 …), each optionally followed by 省/市/区.
  for (let guard = 0; guard < 3; guard++) {
    const place = PLACES_BY_LENGTH.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (place === undefined) break;
    let zh = place;
    const after = rest.slice(place.length);
    const admin = ADMIN_SUFFIXES.find((s) => after.startsWith(s) && after.length > s.length);
    if (admin !== undefined) zh += admin;
    head.push({ zh, role: 'place', latin: CHINESE_PLACES_ENGLISH[place] ?? joinedPinyin(place), pinyin: joinedPinyin(place) });
    rest = rest.slice(zh.length);
  }

  // Forward maximum matching of industry words; single-character words only at the very end.
  const middle: ChineseOrgPart[] = [];
  let trade = '';
  const flushTrade = () => {
    if (trade !== '') middle.push({ zh: trade, role: 'trade', latin: joinedPinyin(trade), pinyin: joinedPinyin(trade) });
    trade = '';
  };
  let i = 0;
  while (i < rest.length) {
    let matched: string | undefined;
    for (let len = Math.min(INDUSTRY_MAX_LEN, rest.length - i); len >= 1; len--) {
      const piece = rest.slice(i, i + len);
      if (len === 1 && i + 1 !== rest.length) continue;
      if (INDUSTRY_BY_ZH.has(piece)) {
        matched = piece;
        break;
      }
    }
    if (matched === undefined) {
      trade += rest[i] ?? '';
      i++;
      continue;
    }
    flushTrade();
    middle.push({ zh: matched, role: 'industry', latin: INDUSTRY_BY_ZH.get(matched) ?? matched, pinyin: joinedPinyin(matched) });
    i += matched.length;
  }
  flushTrade();

  const parts = [...head, ...middle, ...tail];
  if (!parts.some((p) => p.role !== 'trade')) return null;
  return parts;
}
