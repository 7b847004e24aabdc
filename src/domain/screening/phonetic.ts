/**
 * Phonetic keys for Latin-script name tokens. Two keys:
 *
 * - `phoneticKey`: a spelling-variant key that merges the usual transliteration alternatives
 *   (ks/x, kh/h, ph/f, w/v, y/i/j, ts/tz/c, ou/u, double letters, final -iy/-yy …), so that
 *   "Rosoboroneksport" = "Rosoboronexport", "Dmitriy" = "Dmitry", "Mohammed" = "Muhamad" is close.
 * - `consonantSkeleton`: consonants only. Scripts that do not write short vowels (Arabic, Hebrew,
 *   Thai as transliterated) are compared on this key: محمد → "mhmd" = Mohamed → "mhmd".
 */

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/cks/g, 'x'],
  [/ks/g, 'x'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/sch/g, 'sh'],
  [/shch/g, 'sh'],
  [/tch/g, 'ch'],
  [/tsch/g, 'ch'],
  [/dj/g, 'j'],
  [/dzh/g, 'j'],
  [/zh/g, 'j'],
  [/tz/g, 'ts'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/(?:iy|yy|iyy|ij|ii)$/g, 'i'],
  [/y/g, 'i'],
  [/ie$/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

const CACHE_LIMIT = 200_000;
const phoneticCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Spelling-variant key of a folded Latin token. */
export function phoneticKey(token: string): string {
  const hit = phoneticCache.get(token);
  if (hit !== undefined) return hit;
  let s = token;
  for (const [re, to] of RULES) if (re.test(s)) s = s.replace(re, to);
  return remember(phoneticCache, token, s);
}

const VOWELS_AND_GLIDES = /[aeiouyw]/g;

/** Consonant skeleton of a folded Latin token (vowels, y, w and doubled letters removed). */
export function consonantSkeleton(token: string): string {
  const hit = skeletonCache.get(token);
  if (hit !== undefined) return hit;
  // Doubled letters are collapsed (by phoneticKey) before the vowels go, not after: David → "dd".
  const s = phoneticKey(token).replace(/v/g, 'w').replace(VOWELS_AND_GLIDES, '');
  return remember(skeletonCache, token, s);
}
