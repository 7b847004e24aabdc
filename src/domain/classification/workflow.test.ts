import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { ClassificationInputZ } from './classification.ts';
import { draftClassification, returnForRework, signOff, submitForReview, supersededBy, type WorkflowActor } from './workflow.ts';

const ORG = 'org-1';
const alice: WorkflowActor = { userId: 'u-alice', name: 'alice', organisationId: ORG, roles: ['compliance_officer'] };
const bob: WorkflowActor = { userId: 'u-bob', name: 'bob', organisationId: ORG, roles: ['compliance_officer'] };
const sam: WorkflowActor = { userId: 'u-sam', name: 'sam', organisationId: ORG, roles: ['staff'] };
const audrey: WorkflowActor = { userId: 'u-audrey', name: 'audrey', organisationId: ORG, roles: ['auditor'] };
const mallory: WorkflowActor = { userId: 'u-m', name: 'mallory', organisationId: 'org-2', roles: ['compliance_officer'] };
const at = new Date('2026-03-02T09:00:00Z');
const input = ClassificationInputZ.parse({ jurisdiction: 'CN', codes: ['1C350.a'], rationale: 'Anhydrous hydrogen fluoride, a CWC schedule 3 precursor listed under 1C350.a.' });

const draft = (by: WorkflowActor = sam, id = 'c1', versionNo = 1) => draftClassification({ id, organisationId: ORG, productId: 'p1', versionNo, input }, by, at);
const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return undefined;
};

describe('classification workflow', () => {
  it('goes draft → submitted → signed off with the re-review date from the policy', () => {
    const d = draft();
    expect(d).toMatchObject({ status: 'draft', classifiedBy: 'u-sam', versionNo: 1 });
    const s = submitForReview(d, sam, at);
    expect(s.status).toBe('submitted_for_review');
    const o = signOff(s, alice, at, '2026-03-02', 'checked the data sheet');
    expect(o).toMatchObject({ status: 'signed_off', reviewedBy: 'u-alice', signedOffOn: '2026-03-02', reReviewDue: '2027-03-02', reviewNote: 'checked the data sheet' });
  });

  it('refuses sign-off and return by the classifier (four-eyes)', () => {
    const s = submitForReview(draft(alice), alice, at);
    expect(() => signOff(s, alice, at, '2026-03-02')).toThrow(/four-eyes/);
    expect(code(() => returnForRework(s, alice, at, 'redo'))).toBe('FORBIDDEN');
    expect(signOff(s, bob, at, '2026-03-02').status).toBe('signed_off');
  });

  it('lets only roles with the permission classify and sign off, only in their organisation', () => {
    expect(code(() => draft(audrey))).toBe('FORBIDDEN');
    const s = submitForReview(draft(), sam, at);
    expect(code(() => signOff(s, sam, at, '2026-03-02'))).toBe('FORBIDDEN'); // staff may classify, not sign off
    expect(code(() => signOff(s, audrey, at, '2026-03-02'))).toBe('FORBIDDEN');
    expect(code(() => signOff(s, mallory, at, '2026-03-02'))).toBe('FORBIDDEN');
  });

  it('refuses steps from the wrong state and needs a note to return', () => {
    const d = draft();
    expect(code(() => signOff(d, alice, at, '2026-03-02'))).toBe('ILLEGAL_TRANSITION');
    const s = submitForReview(d, sam, at);
    expect(code(() => submitForReview(s, sam, at))).toBe('ILLEGAL_TRANSITION');
    expect(code(() => returnForRework(s, alice, at, '  '))).toBe('INVALID_INPUT');
    const r = returnForRework(s, alice, at, 'attach the purity certificate');
    expect(r).toMatchObject({ status: 'returned', reviewNote: 'attach the purity certificate' });
    expect(code(() => signOff(r, alice, at, '2026-03-02'))).toBe('ILLEGAL_TRANSITION');
  });

  it('supersedes open records on a new draft and the signed-off record on a new sign-off', () => {
    const v1 = signOff(submitForReview(draft(sam, 'c1', 1), sam, at), alice, at, '2025-03-02');
    const v2 = returnForRework(submitForReview(draft(sam, 'c2', 2), sam, at), alice, at, 'wrong sub-item');
    const v3 = draft(sam, 'c3', 3);
    const onDraft = supersededBy('draft', [v1, v2], v3);
    expect(onDraft.map((r) => [r.id, r.status, r.supersededBy])).toEqual([['c2', 'superseded', 'c3']]);
    const v3signed = signOff(submitForReview(v3, sam, at), alice, at, '2026-03-02');
    expect(supersededBy('sign_off', [v1, ...onDraft], v3signed).map((r) => [r.id, r.status])).toEqual([['c1', 'superseded']]);
  });
});
