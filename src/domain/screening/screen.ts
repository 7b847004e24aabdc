/**
 * Restricted-party screening, the public API: a query name (in any script) against the in-memory
 * index of listed parties, returning explained hits.
 */
import type { Party, PartySchema } from '../lists/party.ts';
import { primaryName } from '../lists/party.ts';
import { invalidInput } from '../errors.ts';
import { buildScreeningIndex, type CandidateCache, type ScreeningIndex } from './index.ts';
import { analyseName, type NameMode, type NameVariant } from './tokens.ts';
import { round3, scoreVariants, type NameScore } from './score.ts';
import { qualify, type QuerySchema } from './qualifiers.ts';

export { buildScreeningIndex, type ScreeningIndex };

export interface ScreeningQuery {
  name: string;
  schema?: QuerySchema;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** YYYY[-MM[-DD]] */
  birthDate?: string;
  /** Identifier values (passport, registration, IMO …) that, when a party carries one, raise its score. */
  identifiers?: string[];
  /** Source ids to screen against (all when absent). */
  sources?: string[];
  threshold?: number;
  /** Default 10. */
  limit?: number;
}

export interface Explanation {
  query: string;
  /** The normalised / transliterated form of the query that matched. */
  queryVariant: string;
  listedVariant: string;
  transliterations: string[];
  tokens: Array<{ query: string; listed: string | null; score: number; weight: number; note?: string }>;
  nameScore: number;
  qualifiers: Array<{ kind: 'country' | 'birthDate' | 'schema' | 'weakAlias' | 'identifier'; effect: number; detail: string }>;
}

export interface Hit {
  source: string;
  /** Party.id */
  entityId: string;
  sourceRef: string;
  schema: PartySchema;
  /** The party's primary name. */
  name: string;
  /** The listed name that matched. */
  matchedName: string;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  explanation: Explanation;
}

/** Scores at or above this are reported as hits unless the query sets its own threshold. */
export const DEFAULT_THRESHOLD = 0.8;
const DEFAULT_LIMIT = 10;
/** Names scored in full per query (after candidate ranking). */
const CANDIDATES_PER_QUERY = 40;

const QUERY_MODES: Record<QuerySchema, NameMode> = { person: 'person', organization: 'org', vessel: 'org', aircraft: 'org' };

function validate(query: ScreeningQuery): void {
  if (typeof query.name !== 'string' || query.name.trim() === '') throw invalidInput('screening query needs a non-empty name', { field: 'name' });
  if (query.threshold !== undefined && !(query.threshold >= 0 && query.threshold <= 1)) throw invalidInput(`threshold must be between 0 and 1, got ${query.threshold}`, { field: 'threshold' });
  if (query.limit !== undefined && !(Number.isInteger(query.limit) && query.limit > 0)) throw invalidInput(`limit must be a positive integer, got ${query.limit}`, { field: 'limit' });
  if (query.birthDate !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(query.birthDate)) throw invalidInput(`birthDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${query.birthDate}`, { field: 'birthDate' });
  if (query.country !== undefined && !/^[A-Za-z]{2}$/.test(query.country)) throw invalidInput(`country must be an ISO 3166-1 alpha-2 code, got ${query.country}`, { field: 'country' });
}

interface Best {
  nameId: number;
  qv: NameVariant;
  score: NameScore;
}

/**
 * Screens one query. Hits are sorted by score (highest first), at most one per party (its best
 * name), only at or above the threshold, at most `limit`.
 */
export function screen(index: ScreeningIndex, query: ScreeningQuery): Hit[] {
  validate(query);
  const threshold = query.threshold ?? DEFAULT_THRESHOLD;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const modes: NameMode[] = query.schema !== undefined ? [QUERY_MODES[query.schema]] : ['person', 'org'];
  const sources = query.sources !== undefined && query.sources.length > 0 ? new Set(query.sources) : null;
  const accept = sources === null ? undefined : (p: Party) => sources.has(p.source);
  const weight = index.weight.bind(index);

  const best = new Map<number, Best>();
  const cache: CandidateCache = new Map();
  for (const mode of modes) {
    const variants = analyseName(query.name, mode);
    if (variants.length === 0) continue;
    const scoreMode = query.schema !== undefined ? null : mode;
    for (const nameId of index.candidates(variants, scoreMode, CANDIDATES_PER_QUERY, accept, cache)) {
      const entry = index.names[nameId];
      if (entry === undefined) continue;
      for (const qv of variants) {
        const s = scoreVariants(qv, entry.variant, weight);
        const prev = best.get(entry.entity);
        if (prev === undefined || s.score > prev.score.score) best.set(entry.entity, { nameId, qv, score: s });
      }
    }
  }

  const hits: Hit[] = [];
  for (const [entity, b] of best) {
    const party = index.parties[entity];
    const entry = index.names[b.nameId];
    if (party === undefined || entry === undefined) continue;
    const quals = qualify(query, party, entry.kind);
    const total = Math.max(0, Math.min(1, b.score.score + quals.reduce((s, q) => s + q.effect, 0)));
    if (total < threshold) continue;
    const matchedName = party.names[entry.nameIndex]?.value ?? primaryName(party);
    const explained = scoreVariants(b.qv, entry.variant, weight, true);
    const transliterations = [b.qv.transliteration, entry.variant.transliteration].filter((t): t is string => t !== undefined);
    hits.push({
      source: party.source,
      entityId: party.id,
      sourceRef: party.sourceRef,
      schema: party.schema,
      name: primaryName(party),
      matchedName,
      score: round3(total),
      explanation: {
        query: query.name,
        queryVariant: b.qv.text,
        listedVariant: entry.variant.text,
        transliterations,
        tokens: explained.tokens,
        nameScore: round3(b.score.score),
        qualifiers: quals,
      },
    });
  }
  hits.sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
  return hits.slice(0, limit);
}
