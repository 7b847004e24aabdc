/** Counterparty id → name, for pages that show alerts (alerts carry only the counterparty id). */
import { api } from '../api.ts';
import { useLoad } from '../hooks.ts';
import type { Counterparty, Page } from '../types.ts';

/** The API's largest page; an organisation with more counterparties shows ids for the rest. */
const MAX_PAGE = 500;

export function useCounterpartyNames(enabled: boolean, deps: readonly unknown[] = []): Map<string, string> {
  const r = useLoad(async (signal) => (enabled ? (await api.get<Page<Counterparty>>('/api/counterparties', { limit: MAX_PAGE }, signal)).items : []), [enabled, ...deps]);
  return new Map((r.data ?? []).map((c) => [c.id, c.name]));
}
