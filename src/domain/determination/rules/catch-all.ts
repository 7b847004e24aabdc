/**
 * Catch-all (ECL Art. 12 ¶3, Regs Art. 14 ¶3): an item off the list needs a licence when the
 * exporter knows, should know or was notified that it may harm national security, serve WMD or
 * their delivery means, or terrorism. A "not sure" answer holds the item for review (the exporter
 * may ask MOFCOM, ECL Art. 12 ¶4). A notice from MOFCOM also stops customs release (Regs Art. 22).
 */
import type { CitationId } from '../citations.ts';
import { CONCERNS, KNOWLEDGE, answer } from '../transaction.ts';
import type { ItemRule, Reason } from '../types.ts';

export const catchAllRule: ItemRule = (_f, ctx) => {
  const reasons: Reason[] = [];
  for (const k of KNOWLEDGE) {
    for (const c of CONCERNS) {
      const a = answer(ctx.tx.catchAll[k][c]);
      if (a === 'no') continue;
      const citations: CitationId[] = ['ECL Art. 12', 'Regs Art. 14'];
      if (k === 'notified' && a === 'yes') citations.push('Regs Art. 22');
      if (a === 'yes') {
        reasons.push({
          rule: 'catch-all',
          code: 'CATCH_ALL',
          outcome: 'LICENCE_REQUIRED',
          citations,
          requires: ['end_user_certificate'],
          params: { knowledge: k, concern: c },
        } satisfies Reason);
      } else {
        reasons.push({ rule: 'catch-all', code: 'CATCH_ALL_UNSURE', outcome: 'HOLD', citations, params: { knowledge: k, concern: c } });
      }
    }
  }
  return reasons;
};
