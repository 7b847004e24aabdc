/**
 * Unreliable Entity List (MOFCOM Order 2020 No. 4, under the Foreign Trade Law): listed entities can
 * be barred from import and export activities with China. A prohibiting measure blocks every item; a
 * restricting one holds the transaction until its scope is checked against the announcement; a
 * suspended measure is reported and does not block. Parties under such measures may also be
 * control-listed (Regs Art. 28 ¶2(2)).
 */
import type { ItemRule, Reason } from '../types.ts';
import { confirmedHits, listEntry, measureParams, measureState, reasonParty } from './party-lists.ts';

export const unreliableEntityRule: ItemRule = (_f, ctx) => {
  const reasons: Reason[] = [];
  for (const h of confirmedHits(ctx.tx.parties, 'uel')) {
    const base = { rule: 'unreliable-entity', party: reasonParty(h.party), listEntry: listEntry(h), params: measureParams(h.match.measure) };
    const state = measureState(h.match.measure, ctx.asOf);
    if (state === 'not_yet_in_force') reasons.push({ ...base, code: 'MEASURE_NOT_YET_IN_FORCE', citations: ['UEL Provisions'] });
    else if (state === 'suspended') reasons.push({ ...base, code: 'UEL_SUSPENDED', citations: ['UEL Provisions'] });
    else if (state === 'in_force' && h.match.measure?.kind === 'prohibited')
      reasons.push({ ...base, code: 'UEL_PROHIBITED', outcome: 'PROHIBITED', citations: ['UEL Provisions', 'Regs Art. 28'] });
    else reasons.push({ ...base, code: 'UEL_RESTRICTED', outcome: 'HOLD', citations: ['UEL Provisions', 'Regs Art. 28'] });
  }
  return reasons;
};
