/**
 * Matches on other lists. A party designated by the UN Security Council is held: binding Security
 * Council measures are an international obligation the review must weigh (ECL Art. 13(2),
 * Regs Art. 10(4)). Matches on foreign national lists (OFAC, EU, UK, BIS …) are reported for the
 * compliance officer and do not by themselves change a PRC determination.
 */
import type { ItemRule, Reason } from '../types.ts';
import { confirmedHits, listEntry, reasonParty } from './party-lists.ts';

export const otherListsRule: ItemRule = (_f, ctx) => {
  const reasons: Reason[] = [];
  for (const h of confirmedHits(ctx.tx.parties, 'un'))
    reasons.push({ rule: 'other-lists', code: 'UN_DESIGNATED_PARTY', outcome: 'HOLD', citations: ['ECL Art. 13', 'Regs Art. 10'], party: reasonParty(h.party), listEntry: listEntry(h) });
  for (const h of confirmedHits(ctx.tx.parties, 'foreign'))
    reasons.push({ rule: 'other-lists', code: 'FOREIGN_LIST_PARTY', citations: ['ECL Art. 13'], party: reasonParty(h.party), listEntry: listEntry(h) });
  return reasons;
};
