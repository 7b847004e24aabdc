import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { ApplicationZ } from './application.ts';
import { type Actor, type ApplicationCase, type ApplicationEvent, newApplicationCase, transition } from './applicationStateMachine.ts';
import { cleanExporter, completeIndividual } from './testFixtures.ts';
import { approver, approver2, approver3, caseworker, exporter, fullChecklist, mfa, miit, policy, province, walk } from './testActors.ts';

const app = ApplicationZ.parse(completeIndividual);

const toMofcom = (flags: string[] = []): ApplicationCase =>
  walk(newApplicationCase('app-1', flags), [
    ['2025-09-10', exporter, { type: 'submit', application: app, exporter: cleanExporter }],
    ['2025-09-11', province, { type: 'receive' }],
    ['2025-09-12', province, { type: 'forward', note: 'complete' }],
    ['2025-09-15', caseworker, { type: 'accept' }],
  ]).state;

const consulted = (flags: string[] = []): ApplicationCase =>
  walk(toMofcom(flags), [
    ['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT', 'MFA'], question: 'end use credible?' }],
    ['2025-09-20', miit, { type: 'give_advice', agency: 'MIIT', kind: 'approve_with_provisos', reasons: 'civil aviation programme', provisos: ['installation report within 90 days'] }],
    ['2025-09-22', mfa, { type: 'give_advice', agency: 'MFA', kind: 'no_objection', reasons: '' }],
    ['2025-09-23', caseworker, { type: 'consolidate', recommendation: 'approve', summary: 'agencies agree', checklist: fullChecklist('2025-09-23') }],
  ]).state;

function refusal(c: ApplicationCase, ev: ApplicationEvent, actor: Actor): AppError {
  try {
    transition(c, ev, { at: '2025-10-01', actor, countersignPolicy: policy });
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('application state machine', () => {
  it('walks the two tiers and records a timeline entry per step', () => {
    const r = walk(newApplicationCase('app-1'), [
      ['2025-09-10', exporter, { type: 'submit', application: app, exporter: cleanExporter }],
      ['2025-09-11', province, { type: 'receive' }],
      ['2025-09-12', province, { type: 'forward', note: 'complete' }],
      ['2025-09-15', caseworker, { type: 'accept' }],
    ]);
    expect(r.state).toMatchObject({ status: 'mofcom_review', submittedOn: '2025-09-10', receivedByProvinceOn: '2025-09-11', forwardedOn: '2025-09-12', acceptedOn: '2025-09-15' });
    expect(r.timeline.map((e) => `${e.from}→${e.to}`)).toEqual(['draft→submitted', 'submitted→provincial_review', 'provincial_review→forwarded', 'forwarded→mofcom_review']);
    expect(r.timeline[3]?.note.zh).toContain('45个工作日');
  });

  it('refuses to submit an incomplete application, naming the missing items', () => {
    const e = refusal(newApplicationCase('a'), { type: 'submit', application: { ...app, contract: undefined }, exporter: cleanExporter }, exporter);
    expect(e.code).toBe('ILLEGAL_TRANSITION');
    expect(e.message).toMatch(/^cannot submit: the application is incomplete: contract \(a copy of the contract/);
  });

  it('returns for information and comes back to the tier that asked', () => {
    const r = walk(newApplicationCase('a'), [
      ['2025-09-10', exporter, { type: 'submit', application: app, exporter: cleanExporter }],
      ['2025-09-11', province, { type: 'receive' }],
      ['2025-09-12', province, { type: 'return_for_information', message: 'end-user certificate is unsigned' }],
      ['2025-09-15', exporter, { type: 'respond', application: app, note: 'signed certificate attached' }],
    ]);
    expect(r.state.status).toBe('provincial_review');
    const m = walk(toMofcom(), [
      ['2025-09-16', caseworker, { type: 'return_for_information', message: 'product photos' }],
      ['2025-09-17', exporter, { type: 'respond', application: app, note: 'photos' }],
    ]);
    expect(m.state.status).toBe('mofcom_review');
  });

  it('refuses a decision while advice is outstanding, naming the agency', () => {
    const c = walk(toMofcom(), [
      ['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT', 'MFA'], question: 'q' }],
      ['2025-09-22', mfa, { type: 'give_advice', agency: 'MFA', kind: 'no_objection', reasons: '' }],
    ]).state;
    const e = refusal(c, { type: 'decide', outcome: 'approve', reasons: '' }, approver);
    expect(e.code).toBe('ILLEGAL_TRANSITION');
    expect(e.message).toBe('cannot decide: consultation advice from MIIT is still outstanding');
    expect(e.details?.message).toEqual({ en: e.message, zh: '不能作出决定：MIIT的会商意见尚未反馈' });
    expect(refusal(c, { type: 'consolidate', recommendation: 'approve', summary: 's', checklist: fullChecklist('2025-09-23') }, caseworker).message).toContain('MIIT is still outstanding');
  });

  it('refuses a decision before the caseworker consolidates the advice', () => {
    const c = walk(toMofcom(), [
      ['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT'], question: 'q' }],
      ['2025-09-20', miit, { type: 'give_advice', agency: 'MIIT', kind: 'approve', reasons: '' }],
    ]).state;
    expect(refusal(c, { type: 'decide', outcome: 'approve', reasons: '' }, approver).message).toBe('cannot decide: the caseworker has not consolidated the advice of MIIT yet');
    expect(refusal(toMofcom(), { type: 'decide', outcome: 'approve', reasons: '' }, approver).message).toContain('not been consolidated');
  });

  it('refuses consolidation with an incomplete Art. 13 checklist', () => {
    const e = refusal(toMofcom(), { type: 'consolidate', recommendation: 'approve', summary: 's', checklist: fullChecklist('2025-09-23').slice(0, 7) }, caseworker);
    expect(e.message).toContain('Other factors set by laws and administrative regulations (Art. 13(8)) has not been assessed');
  });

  it('lets only the consulted agency advise, once, with reasons for a refusal', () => {
    const c = walk(toMofcom(), [['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT'], question: 'q' }]]).state;
    expect(refusal(c, { type: 'give_advice', agency: 'MIIT', kind: 'approve', reasons: '' }, mfa).message).toBe('cannot give advice: MFA cannot give advice on behalf of MIIT');
    expect(refusal(c, { type: 'give_advice', agency: 'MFA', kind: 'approve', reasons: '' }, mfa).message).toBe('cannot give advice: MFA has no open consultation request on this case');
    expect(() => transition(c, { type: 'give_advice', agency: 'MIIT', kind: 'refuse', reasons: ' ' }, { at: '2025-09-20', actor: miit, countersignPolicy: policy })).toThrow(/reasons/);
  });

  it('approves with conditions, carrying agency provisos into the consolidation', () => {
    const c = consulted();
    expect(c.consolidation?.provisos).toEqual(['installation report within 90 days']);
    const r = transition(c, { type: 'decide', outcome: 'approve', conditions: ['installation report within 90 days'], reasons: '' }, { at: '2025-09-25', actor: approver, countersignPolicy: policy });
    expect(r.state.status).toBe('approved');
    expect(r.state.decision).toMatchObject({ outcome: 'approve', conditions: ['installation report within 90 days'], countersignaturesRequired: 0 });
  });

  it('requires a countersignature from another approver for a refusal', () => {
    const r = walk(consulted(), [['2025-09-25', approver, { type: 'decide', outcome: 'refuse', reasons: 'diversion risk' }]]);
    expect(r.state.status).toBe('awaiting_countersignature');
    expect(refusal(r.state, { type: 'countersign', agree: true, note: '' }, approver).message).toContain('a countersignature must come from another approver');
    const done = walk(r.state, [['2025-09-26', approver2, { type: 'countersign', agree: true, note: 'agree' }]]);
    expect(done.state).toMatchObject({ status: 'refused', decision: { outcome: 'refuse', reasons: 'diversion risk', countersignatures: [{ by: 'u-ap2' }] } });
  });

  it('sends a decision back when a countersigner disagrees; watch-list cases need two', () => {
    const c = walk(consulted(['watch_list']), [['2025-09-25', approver, { type: 'decide', outcome: 'approve', reasons: '' }]]).state;
    expect(c.pendingDecision?.countersignaturesRequired).toBe(2);
    const one = walk(c, [['2025-09-26', approver2, { type: 'countersign', agree: true, note: '' }]]).state;
    expect(one.status).toBe('awaiting_countersignature');
    expect(walk(one, [['2025-09-27', approver3, { type: 'countersign', agree: true, note: '' }]]).state.status).toBe('approved');
    expect(walk(one, [['2025-09-27', approver3, { type: 'countersign', agree: false, note: 'end user not verified' }]]).state).toMatchObject({ status: 'awaiting_decision', pendingDecision: null });
  });

  it('refers to the State Council and records its decision', () => {
    const r = walk(consulted(), [
      ['2025-09-25', approver, { type: 'decide', outcome: 'refer_to_state_council', reasons: 'major national-security impact' }],
      ['2025-12-01', caseworker, { type: 'record_state_council_decision', outcome: 'approve', reasons: '', reference: '国函〔2025〕test-1' }],
    ]);
    expect(r.state).toMatchObject({ status: 'approved', stateCouncil: { referredOn: '2025-09-25', decidedOn: '2025-12-01' } });
  });

  it('stops and resumes the clock, returning to the step it interrupted', () => {
    const c = walk(toMofcom(), [
      ['2025-09-16', caseworker, { type: 'request_consultation', agencies: ['MIIT'], question: 'q' }],
      ['2025-09-17', caseworker, { type: 'stop_clock', kind: 'technical-identification', reason: 'verify tensile strength' }],
    ]).state;
    expect(c.status).toBe('clock_stopped');
    expect(refusal(c, { type: 'decide', outcome: 'approve', reasons: '' }, approver).message).toBe('cannot decide: consultation advice from MIIT is still outstanding');
    const adv = walk(c, [['2025-09-18', miit, { type: 'give_advice', agency: 'MIIT', kind: 'approve', reasons: '' }]]).state;
    const resumed = walk(adv, [['2025-09-24', caseworker, { type: 'resume_clock', result: 'identified as 1C202.a' }]]).state;
    expect(resumed).toMatchObject({ status: 'in_consultation', stops: [{ kind: 'technical-identification', from: '2025-09-17', to: '2025-09-24', result: 'identified as 1C202.a' }] });
  });

  it('refuses steps by the wrong party or in the wrong state', () => {
    expect(refusal(newApplicationCase('a'), { type: 'receive' }, province).message).toBe('cannot receive: the application is draft');
    expect(refusal(toMofcom(), { type: 'accept' }, exporter).message).toContain('only a MOFCOM caseworker may do this');
    expect(refusal(consulted(), { type: 'decide', outcome: 'approve', reasons: '' }, caseworker).message).toContain('only a MOFCOM approver may do this');
    const approved = walk(consulted(), [['2025-09-25', approver, { type: 'decide', outcome: 'approve', reasons: '' }]]).state;
    expect(refusal(approved, { type: 'withdraw', reason: 'no longer needed' }, exporter).message).toBe('cannot withdraw: the application is approved');
    expect(walk(toMofcom(), [['2025-09-16', exporter, { type: 'withdraw', reason: 'contract cancelled' }]]).state.status).toBe('withdrawn');
  });

  it('refuses an approver deciding on advice they consolidated themselves', () => {
    const selfConsolidated = walk(toMofcom(), [['2025-09-16', { ...caseworker, userId: approver.userId }, { type: 'consolidate', recommendation: 'approve', summary: 's', checklist: fullChecklist('2025-09-16') }]]).state;
    expect(refusal(selfConsolidated, { type: 'decide', outcome: 'approve', reasons: '' }, approver).message).toContain('someone other than the caseworker');
  });
});
