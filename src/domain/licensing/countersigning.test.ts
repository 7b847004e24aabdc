import { describe, expect, it } from 'vitest';
import { CountersignPolicyZ, countersignRequirement } from './countersigning.ts';

// An example authority policy (test data).
const policy = CountersignPolicyZ.parse({
  rules: [
    { id: 'refusal', description: 'Every refusal is countersigned', when: { outcomes: ['refuse'] }, countersignatures: 1 },
    { id: 'watch', description: 'Watch-list cases need two countersignatures', when: { flagsAny: ['watch_list'] }, countersignatures: 2 },
    { id: 'against-refusal-advice', description: 'Approval against an agency refusal', when: { outcomes: ['approve'], adviceAny: ['refuse'] }, countersignatures: 1 },
    { id: 'departs', description: 'Decision departs from the recommendation', when: { departsFromRecommendation: true }, countersignatures: 1 },
  ],
});

describe('countersigning policy', () => {
  it('asks nothing of a plain approval that follows the recommendation', () => {
    expect(countersignRequirement(policy, { outcome: 'approve', flags: [], adviceKinds: ['approve', 'no_objection'], recommendation: 'approve' })).toEqual({ required: 0, because: [] });
  });

  it('asks one for a refusal and the highest of all matching rules', () => {
    expect(countersignRequirement(policy, { outcome: 'refuse', flags: [], adviceKinds: [], recommendation: 'refuse' }).required).toBe(1);
    const r = countersignRequirement(policy, { outcome: 'approve', flags: ['watch_list'], adviceKinds: ['refuse'], recommendation: 'refuse' });
    expect(r.required).toBe(2);
    expect(r.because.map((b) => b.ruleId)).toEqual(['watch', 'against-refusal-advice', 'departs']);
  });
});
