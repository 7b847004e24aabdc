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

export interface ScreeningIndex {
  readonly size: number;
  get(entityId: string): Party | undefined;
  /** Parties in index order. */
  readonly parties: readonly Party[];
  readonly names: readonly IndexedName[];
  /** Names worth scoring for the query variants, best first (at most `limit`). */
  candidates(variants: readonly NameVariant[], mode: NameMode | null, limit: number, accept?: (p: Party) => boolean): number[];
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

  candidates(variants: readonly NameVariant[], mode: NameMode | null, limit: number, accept?: (p: Party) => boolean): number[] {
    const acc = new Map<number, number>();
    for (const v of variants) {
      const toks = v.tokens;
      const perVariant = new Map<number, number>();
      toks.forEach((t, i) => {
        const w = this.weight(t);
        const hits = new Map<number, number>();
        const take = (key: string, s: number) => {
          const list = this.postings.get(key);
          if (list === undefined) return;
          for (const id of list) if ((hits.get(id) ?? 0) < s) hits.set(id, s);
        };
        take(`k:${t.key}`, 1);
        if (t.kind === 'word') {
          take(`p:${t.phon}`, 0.95);
          take(`j:${t.key}`, 1);
          const sk = consonantSkeleton(t.key);
          if (v.skeleton) take(`s:${sk}`, 0.9);
          else if (sk.length >= 3) take(`s:${sk}`, 0.86);
          if (t.key.length >= MIN_FUZZY_LENGTH) for (const [fw, s] of this.fuzzy(t.key)) take(`k:${fw}`, s);
        }
        const next = toks[i + 1];
        if (next !== undefined && t.kind !== 'legal' && next.kind !== 'legal' && t.kind !== 'number' && next.kind !== 'number') {
          const joined = `${joinable(t)}${joinable(next)}`;
          take(`k:${joined}`, 1);
          if (v.skeleton) take(`s:${consonantSkeleton(joined)}`, 0.88);
        }
        for (const [id, s] of hits) perVariant.set(id, (perVariant.get(id) ?? 0) + s * w);
      });
      for (const [id, s] of perVariant) if ((acc.get(id) ?? 0) < s) acc.set(id, s);
    }
    const ranked: Array<[number, number]> = [];
    for (const [id, s] of acc) {
      const entry = this.names[id];
      if (entry === undefined) continue;
      if (mode !== null && entry.mode !== mode) continue;
      if (accept !== undefined && !accept(this.parties[entry.entity] as Party)) continue;
      ranked.push([id, s]);
    }
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, limit).map(([id]) => id);
  }
}

/** Builds the in-memory screening index over the given parties. */
export function buildScreeningIndex(parties: Iterable<Party>): ScreeningIndex {
  const index = new MemoryScreeningIndex();
  for (const p of parties) index.add(p);
  return index;
}
