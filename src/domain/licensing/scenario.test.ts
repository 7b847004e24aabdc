// The licence lifecycle end to end, in pure domain terms, on the 2025 State Council holiday notice
// (data/calendar/cn-work-calendar.json) and real 2026 catalogue items (see testFixtures.ts).
import { describe, expect, it } from 'vitest';
import shipped from '../../../data/calendar/cn-work-calendar.json' with { type: 'json' };
import { buildWorkCalendar } from '../calendar/workCalendar.ts';
import { AppError } from '../errors.ts';
import { ApplicationZ, validateApplication } from './application.ts';
import { decisionClock, forwardingClock } from './applicationClocks.ts';
import { type ApplicationCase, newApplicationCase, transition } from './applicationStateMachine.ts';
import { submitChangeApplication } from './changes.ts';
import { changeLicenceStatus, issueLicence, recordShipment, remainingBalance, verifyForCustoms } from './licence.ts';
import { ReportingPolicyZ, reportSchedule } from './postShipmentReports.ts';
import { evaluateRouting, parseRoutingRules } from './routing.ts';
import { approver, caseworker, exporter, fullChecklist, mfa, miit, policy, province, walk } from './testActors.ts';
import { cleanExporter, completeGeneral, completeIndividual, countingBytes } from './testFixtures.ts';

const cal = buildWorkCalendar(shipped, 'data/calendar/cn-work-calendar.json');

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('licence lifecycle scenario', () => {
  it('walks from draft to an expired licence', () => {
    // 1. The exporter drafts; validation names what is missing; the completed draft is submitted.
    const draft = ApplicationZ.parse({ ...completeIndividual, contract: undefined });
    expect(validateApplication(draft).map((i) => i.field)).toEqual(['contract']);
    const app = ApplicationZ.parse(completeIndividual);

    // 2. Routing picks the desk and the agencies to consult (example authority rules).
    const rules = parseRoutingRules([
      { id: 'materials', description: 'Category 1 to the materials desk, MIIT consulted', when: { itemCategories: ['1'] }, route: { queue: 'materials-desk', consult: ['MIIT'] } },
      { id: 'foreign-affairs', description: 'All exports: MFA consulted', when: {}, route: { consult: ['MFA'] } },
    ]);
    const route = evaluateRouting({ form: app.form, controlCodes: app.items.map((i) => i.controlCode), destination: app.destination ?? '', flags: [] }, rules, 'intake');
    expect(route).toMatchObject({ queues: ['materials-desk'], consult: ['MIIT', 'MFA'] });

    // 3. Two tiers, consultation, a technical identification that stops the clock, consolidation.
    let c: ApplicationCase = walk(newApplicationCase(app.id), [
      ['2025-09-08', exporter, { type: 'submit', application: app, exporter: cleanExporter }],
      ['2025-09-09', province, { type: 'receive' }],
      ['2025-09-12', province, { type: 'forward', note: 'materials complete' }],
      ['2025-09-15', caseworker, { type: 'accept' }],
      ['2025-09-16', caseworker, { type: 'request_consultation', agencies: route.consult, question: 'Is the stated civil-aviation end use credible?' }],
      ['2025-09-25', miit, { type: 'give_advice', agency: 'MIIT', kind: 'approve_with_provisos', reasons: 'known civil aerostructures supplier', provisos: ['installation report within 90 days of arrival'] }],
      ['2025-10-13', caseworker, { type: 'stop_clock', kind: 'technical-identification', reason: 'confirm tensile strength ≥ 460 MPa' }],
    ]).state;
    expect(forwardingClock(cal, c, '2025-10-13')).toMatchObject({ workingDaysUsed: 3, dueDate: '2025-09-23', overdue: false });
    expect(decisionClock(cal, c, '2025-10-15')).toMatchObject({ state: 'paused', pausedBy: ['technical-identification'], dueDate: null, dueDateUnknownBecause: 'paused' });

    c = walk(c, [
      ['2025-10-15', mfa, { type: 'give_advice', agency: 'MFA', kind: 'no_objection', reasons: '' }],
      ['2025-10-17', caseworker, { type: 'resume_clock', result: 'identified as 1C202.a (tensile strength 480 MPa)' }],
    ]).state;
    expect(c.status).toBe('in_consultation');
    // The five stopped working days (10.13–10.17) move the due date from 2025-11-21 to 2025-11-28.
    expect(decisionClock(cal, c, '2025-10-20')).toMatchObject({ state: 'running', dueDate: '2025-11-28', workingDaysUsed: 16, workingDaysStopped: 5 });

    // A decision before consolidation is refused.
    expect(refusal(() => transition(c, { type: 'decide', outcome: 'approve', reasons: '' }, { at: '2025-10-20', actor: approver, countersignPolicy: policy })).message).toBe(
      'cannot decide: the caseworker has not consolidated the advice of MIIT, MFA yet',
    );

    const decided = walk(c, [
      ['2025-10-20', caseworker, { type: 'consolidate', recommendation: 'approve', summary: 'MIIT approves with a proviso, MFA has no objection; identification confirms 1C202.a', checklist: fullChecklist('2025-10-20') }],
      ['2025-10-21', approver, { type: 'decide', outcome: 'approve', conditions: ['installation report within 90 days of arrival'], reasons: 'civil end use verified' }],
    ]);
    c = decided.state;
    expect(c).toMatchObject({ status: 'approved', decision: { conditions: ['installation report within 90 days of arrival'] } });
    expect(decided.timeline.map((e) => e.to)).toEqual(['awaiting_decision', 'approved']);
    expect(decisionClock(cal, c, '2025-12-31')).toMatchObject({ today: '2025-10-21', overdue: false, workingDaysUsed: 17 });

    // 4. The licence is issued; two shipments decrement it; a third over the balance is refused.
    let lic = issueLicence(
      {
        form: 'individual',
        applicationId: app.id,
        exporterId: app.exporter.id,
        destination: 'DE',
        endUsers: app.endUsers.map((u) => u.name),
        endUse: app.endUse ?? '',
        conditions: c.decision?.conditions ?? [],
        issuedOn: '2025-10-22',
        validFrom: '2025-10-22',
        validTo: '2026-10-21',
        lines: app.items.map((i) => ({ lineId: i.lineId, controlCode: i.controlCode, description: i.description, unit: i.unit, currency: i.currency, quantity: i.quantity, value: i.value })),
      },
      { sequence: 1, randomBytes: countingBytes },
    );
    expect(verifyForCustoms(lic, { verificationCode: lic.verificationCode, controlCode: '1C202.a', quantity: 40 }, '2025-10-30').valid).toBe(true);
    lic = recordShipment(lic, { declarationNumber: '222920250000123456', date: '2025-10-30', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 40, value: 80_000 }] }, '2025-10-30').licence;
    const second = recordShipment(lic, { declarationNumber: '222920250000133333', date: '2025-11-20', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 50, value: 100_000 }] }, '2025-11-20');
    lic = second.licence;
    expect(second.balance[0]).toMatchObject({ quantity: { used: 90, remaining: 10 }, value: { remaining: 20_000 } });
    const over = refusal(() => recordShipment(lic, { declarationNumber: '222920250000144444', date: '2025-12-01', customsOffice: 'Shanghai Pudong Airport Customs (2233)', lines: [{ lineId: 'L1', quantity: 20, value: 40_000 }] }, '2025-12-01'));
    expect(over.message).toBe('shipment 222920250000144444 refused: 1C202.a: 20 kg exceeds the remaining 10 kg of 100; 1C202.a: value 40000 CNY exceeds the remaining 20000 CNY of 200000');
    expect(remainingBalance(lic)[0]?.quantity.remaining).toBe(10);

    // 5. Post-shipment reports for the first shipment (example reporting policy).
    const reporting = ReportingPolicyZ.parse({
      source: 'example policy and licence condition',
      reports: [
        { kind: 'shipment', after: 'shipment', dueWithinDays: 10 },
        { kind: 'arrival', after: 'shipment', dueWithinDays: 60 },
        { kind: 'installation', after: 'arrival', dueWithinDays: 90, remindDaysBefore: 14 },
      ],
    });
    const reports = reportSchedule(reporting, '2025-10-30', [{ kind: 'shipment', submittedOn: '2025-11-03', eventDate: '2025-10-30' }, { kind: 'arrival', submittedOn: '2025-11-12', eventDate: '2025-11-10' }], '2026-01-30');
    expect(reports.map((r) => [r.kind, r.state, r.dueOn])).toEqual([
      ['shipment', 'submitted', '2025-11-09'],
      ['arrival', 'submitted', '2025-12-29'],
      ['installation', 'reminder', '2026-02-08'],
    ]);

    // 6. Expiry after the last day of validity; any later use is refused.
    expect(() => changeLicenceStatus(lic, 'expire', { at: '2026-10-21', reason: 'end of validity' })).toThrow(/valid until 2026-10-21/);
    lic = changeLicenceStatus(lic, 'expire', { at: '2026-10-22', reason: 'end of validity' });
    expect(lic.status).toBe('expired');
    expect(verifyForCustoms(lic, { verificationCode: lic.verificationCode, controlCode: '1C202.a', quantity: 1 }, '2026-10-22').reasons.map((r) => r.code)).toEqual(['EXPIRED']);
  });

  describe('illegal transitions are refused with clear errors', () => {
    const app = ApplicationZ.parse(completeIndividual);
    const inConsultation = walk(newApplicationCase(app.id), [
      ['2025-09-08', exporter, { type: 'submit', application: app, exporter: cleanExporter }],
      ['2025-09-09', province, { type: 'receive' }],
      ['2025-09-12', province, { type: 'forward', note: 'ok' }],
      ['2025-09-15', caseworker, { type: 'accept' }],
      ['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT', 'MFA'], question: 'q' }],
      ['2025-09-25', mfa, { type: 'give_advice', agency: 'MFA', kind: 'no_objection', reasons: '' }],
    ]).state;

    it('a decision before consolidated advice', () => {
      const e = refusal(() => transition(inConsultation, { type: 'decide', outcome: 'approve', reasons: '' }, { at: '2025-09-26', actor: approver, countersignPolicy: policy }));
      expect(e.code).toBe('ILLEGAL_TRANSITION');
      expect(e.message).toBe('cannot decide: consultation advice from MIIT is still outstanding');
    });

    it('a shipment on a suspended licence', () => {
      const lic = issueLicence(
        { form: 'individual', applicationId: app.id, exporterId: 'exp-1', destination: 'DE', endUsers: ['Test Aerostructures GmbH'], endUse: 'x', conditions: [], issuedOn: '2025-10-22', validFrom: '2025-10-22', validTo: '2026-10-21', lines: [{ lineId: 'L1', controlCode: '1C202.a', description: 'd', unit: 'kg', currency: 'CNY', quantity: 100, value: 200_000 }] },
        { sequence: 2, randomBytes: countingBytes },
      );
      const suspended = changeLicenceStatus(lic, 'suspend', { at: '2025-11-01', reason: 'review factors changed materially', ground: 'authority_order' });
      const e = refusal(() => recordShipment(suspended, { declarationNumber: 'D1', date: '2025-11-05', customsOffice: 'C', lines: [{ lineId: 'L1', quantity: 1, value: 1 }] }, '2025-11-05'));
      expect(e.code).toBe('ILLEGAL_TRANSITION');
      expect(e.message).toContain('licence DU-2025-S-000002 is suspended since 2025-11-01');
    });

    it('a general licence for an ineligible exporter', () => {
      const general = ApplicationZ.parse(completeGeneral);
      const barred = { ...cleanExporter, seriousAdministrativePenalties: [{ decidedOn: '2022-06-01', reference: 'penalty 2022-01' }] };
      const e = refusal(() => transition(newApplicationCase(general.id), { type: 'submit', application: general, exporter: barred }, { at: '2025-09-08', actor: exporter, countersignPolicy: policy }));
      expect(e.code).toBe('ILLEGAL_TRANSITION');
      expect(e.message).toBe(
        'cannot submit: Test Alloys Co., Ltd. may not apply for a general licence: serious administrative penalty penalty 2022-01 of 2022-06-01 is within 5 years (barred until 2027-06-01) (Regs Art. 20 ¶1(2))',
      );
      expect(e.details?.grounds).toEqual(['SERIOUS_ADMINISTRATIVE_PENALTY']);
      expect(transition(newApplicationCase(general.id), { type: 'submit', application: general, exporter: cleanExporter }, { at: '2025-09-08', actor: exporter, countersignPolicy: policy }).state.status).toBe('submitted');
    });

    it('a key-element change submitted as a change application', () => {
      const lic = issueLicence(
        { form: 'individual', applicationId: app.id, exporterId: 'exp-1', destination: 'DE', endUsers: ['Test Aerostructures GmbH'], endUse: 'x', conditions: [], issuedOn: '2025-10-22', validFrom: '2025-10-22', validTo: '2026-10-21', lines: [{ lineId: 'L1', controlCode: '1C202.a', description: 'd', unit: 'kg', currency: 'CNY', quantity: 100, value: 200_000 }] },
        { sequence: 3, randomBytes: countingBytes },
      );
      const e = refusal(() => submitChangeApplication(lic, [{ element: 'destination', from: 'DE', to: 'TR' }], { at: '2025-11-01', reason: 'customer moved plant' }));
      expect(e.code).toBe('ILLEGAL_TRANSITION');
      expect(e.message).toContain('changing the destination of licence DU-2025-S-000003 is a key-element change (Regs Art. 18 ¶2)');
      expect(e.details?.message).toMatchObject({ zh: expect.stringContaining('属于关键要素变更') });
    });
  });
});
