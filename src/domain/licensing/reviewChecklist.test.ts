import { describe, expect, it } from 'vitest';
import { ART13_FACTORS, type ChecklistAnswer, checkChecklist } from './reviewChecklist.ts';

const all = (over: Partial<Record<string, Partial<ChecklistAnswer>>> = {}): ChecklistAnswer[] =>
  ART13_FACTORS.map((f) => ({ factor: f.id, assessment: 'no_concern' as const, note: '', assessedBy: 'cw-1', assessedOn: '2025-10-09', ...over[f.id] }));

describe('Export Control Law Art. 13 review checklist', () => {
  it('holds the eight factors of Art. 13 with their Chinese text', () => {
    expect(ART13_FACTORS).toHaveLength(8);
    expect(ART13_FACTORS[5]).toMatchObject({ id: 'end_user_and_use', title: { zh: '最终用户和最终用途' }, citation: { article: 'Art. 13(6)' } });
  });

  it('is complete when every factor is assessed', () => {
    expect(checkChecklist(all())).toEqual({ complete: true, problems: [], concerns: [] });
  });

  it('names each factor not yet assessed', () => {
    const r = checkChecklist(all().filter((a) => a.factor !== 'destination' && a.factor !== 'credit_record'));
    expect(r.complete).toBe(false);
    expect(r.problems.map((p) => p.factor)).toEqual(['destination', 'credit_record']);
    expect(r.problems[0]?.message.en).toContain('Destination country or region (Art. 13(5)) has not been assessed');
  });

  it('requires a note for a concern and allows "not applicable" only for other factors', () => {
    const r = checkChecklist(all({ destination: { assessment: 'concern' }, item_sensitivity: { assessment: 'not_applicable' }, other_factors: { assessment: 'not_applicable' } }));
    expect(r.problems.map((p) => p.factor)).toEqual(['item_sensitivity', 'destination']);
    const ok = checkChecklist(all({ end_user_and_use: { assessment: 'concern', note: 'end user also supplies a missile programme' } }));
    expect(ok.complete).toBe(true);
    expect(ok.concerns.map((c) => c.factor.id)).toEqual(['end_user_and_use']);
  });
});
