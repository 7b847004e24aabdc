/**
 * Text normalisation for names: Unicode NFKC, case and diacritics folding, punctuation, honorifics
 * and the "LAST, First" order in which many lists file people.
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Letters a diacritic-stripping decomposition does not reach. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', ĸ: 'k',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
/** Apostrophes and similar marks that join a word (O'Brien, Xi'an, Ma'ruf) are dropped, not spaced. */
const JOINING_MARKS = /['’‘`´ʻʼʹʿʾ]/g;
/** Everything that is not a letter or digit in any script becomes a space. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** NFKC, lower case, diacritics removed, joining marks dropped, punctuation collapsed to single spaces. */
export function foldText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(JOINING_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Folded words of a text. */
export function words(input: string): string[] {
  const folded = foldText(input);
  return folded === '' ? [] : folded.split(' ');
}

/** Honorifics and titles that carry no identifying information in a person's name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'sheikh', 'shaikh', 'sheik', 'haji', 'hajji', 'hadji', 'mullah', 'mulla', 'maulana', 'maulvi', 'mawlawi',
  'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'brigadier',
  'admiral', 'adm', 'sergeant', 'sgt', 'commander', 'cmdr', 'rev', 'reverend', 'father', 'imam', 'ayatollah',
  'herr', 'frau', 'monsieur', 'mme', 'madame', 'senor', 'sr', 'sra', 'don', 'dona', 'gospodin', 'hon', 'honorable',
  'president', 'prasident', 'presidente', 'minister', 'premier', 'senator', 'ambassador', 'king', 'prince', 'princess', 'emir',
  'jr', 'junior', 'senior', 'ii', 'iii',
]);

/**
 * Reorders a name written "LAST, First" into "First LAST". Applies only when there is exactly one
 * comma with a non-empty part on each side, and the part after the comma is not a legal form or
 * other company suffix (that test is the caller's: pass `isSuffix`).
 */
export function reorderLastFirst(name: string, isSuffix: (tail: string) => boolean): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = [parts[0]?.trim() ?? '', parts[1]?.trim() ?? ''];
  if (last === '' || first === '' || isSuffix(first)) return name;
  return `${first} ${last}`;
}
