/**
 * When a licence decision needs countersigning by further approvers: the authority's policy, held as
 * data (e.g. every refusal, every watch-list case, a decision that departs from the caseworker's
 * recommendation, or one taken against an agency's refusal advice). The policy is not law.
 */
import { z } from 'zod';
import { type Bilingual, bi } from './messages.ts';

export const DECISION_OUTCOMES = ['approve', 'refuse', 'refer_to_state_council'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const ADVICE_KINDS = ['approve', 'approve_with_provisos', 'refuse', 'no_objection'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

export const CountersignRuleZ = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  when: z.object({
    outcomes: z.array(z.enum(DECISION_OUTCOMES)).optional(),
    /** Any of these case flags (e.g. "watch_list"). */
    flagsAny: z.array(z.string().min(1)).optional(),
    /** Any consulted agency gave one of these kinds of advice. */
    adviceAny: z.array(z.enum(ADVICE_KINDS)).optional(),
    /** The decision differs from the caseworker's consolidated recommendation. */
    departsFromRecommendation: z.boolean().optional(),
  }),
  /** How many countersignatures (besides the approver's own) the rule asks for. */
  countersignatures: z.number().int().min(1).max(2),
});
export type CountersignRule = z.infer<typeof CountersignRuleZ>;

export const CountersignPolicyZ = z.object({ rules: z.array(CountersignRuleZ) });
export type CountersignPolicy = z.infer<typeof CountersignPolicyZ>;

export interface CountersignFacts {
  outcome: DecisionOutcome;
  flags: readonly string[];
  adviceKinds: readonly AdviceKind[];
  recommendation: 'approve' | 'refuse' | null;
}

export interface CountersignRequirement {
  required: number;
  /** The rules that ask for it, with their description. */
  because: { ruleId: string; description: Bilingual }[];
}

function matches(rule: CountersignRule, f: CountersignFacts): boolean {
  const w = rule.when;
  if (w.outcomes && !w.outcomes.includes(f.outcome)) return false;
  if (w.flagsAny && !w.flagsAny.some((x) => f.flags.includes(x))) return false;
  if (w.adviceAny && !w.adviceAny.some((x) => f.adviceKinds.includes(x))) return false;
  if (w.departsFromRecommendation !== undefined) {
    const departs = f.recommendation !== null && f.outcome !== 'refer_to_state_council' && f.outcome !== f.recommendation;
    if (departs !== w.departsFromRecommendation) return false;
  }
  return true;
}

/** The number of countersignatures the policy asks for this decision: the highest of the matching rules. */
export function countersignRequirement(policy: CountersignPolicy, facts: CountersignFacts): CountersignRequirement {
  const hits = policy.rules.filter((r) => matches(r, facts));
  return {
    required: hits.reduce((n, r) => Math.max(n, r.countersignatures), 0),
    because: hits.map((r) => ({ ruleId: r.id, description: bi(r.description, r.description) })),
  };
}
