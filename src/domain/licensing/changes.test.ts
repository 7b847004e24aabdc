import { describe, expect, it } from 'vitest';
import shipped from '../../../data/calendar/cn-work-calendar.json' with { type: 'json' };
import { buildWorkCalendar } from '../calendar/workCalendar.ts';
import { changeApplicationClock, classifyChange, decideChangeApplication, submitChangeApplication } from './changes.ts';
import { issueLicence } from './licence.ts';
import { countingBytes, individualLicenceInput } from './testFixtures.ts';

const lic = () => issueLicence(individualLicenceInput, { sequence: 7, randomBytes: countingBytes });

describe('licence changes (Regs Art. 18)', () => {
  it('classifies item, destination, end user and end use as key elements', () => {
    expect(classifyChange([{ element: 'end_user', from: 'A', to: 'B' }])).toMatchObject({ kind: 'key', citation: { article: 'Art. 18 ¶2' } });
    expect(classifyChange([{ element: 'consignee', from: 'A', to: 'B' }, { element: 'destination', from: 'DE', to: 'FR' }]).kind).toBe('key');
    expect(classifyChange([{ element: 'port_of_export', from: 'Shanghai', to: 'Ningbo' }])).toMatchObject({ kind: 'non_key', citation: { article: 'Art. 18 ¶3' } });
    expect(() => classifyChange([{ element: 'contract', from: 'C1', to: 'C1' }])).toThrow(/does not change/);
  });

  it('refuses a key-element change submitted as a change application', () => {
    expect(() => submitChangeApplication(lic(), [{ element: 'end_use', from: 'airframes', to: 'missile airframes' }], { at: '2025-11-01', reason: 'new customer order' })).toThrow(
      'cannot submit a change application: changing the end use of licence DU-2025-S-000007 is a key-element change (Regs Art. 18 ¶2); apply for a new licence, surrender this licence and stop exporting meanwhile',
    );
  });

  it('suspends the licence while a non-key change is pending, then reinstates or replaces it', () => {
    const s = submitChangeApplication(lic(), [{ element: 'port_of_export', from: 'Shanghai', to: 'Ningbo' }], { at: '2025-11-03', reason: 'new forwarder' });
    expect(s.licence).toMatchObject({ status: 'suspended', suspension: { ground: 'change_application_pending' } });
    expect(decideChangeApplication(s.application, s.licence, { approve: false, at: '2025-11-20', reason: 'route not justified' }).licence.status).toBe('active');
    const ok = decideChangeApplication(s.application, s.licence, { approve: true, at: '2025-11-20', reason: 'granted' });
    expect(ok).toMatchObject({ application: { status: 'approved' }, licence: { status: 'surrendered' } });
    expect(() => decideChangeApplication(ok.application, ok.licence, { approve: true, at: '2025-11-21', reason: 'x' })).toThrow(/already approved/);
  });

  it('runs the 20-working-day clock on the PRC calendar: accepted 2025-09-22, due across National Day', () => {
    const cal = buildWorkCalendar(shipped, 'data/calendar/cn-work-calendar.json');
    const s = changeApplicationClock(cal, '2025-09-22', '2025-09-30');
    expect(s.limitWorkingDays).toBe(20);
    // 9.23–26, Sun 9.28 (make-up day), 9.29–30 → 7 used; holiday 10.1–8; Sat 10.11 is a make-up working day
    expect(s).toMatchObject({ workingDaysUsed: 7, dueDate: '2025-10-24' });
  });
});
