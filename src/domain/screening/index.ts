/**
 * The in-memory candidate index: every name of every party, analysed once into variants, with
 * postings by token key, spelling-variant key, joined adjacent tokens and consonant skeleton, and a
 * trigram index over the token vocabulary for typo-tolerant lookup. Token rarity (entity frequency)
 * gives the IDF-style weights the scorer uses so that common names do not flood the results.
 */
import type { NameKind, Party } from '../lists/party.ts';
import { analyseName, type NameMode, type NameToken, type NameVariant } from './tokens.ts';
import { consonantSkeleton } from './phonetic.ts';
import { tokenSimilarity } from './similarity.ts';
import { SCORER } from './score.ts';

export interface IndexedName {
  entity: number;
  /** Position of the name in party.names. */
  nameIndex: number;
  kind: NameKind;
  mode: NameMode;
  variant: NameVariant;
}

/**
 * Per-query cache of the names each query token reaches, so the person and organisation readings
 * of a schema-less query share their index lookups.
 */
export type CandidateCache = Map<string, { ids: number[]; scores: number[] }>;

export interface ScreeningIndex {
  readonly size: number;
  get(entityId: string): Party | undefined;
  /** Parties in index order. */
  readonly parties: readonly Party[];
  readonly names: readonly IndexedName[];
  /** Names worth scoring for the query variants, best first (at most `limit`). */
  candidates(variants: readonly NameVariant[], mode: NameMode | null, limit: number, accept?: (p: Party) => boolean, cache?: CandidateCache): number[];
  /** Weight of a token for scoring (kind × rarity). */
  weight(token: NameToken): number;
}

/** Mode a party's names are analysed in. */
export function modeOf(p: Party): NameMode {
  return p.schema === 'Person' ? 'person' : 'org';
}

const MIN_FUZZY_LENGTH = 4;
const FUZZY_MIN_SIMILARITY = 0.8;
/** Prior pseudo-count of entities, so rarity weights stay sane on tiny indexes. */
const IDF_PRIOR = 1000;

/** Surface text of a token without spaces, as it would read written together with its neighbour. */
const joinable = (t: NameToken): string => t.text.replace(/ /g, '');

function trigrams(s: string): string[] {
  const padded = `^${s}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

class MemoryScreeningIndex implements ScreeningIndex {
  readonly parties: Party[] = [];
  readonly names: IndexedName[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  private readonly vocabTrigrams = new Map<string, number[]>();
  private readonly vocab = new Map<string, number>();
  private readonly vocabWords: string[] = [];
  private counts = new Uint16Array(1024);
  private readonly weightCache = new Map<string, number>();

  get size(): number {
    return this.parties.length;
  }

  get(entityId: string): Party | undefined {
    const i = this.byId.get(entityId);
    return i === undefined ? undefined : this.parties[i];
  }

  add(party: Party): void {
    const entity = this.parties.length;
    this.parties.push(party);
    this.byId.set(party.id, entity);
    const mode = modeOf(party);
    const entityKeys = new Set<string>();
    party.names.forEach((name, nameIndex) => {
      for (const variant of analyseName(name.value, mode)) {
        const id = this.names.length;
        this.names.push({ entity, nameIndex, kind: name.kind, mode, variant });
        const keys = new Set<string>();
        const toks = variant.tokens;
        toks.forEach((t, i) => {
          entityKeys.add(t.key);
          if (t.kind === 'legal') return;
          keys.add(`k:${t.key}`);
          if (t.kind === 'word') {
            keys.add(`p:${t.phon}`);
            if (t.key.length >= MIN_FUZZY_LENGTH) this.addVocab(t.key);
            const sk = consonantSkeleton(t.key);
            if (sk.length >= 2) keys.add(`s:${sk}`);
          }
          const next = toks[i + 1];
          if (next !== undefined && next.kind !== 'legal' && next.kind !== 'number' && t.kind !== 'number') keys.add(`j:${joinable(t)}${joinable(next)}`);
        });
        if (keys.size === 0) for (const t of toks) keys.add(`k:${t.key}`);
        for (const k of keys) this.post(k, id);
      }
    });
    for (const k of entityKeys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  private post(key: string, id: number): void {
    const list = this.postings.get(key);
    if (list === undefined) this.postings.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  private addVocab(key: string): void {
    if (this.vocab.has(key)) return;
    const id = this.vocabWords.length;
    this.vocab.set(key, id);
    this.vocabWords.push(key);
    for (const g of new Set(trigrams(key))) {
      const list = this.vocabTrigrams.get(g);
      if (list === undefined) this.vocabTrigrams.set(g, [id]);
      else list.push(id);
    }
  }

  weight(token: NameToken): number {
    const cached = this.weightCache.get(token.key);
    const kindWeight = SCORER.kindWeight[token.kind];
    if (cached !== undefined) return kindWeight * cached;
    const n = this.parties.length + IDF_PRIOR;
    const df = this.df.get(token.key) ?? 0;
    const idf = Math.log(n / (df + 1)) / Math.log(n);
    const rarity = 0.3 + 0.7 * Math.min(1, Math.max(0, idf));
    this.weightCache.set(token.key, rarity);
    return kindWeight * rarity;
  }

  /**
   * Vocabulary words within typo distance of `key`, with their similarity. Words already in the
   * vocabulary are not expanded: their spelling variants come through the phonetic postings.
   */
  private fuzzy(key: string): Array<[string, number]> {
    if (this.vocab.has(key)) return [];
    if (this.counts.length < this.vocabWords.length) this.counts = new Uint16Array(this.vocabWords.length * 2);
    const counts = this.counts;
    const grams = [...new Set(trigrams(key))];
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.vocabTrigrams.get(g);
      if (list === undefined || list.length > 3000) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] as number) + 1;
      }
    }
    const need = Math.max(2, Math.ceil(grams.length * 0.4));
    const out: Array<[string, number]> = [];
    for (const id of touched) {
      const c = counts[id] as number;
      counts[id] = 0;
      if (c < need) continue;
      const w = this.vocabWords[id] as string;
      if (Math.abs(w.length - key.length) > 3) continue;
      const s = tokenSimilarity(key, w);
      if (s >= FUZZY_MIN_SIMILARITY) out.push([w, s]);
    }
    return out;
  }

  /** Scratch arrays over name ids, reused across queries (values reset after each use). */
  private scratch: { acc: Float64Array; variant: Float64Array; token: Float64Array } | null = null;

  private scratchArrays(): { acc: Float64Array; variant: Float64Array; token: Float64Array } {
    const n = this.names.length;
    if (this.scratch === null || this.scratch.acc.length < n) this.scratch = { acc: new Float64Array(n), variant: new Float64Array(n), token: new Float64Array(n) };
    return this.scratch;
  }

  /**
   * Names a token reaches (ids and evidence 0..1): its key, spelling variant, consonant skeleton,
   * typo neighbours in the vocabulary, and the token joined with its neighbour.
   */
  private tokenHits(t: NameToken, next: NameToken | undefined, skeleton: boolean, into: Float64Array): { ids: number[]; scores: number[] } {
    const touched: number[] = [];
    const take = (key: string, s: number) => {
      const list = this.postings.get(key);
      if (list === undefined) return;
      for (const id of list) {
        const prev = into[id] as number;
        if (prev === 0) touched.push(id);
        if (prev < s) into[id] = s;
      }
    };
    take(`k:${t.key}`, 1);
    if (t.kind === 'word') {
      take(`p:${t.phon}`, 0.95);
      take(`j:${t.key}`, 1);
      const sk = consonantSkeleton(t.key);
      if (skeleton) take(`s:${sk}`, 0.9);
      else if (sk.length >= 3) take(`s:${sk}`, 0.86);
      if (t.key.length >= MIN_FUZZY_LENGTH) for (const [fw, s] of this.fuzzy(t.key)) take(`k:${fw}`, s);
    }
    if (next !== undefined && t.kind !== 'legal' && next.kind !== 'legal' && t.kind !== 'number' && next.kind !== 'number') {
      const joined = `${joinable(t)}${joinable(next)}`;
      take(`k:${joined}`, 1);
      if (skeleton) take(`s:${consonantSkeleton(joined)}`, 0.88);
    }
    const scores = new Array<number>(touched.length);
    for (let k = 0; k < touched.length; k++) {
      const id = touched[k] as number;
      scores[k] = into[id] as number;
      into[id] = 0;
    }
    return { ids: touched, scores };
  }

  candidates(variants: readonly NameVariant[], mode: NameMode | null, limit: number, accept?: (p: Party) => boolean, cache?: CandidateCache): number[] {
    const { acc, variant: perVariant, token: tokenScratch } = this.scratchArrays();
    const accTouched: number[] = [];
    for (const v of variants) {
      const toks = v.tokens;
      // Each variant's evidence is taken as the share of its own token weight that found a partner,
      // so a variant of many short parts (a Chinese name read one syllable per word) does not
      // crowd out the candidates of a shorter reading of the same name ("huawei technology").
      let total = 0;
      for (const t of toks) if (t.kind !== 'legal') total += this.weight(t);
      const norm = total > 0 ? 1 / total : 1;
      const varTouched: number[] = [];
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as NameToken;
        const next = toks[i + 1];
        const w = this.weight(t) * norm;
        const cacheKey = `${v.skeleton ? 1 : 0}|${t.kind}|${t.key}|${t.phon}|${next === undefined ? '' : `${next.kind}:${joinable(next)}`}|${joinable(t)}`;
        let hits = cache?.get(cacheKey);
        if (hits === undefined) {
          hits = this.tokenHits(t, next, v.skeleton, tokenScratch);
          cache?.set(cacheKey, hits);
        }
        const { ids, scores } = hits;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as number;
          if (perVariant[id] === 0) varTouched.push(id);
          perVariant[id] = (perVariant[id] as number) + (scores[k] as number) * w;
        }
      }
      for (const id of varTouched) {
        const s = perVariant[id] as number;
        perVariant[id] = 0;
        const prev = acc[id] as number;
        if (prev === 0) accTouched.push(id);
        if (prev < s) acc[id] = s;
      }
    }
    // Best `limit` names by evidence (ties: first reached first), without sorting all of them.
    const ids: number[] = [];
    const scores: number[] = [];
    for (const id of accTouched) {
      const s = acc[id] as number;
      acc[id] = 0;
      const entry = this.names[id];
      if (entry === undefined) continue;
      if (mode !== null && entry.mode !== mode) continue;
      if (accept !== undefined && !accept(this.parties[entry.entity] as Party)) continue;
      if (ids.length === limit && s <= (scores[limit - 1] as number)) continue;
      let pos = ids.length === limit ? limit - 1 : ids.length;
      while (pos > 0 && (scores[pos - 1] as number) < s) {
        if (pos < limit) {
          scores[pos] = scores[pos - 1] as number;
          ids[pos] = ids[pos - 1] as number;
        }
        pos--;
      }
      scores[pos] = s;
      ids[pos] = id;
      if (ids.length > limit) {
        ids.length = limit;
        scores.length = limit;
      }
    }
    return ids;
  }
}

/** Builds the in-memory screening index over the given parties. */
export function buildScreeningIndex(parties: Iterable<Party>): ScreeningIndex {
  const index = new MemoryScreeningIndex();
  for (const p of parties) index.add(p);
  return index;
}
