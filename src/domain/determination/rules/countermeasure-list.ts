/**
 * Anti-Foreign Sanctions Law countermeasure list (反制清单): countermeasures may prohibit or restrict
 * transactions with listed persons (AFSL Art. 6(3)) and may be suspended (AFSL Art. 8). A prohibiting
 * measure blocks every item; a restricting one (or one whose measure is not given) holds the
 * transaction; a suspended one is reported.
 */
import type { ItemRule, Reason } from '../types.ts';
import { confirmedHits, listEntry, measureParams, measureState, reasonParty } from './party-lists.ts';

export const countermeasureListRule: ItemRule = (_f, ctx) => {
  const reasons: Reason[] = [];
  for (const h of confirmedHits(ctx.tx.parties, 'countermeasure')) {
    const base = { rule: 'countermeasure-list', party: reasonParty(h.party), listEntry: listEntry(h), params: measureParams(h.match.measure) };
    const state = measureState(h.match.measure, ctx.asOf);
    if (state === 'not_yet_in_force') reasons.push({ ...base, code: 'MEASURE_NOT_YET_IN_FORCE', citations: ['AFSL Art. 6'] });
    else if (state === 'suspended') reasons.push({ ...base, code: 'COUNTERMEASURE_SUSPENDED', citations: ['AFSL Art. 8'] });
    else if (state === 'in_force' && h.match.measure?.kind === 'prohibited')
      reasons.push({ ...base, code: 'COUNTERMEASURE_PROHIBITED', outcome: 'PROHIBITED', citations: ['AFSL Art. 6'] });
    else reasons.push({ ...base, code: 'COUNTERMEASURE_RESTRICTED', outcome: 'HOLD', citations: ['AFSL Art. 6'] });
  }
  return reasons;
};
