import { describe, expect, it } from 'vitest';
import { REPORTING_DUTY, ReportingPolicyZ, reportSchedule } from './postShipmentReports.ts';

// An example authority policy (configurable, not law).
const policy = ReportingPolicyZ.parse({
  source: 'example licensing-authority policy',
  reports: [
    { kind: 'shipment', after: 'shipment', dueWithinDays: 10, remindDaysBefore: 3 },
    { kind: 'arrival', after: 'shipment', dueWithinDays: 60, remindDaysBefore: 7 },
    { kind: 'installation', after: 'arrival', dueWithinDays: 90, remindDaysBefore: 14 },
    { kind: 'use', after: 'installation', dueWithinDays: 180 },
  ],
});

describe('post-shipment reports (Regs Art. 18 ¶1 duty; periods are policy)', () => {
  it('cites the reporting duty', () => {
    expect(REPORTING_DUTY.text).toContain('运抵、安装、使用');
  });

  it('schedules reports from the shipment and from earlier reports', () => {
    const s = reportSchedule(policy, '2025-10-20', [], '2025-10-27');
    expect(s.map((r) => [r.kind, r.state, r.dueOn])).toEqual([
      ['shipment', 'reminder', '2025-10-30'],
      ['arrival', 'not_yet_due', '2025-12-19'],
      ['installation', 'waiting_for_earlier_report', null],
      ['use', 'waiting_for_earlier_report', null],
    ]);
  });

  it('marks overdue and late reports, and anchors installation on the reported arrival date', () => {
    const s = reportSchedule(policy, '2025-10-20', [{ kind: 'shipment', submittedOn: '2025-11-02', eventDate: '2025-10-20' }, { kind: 'arrival', submittedOn: '2025-11-20', eventDate: '2025-11-15' }], '2026-02-20');
    expect(s[0]).toMatchObject({ state: 'submitted', daysLate: 3 });
    expect(s[2]).toMatchObject({ kind: 'installation', state: 'overdue', dueOn: '2026-02-13', daysLate: 7 });
    expect(s[3]?.state).toBe('waiting_for_earlier_report');
  });
});
