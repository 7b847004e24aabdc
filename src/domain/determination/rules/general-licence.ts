/**
 * General licence coverage (Regs Art. 15 ¶3, ECL Art. 14): a general licence the exporter holds
 * authorises the export when it is valid on the date and its scope covers every control code of the
 * item, the destination and, where it names them, every end user. Each licence that does not cover
 * says why. Validity longer than 3 years cannot be a general licence (Regs Art. 15 ¶3).
 */
import { codeCovered } from '../destinations.ts';
import { GENERAL_LICENCE_MAX_VALIDITY } from '../../licensing/legalFacts.ts';
import type { GeneralLicence } from '../transaction.ts';
import type { ItemFacts, Reason, RuleContext } from '../types.ts';
import { addYears } from './dates.ts';

export type NotCoveredWhy =
  | 'not_yet_valid'
  | 'expired'
  | 'validity_too_long'
  | 'item_not_listed'
  | 'item_not_covered'
  | 'destination_not_covered'
  | 'end_user_not_covered';

export function whyNotCovered(l: GeneralLicence, f: ItemFacts, ctx: RuleContext): NotCoveredWhy[] {
  const why: NotCoveredWhy[] = [];
  if (ctx.asOf < l.validFrom) why.push('not_yet_valid');
  if (ctx.asOf > l.validTo) why.push('expired');
  if (l.validTo > addYears(l.validFrom, GENERAL_LICENCE_MAX_VALIDITY.years)) why.push('validity_too_long');
  if (!f.listed) why.push('item_not_listed');
  else if (!f.codes.every((c) => codeCovered(c, l.coversItems))) why.push('item_not_covered');
  const dest = ctx.tx.destination;
  const destOk = l.coversDestinations.some((d) => (d.startsWith('group:') ? (ctx.destinations.group(d.slice(6))?.countries.includes(dest) ?? false) : d === dest));
  if (!destOk) why.push('destination_not_covered');
  if (l.coversEndUsers) {
    const named = new Set(l.coversEndUsers.map((n) => n.trim().toLowerCase()));
    const ok = ctx.endUsers.every((p) => named.has(p.name.trim().toLowerCase()) || (p.id !== undefined && named.has(p.id.trim().toLowerCase())));
    if (!ok) why.push('end_user_not_covered');
  }
  return why;
}

export function generalLicenceFindings(f: ItemFacts, ctx: RuleContext): Reason[] {
  return ctx.tx.exporter.heldGeneralLicences.map((l): Reason => {
    const why = whyNotCovered(l, f, ctx);
    const params = { licence: l.number, validFrom: l.validFrom, validTo: l.validTo };
    return why.length === 0
      ? { rule: 'general-licence', code: 'GENERAL_LICENCE_COVERS', citations: ['Regs Art. 15', 'ECL Art. 14'], params }
      : { rule: 'general-licence', code: 'GENERAL_LICENCE_DOES_NOT_COVER', citations: ['Regs Art. 15'], params: { ...params, why: why.join(', ') } };
  });
}
