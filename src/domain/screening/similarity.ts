/**
 * String similarity measures used by the token scorer. Jaro-Winkler is implemented here (rather
 * than taken from a library) so its prefix and boost settings are visible and fixed.
 */
import { distance } from 'fastest-levenshtein';

/** Jaro similarity of two strings, 0..1. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 1 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const aMatched = new Uint8Array(la);
  const bMatched = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (bMatched[j] === 0 && b.charCodeAt(j) === ca) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler with the standard prefix scale 0.1 over at most 4 characters, boost above 0.7. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j < 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** 1 − edit distance / longer length, 0..1. */
export function levenshteinRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - distance(a, b) / longest;
}

/**
 * Similarity of two name tokens, 0..1, driven by the number of edits: one edit in a long token
 * is a likely spelling variant (Scholz / Scholze), two or three edits in a mid-length token
 * usually another name (Federer / Federman, Castro / Castillo). Each edit costs 0.6 / length + 0.03
 * of the longer token; a transposition counts as one edit.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let d = distance(a, b);
  if (d >= 2 && a.length === b.length) d = Math.min(d, transpositionDistance(a, b));
  const perEdit = 0.6 / longest + 0.03;
  return Math.max(0, 1 - d * perEdit);
}

/** Edit count when adjacent transpositions count once (same-length strings only, cheap approximation). */
function transpositionDistance(a: string, b: string): number {
  let edits = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i]) {
      edits++;
      i++;
    } else edits++;
  }
  return edits;
}
