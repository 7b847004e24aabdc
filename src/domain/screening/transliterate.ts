/**
 * Transliteration of non-Latin names to Latin: Chinese (simplified and traditional, via pinyin),
 * Cyrillic (Russian / Ukrainian rules with the variants English-language lists use), Korean,
 * Japanese kana, Greek, Arabic, Hebrew, Thai and any other script (any-ascii).
 */
import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

export type Script = 'latin' | 'han' | 'cyrillic' | 'hangul' | 'kana' | 'greek' | 'arabic' | 'hebrew' | 'thai' | 'other';

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['han', /\p{Script=Han}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
];
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

/** The non-Latin scripts present in a text (empty when it is all Latin / digits / punctuation). */
export function scriptsOf(text: string): Script[] {
  if (!NON_LATIN_LETTER.test(text)) return [];
  const found: Script[] = [];
  for (const [script, re] of SCRIPT_TESTS) if (re.test(text)) found.push(script);
  return found.length > 0 ? found : ['other'];
}

/** Scripts written without short vowels: their transliterations are compared on consonants. */
export const ABJAD_SCRIPTS: ReadonlySet<Script> = new Set(['arabic', 'hebrew', 'thai']);

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Traditional Chinese characters converted to simplified ones. */
export function simplifiedChinese(text: string): string {
  return toSimplified(text);
}

/** Pinyin syllables (tone marks dropped) of each Han character; other characters pass through. */
export function pinyinSyllables(text: string): string[] {
  return pinyin(simplifiedChinese(text), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const RUSSIAN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

/** Russian transliteration (BGN/PCGN-like, as most English-language sanctions lists write names). */
export function russianLatin(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += RUSSIAN[ch] ?? ch;
  return out;
}

/** Variants English-language lists use for Russian names: ks → x, -iy/-yy → -y, -ev → -yev … */
export function russianVariants(latin: string): string[] {
  const variants = new Set<string>([latin]);
  const x = latin.replace(/ks/g, 'x');
  variants.add(x);
  const endings = (s: string) => s.replace(/(?:iy|yy|ij|ii)\b/g, 'y');
  variants.add(endings(latin));
  variants.add(endings(x));
  return [...variants];
}

const KOREAN_SURNAMES: Readonly<Record<string, string>> = {
  김: 'kim', 이: 'lee', 박: 'park', 최: 'choi', 정: 'jung', 강: 'kang', 조: 'cho', 윤: 'yoon', 장: 'jang', 임: 'lim',
  한: 'han', 오: 'oh', 서: 'seo', 신: 'shin', 권: 'kwon', 황: 'hwang', 안: 'ahn', 송: 'song', 류: 'ryu', 홍: 'hong',
  리: 'ri', 노: 'roh', 문: 'moon', 양: 'yang', 손: 'son', 배: 'bae', 백: 'baek', 허: 'heo', 남: 'nam', 심: 'shim',
};

/** A Korean or Chinese personal name as words: a one-word name splits into surname + given name. */
function nameWords(words: string[], isSurname: (w: string) => number): string[][] {
  if (words.length !== 1) return words.map((w) => [w]);
  const w = words[0] ?? '';
  const n = isSurname(w);
  const chars = [...w];
  if (chars.length < 2 || chars.length > 4 || n === 0) return [[w]];
  return [[chars.slice(0, n).join('')], [chars.slice(n).join('')]];
}

/**
 * Korean names: Revised Romanisation and a McCune–Reischauer-like variant (k/t/p initials, o/u for
 * eo/eu, customary surname spellings). The syllables of a given name stay together ("jeongeun");
 * the scorer joins split listed spellings ("Jong Un").
 */
export function koreanVariants(text: string): string[] {
  const words = nameWords(
    text.split(/\s+/).filter((w) => w !== ''),
    () => 1,
  ).map((w) => w[0] ?? '');
  const rr = words.map((w) => [...w].map((ch) => anyAscii(ch).toLowerCase()).join('')).join(' ');
  const mr = words
    .map((w) => {
      const chars = [...w];
      if (chars.length === 1 && KOREAN_SURNAMES[w] !== undefined) return KOREAN_SURNAMES[w];
      return chars
        .map((ch) =>
          anyAscii(ch)
            .toLowerCase()
            .replace(/^g/, 'k')
            .replace(/^d/, 't')
            .replace(/^b/, 'p')
            .replace(/eo/g, 'o')
            .replace(/eu/g, 'u'),
        )
        .join('');
    })
    .join(' ');
  return rr === mr ? [rr] : [rr, mr];
}

const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木', '西门']);

/**
 * A Chinese personal name in pinyin as English-language lists write it: surname, then the given
 * name's syllables joined ("习近平" → "xi jinping").
 */
export function chinesePersonPinyin(text: string): string {
  const words = simplifiedChinese(text).split(/[\s·・]+/).filter((w) => w !== '');
  if (words.length !== 1) return words.map((w) => pinyinSyllables(w).join('')).join(' ');
  const w = words[0] ?? '';
  // Syllables read in the context of the whole name (多音字), then grouped.
  const syllables = pinyinSyllables(w);
  const chars = [...w];
  if (chars.length < 2 || chars.length > 4 || syllables.length !== chars.length) return syllables.join('');
  const n = COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) && chars.length >= 3 ? 2 : 1;
  return `${syllables.slice(0, n).join('')} ${syllables.slice(n).join('')}`;
}

export interface Transliteration {
  /** Latin text, not yet folded. */
  text: string;
  script: Script;
  /** e.g. "ru→latin: Рособоронэкспорт → rosoboronexport" */
  note: string;
}

/**
 * Latin renderings of a name written (partly) in a non-Latin script. Chinese personal names come
 * out as one token per syllable; Chinese organisation names are analysed separately
 * (chineseNames.ts). Returns [] for Latin-script input.
 */
export function transliterate(text: string): Transliteration[] {
  const scripts = scriptsOf(text);
  if (scripts.length === 0) return [];
  const out: Transliteration[] = [];
  const push = (t: string, script: Script, label: string) => {
    const clean = t.replace(/\s+/g, ' ').trim();
    if (clean !== '' && !out.some((o) => o.text === clean)) out.push({ text: clean, script, note: `${label}: ${text} → ${clean}` });
  };
  const primary = scripts[0] ?? 'other';
  if (primary === 'han') {
    push(chinesePersonPinyin(text), 'han', 'zh→pinyin');
    push(pinyinSyllables(text).join(' '), 'han', 'zh→pinyin');
  } else if (primary === 'cyrillic') {
    for (const v of russianVariants(russianLatin(text))) push(v, 'cyrillic', 'ru→latin');
    push(anyAscii(text), 'cyrillic', 'cyrillic→latin');
  } else if (primary === 'hangul') {
    for (const v of koreanVariants(text)) push(v, 'hangul', 'ko→latin');
  } else {
    push(anyAscii(text), primary, `${primary}→latin`);
  }
  return out;
}
