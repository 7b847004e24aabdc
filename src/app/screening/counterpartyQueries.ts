/** The matcher queries for a counterparty: one per name, with its type, country and birth date. */
import type { PartySchema } from '../../domain/lists/party.ts';
import type { Hit, ScreeningQuery } from '../../domain/screening/screen.ts';
import type { CounterpartyInput } from '../../domain/screening-records/counterparty.ts';
import { ScreeningService, type ScreeningSnapshot } from './screeningService.ts';

const QUERY_SCHEMA: Record<PartySchema, ScreeningQuery['schema']> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: undefined,
  Vessel: 'vessel',
  Aircraft: 'aircraft',
};

export function counterpartyQueries(c: CounterpartyInput): ScreeningQuery[] {
  const names = [...new Set([c.name, ...c.names])];
  const schema = QUERY_SCHEMA[c.schema];
  return names.map((name) => ({
    name,
    ...(schema ? { schema } : {}),
    ...(c.country ? { country: c.country } : {}),
    ...(c.birthDate ? { birthDate: c.birthDate } : {}),
    ...(c.identifiers.length > 0 ? { identifiers: c.identifiers.map((i) => i.value) } : {}),
    limit: 50,
  }));
}

/** Screens every name of the counterparty; one hit per listed entity (its best), best first. */
export function screenCounterpartyNames(snapshot: ScreeningSnapshot, c: CounterpartyInput): Hit[] {
  const best = new Map<string, Hit>();
  for (const q of counterpartyQueries(c)) {
    for (const h of ScreeningService.screen(snapshot, q)) {
      const prev = best.get(h.entityId);
      if (!prev || h.score > prev.score) best.set(h.entityId, h);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : 1));
}
