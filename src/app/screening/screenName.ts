/**
 * Screens one name against the current lists, statelessly: nothing is written, so the call is
 * as fast as the in-memory matcher. Screens that must be kept on record are made through
 * counterparties (`screenCounterparty`), which persist a run with the list versions used.
 */
import type { Hit, ScreeningQuery } from '../../domain/screening/screen.ts';
import { ScreeningService } from './screeningService.ts';

export interface ScreenNameResult {
  query: ScreeningQuery;
  hits: Hit[];
  listVersions: Record<string, number>;
}

export async function screenName(service: ScreeningService, query: ScreeningQuery): Promise<ScreenNameResult> {
  const snapshot = await service.current();
  return { query, hits: ScreeningService.screen(snapshot, query), listVersions: snapshot.listVersions };
}
