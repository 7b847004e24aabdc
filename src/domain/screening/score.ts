/**
 * The pairwise name scorer: best pairing of name parts, order-insensitive, each part weighted by
 * its kind (legal forms and industry words low) and its rarity; unmatched parts lower the score,
 * those of the query more than those of the listed name.
 */
import type { NameToken, NameVariant, TokenKind } from './tokens.ts';
import { consonantSkeleton, phoneticKey } from './phonetic.ts';
import { tokenSimilarity } from './similarity.ts';
import { distance } from 'fastest-levenshtein';
import { CHINESE_PLACE_WORDS } from './chineseNames.ts';

/** A unit of comparison: one token, or adjacent tokens joined ("zhong guo" ↔ "zhongguo"). */
interface Unit {
  text: string;
  key: string;
  phon: string;
  skel: string;
  kind: TokenKind;
  tokens: NameToken[];
}

export interface PairedToken {
  query: string;
  listed: string | null;
  score: number;
  weight: number;
  note?: string;
}

export interface NameScore {
  score: number;
  tokens: PairedToken[];
}

/** Tunable constants of the scorer. */
export const SCORER = {
  /** Token similarity below this is no match at all. */
  minTokenSimilarity: 0.8,
  /**
   * Weight of an unmatched query / listed part when the other side is fully matched (extra name
   * parts). People carry optional middle names and patronymics; an extra word in an organisation
   * name more often names a different organisation (a subsidiary, a branch).
   */
  unmatchedQueryWeight: { person: 0.4, org: 0.7 },
  unmatchedListedWeight: { person: 0.3, org: 0.5 },
  /** Weight of unmatched parts when both sides have some: the names conflict (Al-Mosuli / Al-Qaduli). */
  conflictWeight: 1.2,
  kindWeight: { word: 1, number: 1, initial: 0.35, particle: 0.15, industry: 0.35, legal: 0.12 } satisfies Record<TokenKind, number>,
  phoneticSimilarity: 0.94,
  skeletonSimilarity: 0.88,
  shortSkeletonSimilarity: 0.8,
  latinSkeletonSimilarity: 0.82,
  initialSimilarity: 0.8,
  prefixSimilarity: 0.82,
  hanziEditCost: 0.25,
  /** Per letter edit between the pinyin of a Chinese query's trade name and the listed trade name. */
  tradeEditCost: 0.12,
  syllablePenalty: 0.06,
  /** Adjacent parts joined ("ji sung") pair with a word ("jisong") at this similarity or above. */
  fuzzyJoinSimilarity: 0.85,
  /** A matched pair at or above this similarity counts as firm evidence. */
  firmSimilarity: 0.85,
} as const;

/** Kinds that identify (as opposed to initials, particles and legal forms). */
const CONTENT: ReadonlySet<TokenKind> = new Set(['word', 'number', 'industry']);
const SYLLABIC: ReadonlySet<string> = new Set(['han', 'hangul']);
const MERGEABLE: ReadonlySet<TokenKind> = new Set(['word', 'industry', 'particle', 'initial']);

/** Phonetic keys of joined runs recur across candidates and queries: kept in a bounded memo. */
const PHON_MEMO = new Map<string, string>();
const PHON_MEMO_MAX = 50_000;
function cachedPhoneticKey(text: string): string {
  let k = PHON_MEMO.get(text);
  if (k === undefined) {
    if (PHON_MEMO.size >= PHON_MEMO_MAX) PHON_MEMO.clear();
    k = phoneticKey(text);
    PHON_MEMO.set(text, k);
  }
  return k;
}

function unitOf(t: NameToken): Unit {
  return { text: t.text, key: t.key, phon: t.phon, skel: t.skel, kind: t.kind, tokens: [t] };
}

/**
 * Units of `side`, joining runs of 2–4 adjacent mergeable tokens whose concatenation equals a word
 * of `other` (exactly or phonetically).
 */
function units(side: readonly NameToken[], other: readonly NameToken[], skeleton: boolean): Unit[] {
  let maxTarget = 0;
  for (const t of other) if (t.kind === 'word' && t.key.length > maxTarget) maxTarget = t.key.length;
  const out: Unit[] = [];
  for (let i = 0; i < side.length; ) {
    let merged: Unit | null = null;
    if (maxTarget >= 3) {
      for (let n = Math.min(4, side.length - i); n >= 2 && merged === null; n--) {
        let text = '';
        let ok = true;
        for (let k = i; k < i + n; k++) {
          const t = side[k] as NameToken;
          if (!MERGEABLE.has(t.kind)) {
            ok = false;
            break;
          }
          text += t.text.indexOf(' ') >= 0 ? t.text.replace(/ /g, '') : t.text;
        }
        if (!ok || text.length > maxTarget + 2) continue;
        const first = text[0];
        if (!other.some((t) => t.kind === 'word' && (t.key[0] === first || skeleton))) continue;
        const phon = cachedPhoneticKey(text);
        const skel = skeleton ? consonantSkeleton(text) : '';
        for (const t of other) {
          if (t.kind !== 'word' || t.key.length < 3) continue;
          const same =
            t.key === text ||
            t.phon === phon ||
            (skel.length >= 3 && t.skel === skel) ||
            (text.length >= 5 && Math.abs(text.length - t.key.length) <= 2 && tokenSimilarity(text, t.key) >= SCORER.fuzzyJoinSimilarity);
          if (same) {
            merged = { text, key: text, phon, skel: consonantSkeleton(text), kind: 'word', tokens: side.slice(i, i + n) };
            break;
          }
        }
      }
    }
    if (merged !== null) {
      out.push(merged);
      i += merged.tokens.length;
    } else {
      const t = side[i];
      if (t !== undefined) out.push(unitOf(t));
      i++;
    }
  }
  return out;
}

interface NoteOut {
  note: string | undefined;
}

function similarity(q: Unit, l: Unit, skeleton: boolean, syllabic: boolean, out: NoteOut): number {
  out.note = undefined;
  if (q.key === l.key) {
    if (q.kind === 'legal' || l.kind === 'legal') { out.note = 'legal form'; return 1; }
    if (q.kind === 'industry' || l.kind === 'industry') { out.note = q.text === l.text ? 'industry word' : 'industry word (equivalent)'; return 1; }
    if (q.tokens.length > 1 || l.tokens.length > 1) out.note = 'joined';
    return 1;
  }
  if (q.kind === 'number' || l.kind === 'number') return 0;
  if (q.kind === 'legal' || l.kind === 'legal') return 0;
  if (q.kind === 'initial' || l.kind === 'initial') {
    if (q.key[0] === l.key[0] && (q.kind === 'initial' ? l.key.length > 1 : q.key.length > 1)) { out.note = 'initial'; return SCORER.initialSimilarity; }
    return 0;
  }
  if (q.kind === 'industry' && l.kind === 'industry') return 0;
  let best = tokenSimilarity(q.key, l.key);
  // One changed letter in a short romanised syllable is another name (yang / ying, feng / fang).
  if (syllabic && best < 1 && Math.min(q.key.length, l.key.length) <= 6) best -= SCORER.syllablePenalty;
  let note: string | undefined;
  if (q.tokens.length > 1 || l.tokens.length > 1) note = 'joined';
  if (best < 1 && q.phon === l.phon && q.phon.length >= 2) {
    if (SCORER.phoneticSimilarity > best) {
      best = SCORER.phoneticSimilarity;
      note = 'phonetic';
    }
  } else if (best < 0.95) {
    const ph = tokenSimilarity(q.phon, l.phon) * 0.97;
    if (ph > best + 0.02) {
      best = ph;
      note = 'phonetic';
    }
  }
  if (best < SCORER.skeletonSimilarity) {
    const qs = q.skel;
    const ls = l.skel;
    if (qs === ls) {
      if (skeleton && (qs.length >= 2 || (qs.length === 1 && Math.max(q.key.length, l.key.length) <= 3))) {
        best = qs.length >= 3 ? SCORER.skeletonSimilarity : SCORER.shortSkeletonSimilarity;
        note = 'consonants';
      } else if (qs.length >= 3 && best < SCORER.latinSkeletonSimilarity && q.key[0] === l.key[0]) {
        best = SCORER.latinSkeletonSimilarity;
        note = 'consonants';
      }
    }
  }
  if (best < SCORER.prefixSimilarity && !syllabic) {
    const [short, long] = q.key.length <= l.key.length ? [q.key, l.key] : [l.key, q.key];
    if (short.length >= 3 && long.length >= short.length + 2 && long.startsWith(short)) {
      best = SCORER.prefixSimilarity;
      note = 'abbreviation';
    }
  }
  if (best < SCORER.minTokenSimilarity) return 0;
  out.note = note;
  return best;
}

/** True when a query word that is not a place (a trade-name part) was paired. */
function tradeMatched(qu: readonly Unit[], qMatch: Int32Array): boolean {
  for (let i = 0; i < qu.length; i++) {
    const u = qu[i] as Unit;
    if ((qMatch[i] as number) >= 0 && u.kind === 'word' && !CHINESE_PLACE_WORDS.has(u.key)) return true;
  }
  return false;
}

export type TokenWeight = (t: NameToken) => number;

function unitWeight(u: Unit, weightOf: TokenWeight): number {
  if (u.tokens.length === 1) return weightOf(u.tokens[0] as NameToken);
  let max = 0;
  for (const t of u.tokens) max = Math.max(max, weightOf(t));
  return max;
}

/**
 * Scores a query variant against a listed variant. With `explain`, also returns the token-by-token
 * pairing (only worth building for reported hits).
 */
export function scoreVariants(query: NameVariant, listed: NameVariant, weightOf: TokenWeight, explain = false): NameScore {
  const skeleton = query.skeleton || listed.skeleton;
  const qu = units(query.tokens, listed.tokens, skeleton);
  const lu = units(listed.tokens, query.tokens, skeleton);
  // Romanised Chinese and Korean names are syllables: "jian" is not an abbreviation of "jianshu".
  const syllabic = SYLLABIC.has(query.script) || SYLLABIC.has(listed.script);
  const nq = qu.length;
  const nl = lu.length;
  const qw = new Float64Array(nq);
  const lw = new Float64Array(nl);
  for (let i = 0; i < nq; i++) qw[i] = unitWeight(qu[i] as Unit, weightOf);
  for (let j = 0; j < nl; j++) lw[j] = unitWeight(lu[j] as Unit, weightOf);

  const sims = new Float64Array(nq * nl);
  const notes: Array<string | undefined> | null = explain ? new Array<string | undefined>(nq * nl) : null;
  const out: NoteOut = { note: undefined };
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < nl; j++) {
      const v = similarity(qu[i] as Unit, lu[j] as Unit, skeleton, syllabic, out);
      sims[i * nl + j] = v;
      if (notes !== null) notes[i * nl + j] = out.note;
    }
  }
  // Greedy best pairing: highest similarity first (ties: heavier pair first); each part used once.
  const qMatch = new Int32Array(nq).fill(-1);
  const lUsed = new Uint8Array(nl);
  for (let round = Math.min(nq, nl); round > 0; round--) {
    let bi = -1;
    let bj = -1;
    let bs = 0;
    let br = 0;
    for (let i = 0; i < nq; i++) {
      if (qMatch[i] !== -1) continue;
      for (let j = 0; j < nl; j++) {
        if (lUsed[j] === 1) continue;
        const v = sims[i * nl + j] as number;
        if (v <= 0) continue;
        const r = v * ((qw[i] as number) + (lw[j] as number));
        if (v > bs || (v === bs && r > br)) {
          bs = v;
          br = r;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    qMatch[bi] = bj;
    lUsed[bj] = 1;
  }

  let num = 0;
  let den = 0;
  let qOpen = false;
  let lOpen = false;
  let numberOpen = false;
  for (let i = 0; i < nq; i++) {
    const j = qMatch[i] as number;
    if (j >= 0) {
      const w = (qw[i] as number) + (lw[j] as number);
      num += (sims[i * nl + j] as number) * w;
      den += w;
    } else {
      const k = (qu[i] as Unit).kind;
      if (k === 'number') numberOpen = true;
      else if (k !== 'particle' && k !== 'legal') qOpen = true;
    }
  }
  for (let j = 0; j < nl; j++) {
    if (lUsed[j] === 1) continue;
    const k = (lu[j] as Unit).kind;
    if (k === 'number') numberOpen = true;
    else if (k !== 'particle' && k !== 'legal') lOpen = true;
  }
  // Unmatched parts on both sides mean the names conflict; a number without its partner
  // (Vessel 5 / Vessel 6, Company 23) is a conflict too.
  // A query of several name parts of which at most one found a firm partner is not an extra-parts
  // case but a conflict ("George Santos" ≠ "George", "David Rivera" ≠ "David R. Stilwell").
  let qContent = 0;
  for (let i = 0; i < nq; i++) if (CONTENT.has((qu[i] as Unit).kind)) qContent++;
  let firm = 0;
  for (let i = 0; i < nq; i++) {
    const j = qMatch[i] as number;
    if (j >= 0 && (sims[i * nl + j] as number) >= SCORER.firmSimilarity && CONTENT.has((qu[i] as Unit).kind) && CONTENT.has((lu[j] as Unit).kind)) firm++;
  }
  const conflict = (qOpen && lOpen) || numberOpen || (qContent >= 2 && firm < 2 && (qOpen || lOpen));
  const qExtra = conflict ? SCORER.conflictWeight : SCORER.unmatchedQueryWeight[query.mode];
  let lExtra: number = conflict ? SCORER.conflictWeight : SCORER.unmatchedListedWeight[query.mode];
  // One word of a longer organisation name ("China" → "China Telecom Corporation") is not a match.
  if (query.mode === 'org' && firm <= 1 && lOpen) {
    let lContent = 0;
    for (let j = 0; j < nl; j++) if (CONTENT.has((lu[j] as Unit).kind)) lContent++;
    if (lContent >= 2) lExtra = Math.max(lExtra, SCORER.conflictWeight);
  }
  for (let i = 0; i < nq; i++) if ((qMatch[i] as number) < 0) den += (qw[i] as number) * qExtra;
  for (let j = 0; j < nl; j++) if (lUsed[j] !== 1) den += (lw[j] as number) * lExtra;
  let score = den === 0 ? 0 : num / den;
  // Two personal names in Chinese characters: homophones (高石 / 高市) share their pinyin, so the
  // characters themselves bound the score.
  if (query.mode === 'person' && query.hanzi !== undefined && listed.hanzi !== undefined && query.hanzi !== listed.hanzi) {
    const d = distance(query.hanzi, listed.hanzi);
    score = Math.min(score, Math.max(0, 1 - d * SCORER.hanziEditCost));
  }
  // Two organisation names in Chinese characters: the trade name (华为 / 华阳, 大疆百旺 / 百旺) tells
  // them apart; place, industry word and legal form are shared by many companies.
  if (query.mode === 'org' && listed.mode === 'org' && query.hanziTrade !== undefined && listed.hanziTrade !== undefined && query.hanziTrade !== listed.hanziTrade) {
    const d = distance(query.hanziTrade, listed.hanziTrade);
    score = Math.min(score, Math.max(0, 1 - d * SCORER.hanziEditCost));
  }
  // A query in Chinese characters against a Latin listed name: the query is a complete registered
  // name, so once its trade name has found a partner, the listed words other than places, industry
  // words and legal forms are the listed trade name and must spell the query's (美亚中星 ≠ Meiya
  // Zhongmin, 百旺 ≠ Dajiang Baiwang). A trade name without a partner already scores low.
  if (query.tradeLatin !== undefined && query.tradeLatin !== '' && listed.script === 'latin' && tradeMatched(qu, qMatch)) {
    let trade = '';
    for (const t of listed.tokens) if (t.kind === 'word' && !CHINESE_PLACE_WORDS.has(t.key)) trade += t.key;
    if (trade !== query.tradeLatin) score = Math.min(score, Math.max(0, 1 - distance(trade, query.tradeLatin) * SCORER.tradeEditCost));
  }
  if (!explain) return { score, tokens: [] };

  const tokens: PairedToken[] = [];
  for (let i = 0; i < nq; i++) {
    const u = qu[i] as Unit;
    const j = qMatch[i] as number;
    if (j < 0) {
      tokens.push(withNote({ query: u.text, listed: null, score: 0, weight: round3(qw[i] as number) }, kindNote(u.kind)));
    } else {
      const l = lu[j] as Unit;
      const note = notes?.[i * nl + j] ?? kindNote(u.kind);
      tokens.push(withNote({ query: u.text, listed: l.text, score: round3(sims[i * nl + j] as number), weight: round3((qw[i] as number) + (lw[j] as number)) }, note));
    }
  }
  for (let j = 0; j < nl; j++) {
    if (lUsed[j] === 1) continue;
    const l = lu[j] as Unit;
    tokens.push(withNote({ query: '', listed: l.text, score: 0, weight: round3(lw[j] as number) }, listedOnlyNote(l.kind)));
  }
  return { score, tokens };
}

function listedOnlyNote(kind: TokenKind): string {
  const k = kindNote(kind);
  return k === undefined ? 'listed only' : `listed only, ${k}`;
}

function kindNote(kind: TokenKind): string | undefined {
  switch (kind) {
    case 'legal':
      return 'legal form';
    case 'industry':
      return 'industry word';
    case 'particle':
      return 'particle';
    case 'initial':
      return 'initial';
    default:
      return undefined;
  }
}

function withNote(t: PairedToken, note: string | undefined): PairedToken {
  if (note !== undefined) t.note = note;
  return t;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
