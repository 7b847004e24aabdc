/**
 * Watch list (关注名单, Regs Art. 26): exports to a watch-listed importer or end user cannot use a
 * general licence or registration; the individual application needs a risk-assessment report on the
 * party and a compliance undertaking, and the 45-working-day review limit does not apply. Items off
 * the list are held: a failed end-use check is a fact the catch-all answers must weigh.
 */
import type { ItemRule, Reason } from '../types.ts';
import { confirmedHits, listEntry, reasonParty } from './party-lists.ts';

export const watchListedPartyRule: ItemRule = (f, ctx) => {
  const reasons: Reason[] = [];
  for (const h of confirmedHits(ctx.tx.parties, 'watch')) {
    const base = { rule: 'watch-listed-party', party: reasonParty(h.party), listEntry: listEntry(h) };
    if (f.listed) {
      reasons.push({
        ...base,
        code: 'WATCH_LIST',
        outcome: 'LICENCE_REQUIRED',
        citations: ['Regs Art. 26'],
        excludes: ['general', 'registration'],
        requires: ['risk_assessment_report', 'compliance_undertaking'],
      });
    } else {
      reasons.push({ ...base, code: 'WATCH_LIST_UNLISTED_ITEM', outcome: 'HOLD', citations: ['ECL Art. 12', 'Regs Art. 26'] });
    }
  }
  return reasons;
};
