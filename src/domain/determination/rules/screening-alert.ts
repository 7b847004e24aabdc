/**
 * Unresolved screening alerts hold the whole transaction: the exporter may not deal with a
 * control-listed party (ECL Art. 18 ¶3) and must know whether a party is watch-listed (Regs Art. 26)
 * before it can choose a licence form; resolving alerts is part of the compliance programme's review
 * procedure (MOFCOM 2021 No. 10).
 */
import type { CitationId } from '../citations.ts';
import type { ItemRule, Reason } from '../types.ts';
import { listKind, reasonParty } from './party-lists.ts';

export const screeningAlertRule: ItemRule = (_f, ctx) => {
  const reasons: Reason[] = [];
  for (const p of ctx.tx.parties) {
    if (p.screening.status !== 'open_alert') continue;
    const kinds = new Set(p.screening.matches.flatMap((m) => m.lists.map(listKind)));
    const citations: CitationId[] = ['ECL Art. 18', 'MOFCOM 2021 No. 10'];
    if (kinds.has('watch')) citations.push('Regs Art. 26');
    if (kinds.has('control') || kinds.size === 0) citations.push('Regs Art. 29');
    if (kinds.has('uel')) citations.push('UEL Provisions');
    if (kinds.has('countermeasure')) citations.push('AFSL Art. 6');
    const lists = [...new Set(p.screening.matches.flatMap((m) => m.lists))];
    reasons.push({ rule: 'screening-alert', code: 'SCREENING_OPEN_ALERT', outcome: 'HOLD', citations, party: reasonParty(p), params: { lists: lists.join(', ') || '—' } });
  }
  return reasons;
};
