import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { evaluateRouting, parseRoutingRules } from './routing.ts';

// An example policy of a licensing authority (test data, not a published routing table).
const rules = parseRoutingRules([
  { id: 'materials', description: 'Category 1 materials to the materials desk, MIIT consulted', when: { itemCategories: ['1'] }, route: { queue: 'materials-desk', consult: ['MIIT'] } },
  { id: 'bio', description: 'Biological agents: also the health authority', when: { controlCodePrefixes: ['1C351', '1C353'] }, route: { consult: ['NHC'] } },
  { id: 'watch', description: 'Watch-list cases to senior review, MFA consulted', when: { flagsAll: ['watch_list'] }, route: { queue: 'senior-review', consult: ['MFA'] } },
  { id: 'general-de', description: 'General licences to DE', when: { forms: ['general'], destinations: ['DE'], flagsNone: ['watch_list'] }, route: { queue: 'general-licences' } },
]);

describe('routing', () => {
  it('applies every matching rule and explains each', () => {
    const r = evaluateRouting({ form: 'individual', controlCodes: ['1C202.a'], destination: 'DE', flags: ['watch_list'] }, rules, 'intake');
    expect(r.queues).toEqual(['materials-desk', 'senior-review']);
    expect(r.consult).toEqual(['MIIT', 'MFA']);
    expect(r.explanations.map((e) => [e.ruleId, e.matched])).toEqual([
      ['materials', true],
      ['bio', false],
      ['watch', true],
      ['general-de', false],
    ]);
    expect(r.explanations[0]?.because[0]?.en).toBe('items 1C202.a are in category 1');
    expect(r.explanations[3]?.because[0]?.en).toBe('form individual is not one of general');
  });

  it('excludes by flag and falls back to the default queue', () => {
    const r = evaluateRouting({ form: 'general', controlCodes: ['3A001.a'], destination: 'DE', flags: ['watch_list'] }, rules, 'intake');
    expect(r.explanations[3]?.because[0]?.en).toBe('the case has excluded flag watch_list');
    const none = evaluateRouting({ form: 'individual', controlCodes: ['3A001.a'], destination: 'FR', flags: [] }, rules, 'intake');
    expect(none).toMatchObject({ queues: ['intake'], consult: [] });
  });

  it('rejects a malformed or duplicate rule naming it', () => {
    expect(() => parseRoutingRules([{ id: 'x', description: 'd', when: { itemCategories: ['1C'] }, route: {} }])).toThrow(/\[0\]\.when\.itemCategories\[0\]/);
    expect(() => parseRoutingRules([...rules, rules[0]])).toThrow(AppError);
  });
});
