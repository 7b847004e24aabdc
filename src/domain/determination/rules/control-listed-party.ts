/**
 * Control list (管控名单, ECL Art. 18, Regs Art. 28–29): per the measure announced, dual-use
 * transactions with the party are prohibited or restricted. A suspended measure is honoured until
 * its end date: while suspended the exporter still applies to MOFCOM (individual licence); from the
 * next day the measure applies again. Exceptional transactions need MOFCOM approval (Regs Art. 29 ¶2).
 * Items off the list are held: the listing is itself a national-security flag for the catch-all.
 */
import type { ItemRule, Reason } from '../types.ts';
import { confirmedHits, listEntry, measureParams, measureState, reasonParty } from './party-lists.ts';

export const controlListedPartyRule: ItemRule = (f, ctx) => {
  const reasons: Reason[] = [];
  for (const h of confirmedHits(ctx.tx.parties, 'control')) {
    const base = { rule: 'control-listed-party', party: reasonParty(h.party), listEntry: listEntry(h), params: measureParams(h.match.measure) };
    const state = measureState(h.match.measure, ctx.asOf);
    if (state === 'not_yet_in_force') {
      reasons.push({ ...base, code: 'MEASURE_NOT_YET_IN_FORCE', citations: ['ECL Art. 18', 'Regs Art. 29'] });
      continue;
    }
    if (!f.listed) {
      reasons.push({ ...base, code: 'CONTROL_LIST_UNLISTED_ITEM', outcome: 'HOLD', citations: ['ECL Art. 12', 'ECL Art. 18', 'Regs Art. 28'] });
      continue;
    }
    if (state === 'missing') {
      reasons.push({ ...base, code: 'CONTROL_LIST_MEASURE_UNKNOWN', outcome: 'HOLD', citations: ['ECL Art. 18', 'Regs Art. 29'] });
    } else if (state === 'suspended') {
      reasons.push({
        ...base,
        code: 'CONTROL_LIST_SUSPENDED',
        outcome: 'LICENCE_REQUIRED',
        citations: ['ECL Art. 18', 'Regs Art. 29'],
        excludes: ['general', 'registration'],
        requires: ['exception_approval'],
      });
    } else if (h.match.measure?.kind === 'prohibited') {
      reasons.push({ ...base, code: 'CONTROL_LIST_PROHIBITED', outcome: 'PROHIBITED', citations: ['ECL Art. 18', 'Regs Art. 29'], requires: ['exception_approval'] });
    } else {
      reasons.push({
        ...base,
        code: 'CONTROL_LIST_RESTRICTED',
        outcome: 'LICENCE_REQUIRED',
        citations: ['ECL Art. 18', 'Regs Art. 29'],
        excludes: ['general', 'registration'],
        requires: ['exception_approval'],
      });
    }
  }
  return reasons;
};
