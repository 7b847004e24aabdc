/**
 * What the destinations data says about one country for one item: UN Security Council sanctions
 * regimes (Regs Art. 10(4)), national prohibitions (ECL Art. 10, Regs Art. 13) and risk grades
 * (ECL Art. 8, Regs Art. 10). Shared by the destination and the transit rule.
 */
import { type CitationId, isCitationId } from '../citations.ts';
import { codeCovered, type ItemScope } from '../destinations.ts';
import type { ItemFacts, Reason, ReasonCode, RuleContext } from '../types.ts';

type Scope = 'in' | 'maybe' | 'out';

function inScope(scope: ItemScope, f: ItemFacts): Scope {
  if (!f.listed) return 'out';
  switch (scope.kind) {
    case 'all_listed':
      return 'in';
    case 'codes':
      return f.codes.some((c) => codeCovered(c, scope.codes)) ? 'in' : 'out';
    case 'annex':
      if (scope.codes === null) return 'maybe';
      return f.codes.some((c) => codeCovered(c, scope.codes ?? [])) ? 'in' : 'out';
  }
}

export function countryFindings(country: string, via: 'destination' | 'transit', f: ItemFacts, ctx: RuleContext): Reason[] {
  const { destinations, asOf } = ctx;
  const rule = via === 'destination' ? 'destination' : 'transit';
  const extra: CitationId[] = via === 'transit' ? ['ECL Art. 45', 'Regs Art. 48'] : [];
  const reasons: Reason[] = [];
  const code = (d: ReasonCode, t: ReasonCode): ReasonCode => (via === 'destination' ? d : t);

  for (const r of destinations.unRegimesFor(country)) {
    reasons.push({
      rule,
      code: code('DESTINATION_UN_REGIME', 'TRANSIT_UN_REGIME'),
      outcome: 'HOLD',
      citations: ['Regs Art. 10', 'ECL Art. 13', ...extra],
      params: { country, regime: r.id, regimeName: r.name.en, regimeNameZh: r.name.zh, resolutions: r.resolutions.map((x) => String(x.number)).join(', ') },
    });
  }
  for (const p of destinations.prohibitionsFor(country, asOf)) {
    const s = inScope(p.itemScope, f);
    if (s === 'out') continue;
    const params = { country, prohibition: p.id, announcement: p.announcement, title: p.title.en, titleZh: p.title.zh };
    if (s === 'in' || via === 'transit') {
      reasons.push({
        rule,
        code: s === 'in' ? code('DESTINATION_PROHIBITION', 'TRANSIT_PROHIBITION') : code('DESTINATION_PROHIBITION_REVIEW', 'TRANSIT_PROHIBITION'),
        outcome: s === 'in' && via === 'destination' ? 'PROHIBITED' : 'HOLD',
        citations: [...p.legalBasis.filter(isCitationId), ...extra],
        params,
      });
    } else {
      reasons.push({ rule, code: 'DESTINATION_PROHIBITION_REVIEW', outcome: 'HOLD', citations: [...p.legalBasis.filter(isCitationId)], params });
    }
  }
  for (const g of destinations.riskGradesFor(country, asOf)) {
    const params = { country, grade: g.grade, announcement: g.announcement, measures: g.measures.join(', ') };
    const citations: CitationId[] = ['ECL Art. 8', 'Regs Art. 10', ...extra];
    const rc = code('DESTINATION_RISK_GRADE', 'TRANSIT_RISK_GRADE');
    if (!f.listed) continue;
    if (g.measures.includes('prohibit_listed')) reasons.push({ rule, code: rc, outcome: via === 'destination' ? 'PROHIBITED' : 'HOLD', citations, params });
    else if (g.measures.includes('hold_listed')) reasons.push({ rule, code: rc, outcome: 'HOLD', citations, params });
    if (g.measures.includes('individual_licence_only')) reasons.push({ rule, code: rc, citations, excludes: ['general', 'registration'], params });
  }
  return reasons;
}
