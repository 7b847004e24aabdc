/**
 * Regs Art. 20: an exporter with a criminal penalty for a dual-use violation, a serious
 * administrative penalty within the last 5 years, or that is a subsidiary, office or branch in
 * China of a control-listed foreign party may not use general licences or registration; any it
 * holds are revoked, and it must apply for individual licences.
 */
import { SERIOUS_PENALTY_BAR } from '../../licensing/legalFacts.ts';
import type { ItemRule, Reason } from '../types.ts';
import { addYears } from './dates.ts';

export const exporterEligibilityRule: ItemRule = (f, ctx) => {
  const a = ctx.tx.exporter.art20;
  if (!a || !f.listed) return [];
  const grounds: string[] = [];
  if (a.criminalPenalty) grounds.push('criminal_penalty');
  if (a.seriousAdministrativePenaltyOn !== undefined && a.seriousAdministrativePenaltyOn <= ctx.asOf && ctx.asOf < addYears(a.seriousAdministrativePenaltyOn, SERIOUS_PENALTY_BAR.years))
    grounds.push('serious_administrative_penalty');
  if (a.subsidiaryOfControlListedParty) grounds.push('subsidiary_of_control_listed_party');
  if (grounds.length === 0) return [];
  const r: Reason = { rule: 'exporter-eligibility', code: 'EXPORTER_BARRED_ART20', citations: ['Regs Art. 20'], excludes: ['general', 'registration'], params: { grounds: grounds.join(', ') } };
  return [r];
};
