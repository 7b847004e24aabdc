/**
 * Routing of an application at MOFCOM: rules, held as data, that put a case on work queues and name
 * the agencies to consult, by licence form, item category (the first digit of the control code),
 * control-code prefix, destination and case flags. Every rule that matches applies; the result
 * explains for each rule why it matched or not. Rules are the authority's policy, not law.
 */
import { z } from 'zod';
import { LICENCE_FORMS, type LicenceForm } from '../determination/types.ts';
import { formatPath } from '../determination/transaction.ts';
import { type Bilingual, bi, invalidLicensingInput } from './messages.ts';

export const RoutingRuleZ = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  when: z
    .object({
      forms: z.array(z.enum(LICENCE_FORMS)).optional(),
      /** Control-list categories 0–9 (first digit of the control code); matches when any item is in one. */
      itemCategories: z.array(z.string().regex(/^\d$/, 'expected a category digit 0–9')).optional(),
      /** Control-code prefixes such as "1C351" or "3A"; matches when any item starts with one. */
      controlCodePrefixes: z.array(z.string().min(1)).optional(),
      destinations: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code')).optional(),
      /** All of these flags must be on the case. */
      flagsAll: z.array(z.string().min(1)).optional(),
      /** None of these flags may be on the case. */
      flagsNone: z.array(z.string().min(1)).optional(),
    })
    .default({}),
  route: z.object({ queue: z.string().min(1).optional(), consult: z.array(z.string().min(1)).default([]) }),
});
export type RoutingRule = z.infer<typeof RoutingRuleZ>;

export interface RoutingFacts {
  form: LicenceForm;
  controlCodes: readonly string[];
  destination: string;
  flags: readonly string[];
}

export interface RuleExplanation {
  ruleId: string;
  matched: boolean;
  /** Why it matched (each condition met) or the first condition that failed. */
  because: Bilingual[];
}

export interface RoutingResult {
  queues: string[];
  /** Agencies to consult, in rule order, without duplicates. */
  consult: string[];
  explanations: RuleExplanation[];
}

/** Validates a rule set; a bad rule fails naming its index and field. */
export function parseRoutingRules(input: unknown): RoutingRule[] {
  const r = z.array(RoutingRuleZ).safeParse(input);
  if (!r.success) {
    const first = r.error.issues[0];
    throw invalidLicensingInput(first ? formatPath(first.path) : '(rules)', bi(first?.message ?? 'invalid routing rules', `路由规则不正确：${first?.message ?? ''}`));
  }
  const ids = new Set<string>();
  r.data.forEach((rule, i) => {
    if (ids.has(rule.id)) throw invalidLicensingInput(`[${i}].id`, bi(`routing rule id "${rule.id}" is used twice`, `路由规则编号“${rule.id}”重复`));
    ids.add(rule.id);
  });
  return r.data;
}

function explain(rule: RoutingRule, facts: RoutingFacts): RuleExplanation {
  const w = rule.when;
  const because: Bilingual[] = [];
  const fail = (m: Bilingual): RuleExplanation => ({ ruleId: rule.id, matched: false, because: [m] });
  if (w.forms) {
    if (!w.forms.includes(facts.form)) return fail(bi(`form ${facts.form} is not one of ${w.forms.join(', ')}`, `许可类型${facts.form}不在${w.forms.join('、')}之列`));
    because.push(bi(`form is ${facts.form}`, `许可类型为${facts.form}`));
  }
  if (w.itemCategories) {
    const hit = facts.controlCodes.filter((c) => w.itemCategories?.includes(c.charAt(0)));
    if (hit.length === 0) return fail(bi(`no item is in category ${w.itemCategories.join(', ')}`, `没有物项属于第${w.itemCategories.join('、')}类`));
    because.push(bi(`items ${hit.join(', ')} are in category ${w.itemCategories.join(', ')}`, `物项${hit.join('、')}属于第${w.itemCategories.join('、')}类`));
  }
  if (w.controlCodePrefixes) {
    const hit = facts.controlCodes.filter((c) => w.controlCodePrefixes?.some((p) => c.startsWith(p)));
    if (hit.length === 0) return fail(bi(`no control code starts with ${w.controlCodePrefixes.join(', ')}`, `没有管制编码以${w.controlCodePrefixes.join('、')}开头`));
    because.push(bi(`control codes ${hit.join(', ')} match ${w.controlCodePrefixes.join(', ')}`, `管制编码${hit.join('、')}符合${w.controlCodePrefixes.join('、')}`));
  }
  if (w.destinations) {
    if (!w.destinations.includes(facts.destination)) return fail(bi(`destination ${facts.destination} is not one of ${w.destinations.join(', ')}`, `目的地${facts.destination}不在${w.destinations.join('、')}之列`));
    because.push(bi(`destination is ${facts.destination}`, `目的地为${facts.destination}`));
  }
  if (w.flagsAll) {
    const lacking = w.flagsAll.filter((fl) => !facts.flags.includes(fl));
    if (lacking.length > 0) return fail(bi(`the case lacks flag ${lacking.join(', ')}`, `案件没有标记${lacking.join('、')}`));
    because.push(bi(`the case has flag ${w.flagsAll.join(', ')}`, `案件带有标记${w.flagsAll.join('、')}`));
  }
  if (w.flagsNone) {
    const present = w.flagsNone.filter((fl) => facts.flags.includes(fl));
    if (present.length > 0) return fail(bi(`the case has excluded flag ${present.join(', ')}`, `案件带有排除标记${present.join('、')}`));
  }
  if (because.length === 0) because.push(bi('the rule has no conditions and applies to every case', '该规则无条件，适用于所有案件'));
  return { ruleId: rule.id, matched: true, because };
}

/** Applies every rule to the case; when none names a queue, the case goes to `defaultQueue`. */
export function evaluateRouting(facts: RoutingFacts, rules: readonly RoutingRule[], defaultQueue: string): RoutingResult {
  const explanations = rules.map((r) => explain(r, facts));
  const queues: string[] = [];
  const consult: string[] = [];
  rules.forEach((rule, i) => {
    if (!explanations[i]?.matched) return;
    if (rule.route.queue && !queues.includes(rule.route.queue)) queues.push(rule.route.queue);
    for (const a of rule.route.consult) if (!consult.includes(a)) consult.push(a);
  });
  if (queues.length === 0) queues.push(defaultQueue);
  return { queues, consult, explanations };
}
