/**
 * Registration voucher (Regs Art. 15 ¶4, Art. 19): for listed items exported for repair, testing,
 * exhibition with immediate return, civil-aircraft parts or cases MOFCOM sets, the exporter may
 * register before each export and export on the voucher it gets.
 */
import type { ItemFacts, Reason, RuleContext } from '../types.ts';

export function registrationFindings(f: ItemFacts, ctx: RuleContext): Reason[] {
  const c = ctx.tx.art19Case;
  if (c === undefined || !f.listed) return [];
  return [{ rule: 'registration', code: 'REGISTRATION_AVAILABLE', citations: ['Regs Art. 19', 'Regs Art. 15'], params: { art19Case: c } }];
}
