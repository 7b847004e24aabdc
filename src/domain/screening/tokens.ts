/**
 * Name analysis: a name becomes one or more variants (its folded Latin form, and the
 * transliterations of non-Latin script), each a list of typed tokens. Company legal forms and
 * industry words are recognised (in any language of the dictionaries) and folded to canonical
 * keys, honorifics are dropped, particles and initials are marked so the scorer can weight them.
 */
import { foldText, HONORIFICS, reorderLastFirst } from './normalise.ts';
import { LEGAL_FORM_PHRASES } from './legalForms.ts';
import { INDUSTRY_WORDS } from './industryWords.ts';
import { analyseChineseOrgName, isChineseName, type ChineseOrgPart } from './chineseNames.ts';
import { ABJAD_SCRIPTS, pinyinSyllables, simplifiedChinese, transliterate, type Script } from './transliterate.ts';
import { consonantSkeleton, phoneticKey } from './phonetic.ts';

export type TokenKind = 'word' | 'legal' | 'industry' | 'particle' | 'number' | 'initial';
export type NameMode = 'person' | 'org';

export interface NameToken {
  /** The folded surface text (for an industry phrase: its words, e.g. "science and technology"). */
  text: string;
  /** Comparison key: canonical key for legal forms and industry words, else the folded text. */
  key: string;
  kind: TokenKind;
  /** Spelling-variant key (phonetic.ts). */
  phon: string;
  /** Consonant skeleton of the key (phonetic.ts). */
  skel: string;
}

export interface NameVariant {
  /** Folded text of the variant (space-joined token texts). */
  text: string;
  tokens: NameToken[];
  /** Script of the original text this variant was transliterated from ('latin' if none). */
  script: Script | 'latin';
  /** Set when the variant is a transliteration: a note like "zh→pinyin: 成都 → cheng du". */
  transliteration?: string;
  /** Compare on consonant skeletons (abjad scripts). */
  skeleton: boolean;
  /** The mode the name was analysed in. */
  mode: NameMode;
  /** For names written in Chinese characters: the simplified characters (compared directly when both sides have them). */
  hanzi?: string;
  /**
   * For a Chinese organisation name analysed into parts: the characters of its trade name ('' when
   * it has none, e.g. 中国电子科技集团公司). Two such names are compared on these characters.
   */
  hanziTrade?: string;
  /** For the Latin reading of a Chinese organisation name: the pinyin of its trade name, joined. */
  tradeLatin?: string;
}

interface Phrase {
  words: string[];
  key: string;
  kind: 'legal' | 'industry';
}

const ORG_PHRASES = new Map<string, Phrase[]>();
function addPhrase(text: string, key: string, kind: Phrase['kind']): void {
  const ws = text.split(' ');
  const first = ws[0];
  if (first === undefined) return;
  const list = ORG_PHRASES.get(first) ?? [];
  list.push({ words: ws, key, kind });
  ORG_PHRASES.set(first, list);
}
for (const [phrase, canonical] of LEGAL_FORM_PHRASES) addPhrase(phrase, canonical, 'legal');
for (const w of INDUSTRY_WORDS) {
  for (const en of w.en) addPhrase(en, w.key, 'industry');
  for (const py of w.pinyin) addPhrase(py, w.key, 'industry');
  // Pinyin written one syllable per word ("Ke Ji", "Dian Zi").
  for (const zh of w.zh) if (zh.length > 1) addPhrase(pinyinSyllables(zh).join(' '), w.key, 'industry');
  addPhrase(w.key, w.key, 'industry');
}
for (const list of ORG_PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

const ORG_PARTICLES: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'des', 'del', 'y', 'e', 'et', 'und', 'in', 'on', 'at', 'a', 'an', 'al', 'el', 'da', 'di', 'do', 'dlya', 'i', 'po', 'na', 'imeni']);
const PERSON_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'ul', 'y', 'e']);
const DIGITS = /^\d+$/;

/** "a b c" → "abc": dotted acronyms (A.B.C., U.S.) become one word in organisation names. */
function joinLetterRuns(ws: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of ws) {
    if (w.length === 1 && /[a-z]/.test(w)) {
      run += w;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    out.push(w);
  }
  if (run !== '') out.push(run);
  // A lone letter stays a word of its own.
  return out;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.flatMap((w, i) => (w === '' ? [] : [[w, i * 10] as const]))]);

/** English number words become digits ("forty four" → "44", "three" → "3"). */
function numberWords(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const n = NUMBER_WORDS.get(w);
    if (n === undefined || ws.length === 1) {
      out.push(w);
      continue;
    }
    const next = NUMBER_WORDS.get(ws[i + 1] ?? '');
    if (n >= 20 && n % 10 === 0 && next !== undefined && next > 0 && next < 10) {
      out.push(String(n + next));
      i++;
    } else out.push(String(n));
  }
  return out;
}

const LEGAL_PHRASE_SET = new Set(LEGAL_FORM_PHRASES.map(([p]) => p));
const isLegalSuffix = (tail: string): boolean => LEGAL_PHRASE_SET.has(foldText(tail));

function makeToken(text: string, key: string, kind: TokenKind): NameToken {
  return { text, key, kind, phon: kind === 'word' ? phoneticKey(key) : key, skel: kind === 'word' ? consonantSkeleton(key) : '' };
}

/** Tokens of a folded Latin text in the given mode. */
export function tokenise(folded: string, mode: NameMode): NameToken[] {
  const ws = numberWords(mode === 'org' ? joinLetterRuns(folded === '' ? [] : folded.split(' ')) : folded === '' ? [] : folded.split(' '));
  const out: NameToken[] = [];
  for (let i = 0; i < ws.length; ) {
    const w = ws[i] ?? '';
    if (mode === 'org') {
      const phrase = ORG_PHRASES.get(w)?.find((p) => p.words.every((pw, k) => ws[i + k] === pw));
      // A phrase that is the whole name is the name itself ("Energy", "Group"), not a descriptor.
      if (phrase !== undefined && !(phrase.words.length === ws.length && phrase.kind === 'industry')) {
        const text = phrase.words.join(' ');
        if (phrase.kind === 'legal') for (const k of phrase.key.split(' ')) out.push(makeToken(k, k, 'legal'));
        else out.push(makeToken(text, phrase.key, 'industry'));
        i += phrase.words.length;
        continue;
      }
    }
    if (DIGITS.test(w)) out.push(makeToken(w, w, 'number'));
    else if (mode === 'person' && HONORIFICS.has(w) && ws.length > 2) {
      /* dropped */
    } else if ((mode === 'person' ? PERSON_PARTICLES : ORG_PARTICLES).has(w) && ws.length > 1) out.push(makeToken(w, w, 'particle'));
    else if (mode === 'person' && w.length === 1 && ws.length > 1) out.push(makeToken(w, w, 'initial'));
    else out.push(makeToken(w, w, 'word'));
    i++;
  }
  return out;
}

function variantOf(folded: string, mode: NameMode, script: Script | 'latin', transliteration?: string): NameVariant {
  const tokens = tokenise(folded, script === 'han' ? 'person' : mode);
  const v: NameVariant = { text: folded, tokens, script, skeleton: script !== 'latin' && ABJAD_SCRIPTS.has(script), mode };
  if (transliteration !== undefined) v.transliteration = transliteration;
  return v;
}

function chineseOrgVariant(parts: ChineseOrgPart[], pinyinPlaces: boolean, note: string): NameVariant {
  const tokens: NameToken[] = [];
  for (const p of parts) {
    if (p.role === 'legal') for (const k of p.latin.split(' ')) tokens.push(makeToken(k, k, 'legal'));
    else if (p.role === 'industry') tokens.push(makeToken(p.latin, p.latin, 'industry'));
    else for (const w of foldText(pinyinPlaces ? p.pinyin : p.latin).split(' ')) tokens.push(makeToken(w, w, 'word'));
  }
  const text = [...new Set(tokens.map((t) => t.text))].join(' ');
  return { text, tokens, script: 'han', transliteration: note, skeleton: false, mode: 'org' };
}

/**
 * All variants of a name. Latin names give one variant; other scripts give one per transliteration,
 * and Chinese organisation names an extra variant built from their place / trade name / industry /
 * legal-form analysis.
 */
export function analyseName(name: string, mode: NameMode): NameVariant[] {
  // "Al-Qa'ida/Islamic Army": a slash between names lists alternatives (not "A/S", "s/o");
  // "Rosoboronexport OJSC (ROE)": a bracketed part is an acronym or another name.
  let alternatives = name.split('/').map((p) => p.trim());
  if (!(alternatives.length > 1 && alternatives.every((p) => p.replace(/[^\p{L}]/gu, '').length >= 3))) alternatives = [];
  const bracket = /^(.*?)[(（]([^)）]+)[)）](.*)$/u.exec(name);
  if (alternatives.length === 0 && bracket !== null) {
    // Only an acronym in brackets is an alternative name; "(Hong Kong)", "(Asia)" name a branch.
    const outside = `${bracket[1] ?? ''} ${bracket[3] ?? ''}`.trim();
    const inside = (bracket[2] ?? '').replace(/\./g, '').trim();
    if (/^\p{Lu}{3,}$/u.test(inside) && outside.replace(/[^\p{L}]/gu, '').length >= 2) alternatives = [outside, inside];
  }
  if (alternatives.length > 0) {
    const all = analyseSingleName(name, mode);
    const seen = new Set(all.map((v) => v.text));
    for (const alt of alternatives) for (const v of analyseSingleName(alt, mode)) if (!seen.has(v.text)) {
      seen.add(v.text);
      all.push(v);
    }
    return all;
  }
  return analyseSingleName(name, mode);
}

function analyseSingleName(name: string, mode: NameMode): NameVariant[] {
  const variants: NameVariant[] = [];
  const seen = new Set<string>();
  const add = (v: NameVariant) => {
    if (v.tokens.length === 0 || seen.has(v.text)) return;
    seen.add(v.text);
    variants.push(v);
  };
  const translits = transliterate(name);
  if (translits.length === 0) {
    // "PUTIN, Vladimir" reads "vladimir putin" (the scorer is order-insensitive; this is for display).
    const ordered = mode === 'person' ? reorderLastFirst(name, isLegalSuffix) : name;
    add(variantOf(foldText(ordered), mode, 'latin'));
    return variants;
  }
  let hanziTrade: string | undefined;
  if (mode === 'org') {
    const parts = analyseChineseOrgName(name);
    if (parts !== null) {
      hanziTrade = parts.filter((p) => p.role === 'trade').map((p) => p.zh).join('');
      const note = `zh→en: ${name} → ${parts.map((p) => `${p.zh}=${p.latin} (${p.role})`).join(' / ')}`;
      const tradeLatin = parts.filter((p) => p.role === 'trade').map((p) => foldText(p.pinyin).replace(/ /g, '')).join('');
      const withTrade = (v: NameVariant): NameVariant => ({ ...v, tradeLatin });
      add(withTrade(chineseOrgVariant(parts, false, note)));
      if (parts.some((p) => p.role === 'place' && p.latin !== p.pinyin)) add(withTrade(chineseOrgVariant(parts, true, note)));
    }
  }
  // Personal names in Chinese characters: surname + joined given name only; the one-token-per-
  // syllable reading serves organisation names written in split pinyin.
  const used = mode === 'person' && translits[0]?.script === 'han' ? translits.slice(0, 1) : translits;
  for (const t of used) add(variantOf(foldText(t.text), mode, t.script, t.note));
  if (isChineseName(name)) {
    const hanzi = simplifiedChinese(name.replace(/[\s()（）·・-]/g, ''));
    for (const v of variants) if (v.script === 'han') {
      v.hanzi = hanzi;
      if (hanziTrade !== undefined) v.hanziTrade = hanziTrade;
    }
  }
  // Mixed-script names ("ZALA Aero ООО") keep their Latin letters through the transliteration.
  return variants;
}

