import { describe, expect, it } from 'vitest';
import { EnquiryInputZ } from './enquiry.ts';

const ok = {
  subject: 'Is our PVDF-lined valve a 2B350 item?',
  itemDescription: 'Diaphragm valve, DN50, wetted parts lined with PVDF',
  performanceIndicators: [{ name: 'nominal diameter', value: '50', unit: 'mm' }],
  mainUses: ['corrosive chemical dosing in water treatment'],
  reasonUndecided: 'The list controls valves whose wetted surfaces are of fluoropolymers; the lining thickness rule is unclear to us.',
};

describe('classification enquiry (Regs Art. 14 ¶4)', () => {
  it('accepts an enquiry with indicators, uses and the reason', () => {
    expect(EnquiryInputZ.parse(ok).candidateCodes).toEqual([]);
  });

  it('names what Art. 14 requires when it is missing', () => {
    const miss = (patch: Record<string, unknown>) => {
      const r = EnquiryInputZ.safeParse({ ...ok, ...patch });
      return r.success ? null : { path: r.error.issues[0]?.path.join('.'), message: r.error.issues[0]?.message };
    };
    expect(miss({ performanceIndicators: [] })).toMatchObject({ path: 'performanceIndicators', message: expect.stringMatching(/performance indicators/) });
    expect(miss({ mainUses: [] })).toMatchObject({ path: 'mainUses', message: expect.stringMatching(/main uses/) });
    expect(miss({ reasonUndecided: 'unsure' })).toMatchObject({ path: 'reasonUndecided', message: expect.stringMatching(/why you cannot decide/) });
  });
});
