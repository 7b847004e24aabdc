/**
 * The classification workflow: draft → submitted_for_review → signed_off | returned, and
 * superseded when a newer record replaces it. Who may do each step comes from the permission table
 * (`classification`: create to classify and submit, decide to sign off or return); the classifier
 * never signs off or returns their own classification (four-eyes).
 *
 * Each step is a pure function from the record, the actor and the time to the changed record.
 */
import { type Actor, can } from '../access/policy.ts';
import { AppError } from '../errors.ts';
import { invalidInput } from '../errors.ts';
import type { ClassificationInput, ClassificationRecord, ClassificationStatus } from './classification.ts';
import { type ClassificationPolicy, DEFAULT_CLASSIFICATION_POLICY, reReviewDueDate } from './reReview.ts';

export interface WorkflowActor extends Actor {
  name: string;
}

type Step = 'classify' | 'submit' | 'sign_off' | 'return';

const ALLOWED_FROM: Record<Exclude<Step, 'classify'>, readonly ClassificationStatus[]> = {
  submit: ['draft'],
  sign_off: ['submitted_for_review'],
  return: ['submitted_for_review'],
};

/** Statuses of records still being worked on; a new draft replaces them. */
export const OPEN_STATUSES: readonly ClassificationStatus[] = ['draft', 'submitted_for_review', 'returned'];

function requirePermission(actor: Actor, step: Step, organisationId: string): void {
  const action = step === 'sign_off' || step === 'return' ? 'decide' : 'create';
  if (!can(actor, action, { type: 'classification', organisationId })) {
    const what = step === 'sign_off' ? 'sign off' : step === 'return' ? 'return' : step;
    throw new AppError('FORBIDDEN', `your roles (${actor.roles.join(', ') || 'none'}) do not allow you to ${what} classifications`);
  }
}

function requireStatus(r: ClassificationRecord, step: Exclude<Step, 'classify'>): void {
  if (!ALLOWED_FROM[step].includes(r.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `classification ${r.id} is ${r.status}; ${step.replace('_', ' ')} needs it to be ${ALLOWED_FROM[step].join(' or ')}`);
  }
}

function requireOtherPerson(r: ClassificationRecord, actor: Actor, step: 'sign_off' | 'return'): void {
  if (r.classifiedBy === actor.userId) {
    throw new AppError('FORBIDDEN', `four-eyes rule: ${r.classifiedByName} classified this item and cannot ${step === 'sign_off' ? 'sign it off' : 'return it'}; another compliance officer must review it`);
  }
}

export interface NewDraft {
  id: string;
  organisationId: string;
  productId: string;
  versionNo: number;
  input: ClassificationInput;
}

/** A new draft classification by `actor`. */
export function draftClassification(d: NewDraft, actor: WorkflowActor, at: Date): ClassificationRecord {
  requirePermission(actor, 'classify', d.organisationId);
  return {
    id: d.id,
    organisationId: d.organisationId,
    productId: d.productId,
    jurisdiction: d.input.jurisdiction,
    versionNo: d.versionNo,
    status: 'draft',
    codes: d.input.codes,
    notListed: d.input.notListed,
    rationale: d.input.rationale,
    evidence: d.input.evidence,
    classifiedBy: actor.userId,
    classifiedByName: actor.name,
    classifiedAt: at.toISOString(),
    submittedAt: null,
    reviewedBy: null,
    reviewedByName: null,
    reviewedAt: null,
    reviewNote: null,
    signedOffOn: null,
    reReviewDue: null,
    supersededBy: null,
  };
}

/** The classifier (or a colleague allowed to classify) sends the draft for review. */
export function submitForReview(r: ClassificationRecord, actor: Actor, at: Date): ClassificationRecord {
  requirePermission(actor, 'submit', r.organisationId);
  requireStatus(r, 'submit');
  return { ...r, status: 'submitted_for_review', submittedAt: at.toISOString() };
}

/**
 * A reviewer other than the classifier signs the classification off; it becomes the effective one
 * and is due for re-review after the policy period. `signedOffOn` is the reviewer's calendar date.
 */
export function signOff(r: ClassificationRecord, actor: WorkflowActor, at: Date, signedOffOn: string, note: string | null = null, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY): ClassificationRecord {
  requirePermission(actor, 'sign_off', r.organisationId);
  requireStatus(r, 'sign_off');
  requireOtherPerson(r, actor, 'sign_off');
  return {
    ...r,
    status: 'signed_off',
    reviewedBy: actor.userId,
    reviewedByName: actor.name,
    reviewedAt: at.toISOString(),
    reviewNote: note,
    signedOffOn,
    reReviewDue: reReviewDueDate(signedOffOn, policy),
  };
}

/** A reviewer other than the classifier sends it back with a note saying what to change. */
export function returnForRework(r: ClassificationRecord, actor: WorkflowActor, at: Date, note: string): ClassificationRecord {
  requirePermission(actor, 'return', r.organisationId);
  requireStatus(r, 'return');
  requireOtherPerson(r, actor, 'return');
  const text = note.trim();
  if (text === '') throw invalidInput('returning a classification needs a note saying what to change', { field: 'note' });
  return { ...r, status: 'returned', reviewedBy: actor.userId, reviewedByName: actor.name, reviewedAt: at.toISOString(), reviewNote: text };
}

/**
 * Which earlier records of the same product and jurisdiction a step replaces: a new draft
 * replaces the open ones (draft, submitted, returned); a sign-off replaces the previously
 * signed-off one, which stays effective until then.
 */
export function supersededBy(step: 'draft' | 'sign_off', earlier: readonly ClassificationRecord[], current: ClassificationRecord): ClassificationRecord[] {
  const same = earlier.filter((e) => e.id !== current.id && e.productId === current.productId && e.jurisdiction === current.jurisdiction);
  const hit = step === 'draft' ? same.filter((e) => OPEN_STATUSES.includes(e.status)) : same.filter((e) => e.status === 'signed_off');
  return hit.map((e) => ({ ...e, status: 'superseded', supersededBy: current.id }));
}
