import { z } from 'zod';
import { STOP_KINDS } from '../../../domain/calendar/deadlines.ts';
import { ADVICE_KINDS, DECISION_OUTCOMES } from '../../../domain/licensing/countersigning.ts';
import { ChecklistAnswerZ } from '../../../domain/licensing/reviewChecklist.ts';
import { POLICY_KEYS } from '../../../app/licensing/licensingPolicies.ts';
import { ZOffsetQuery } from '../../pagination.ts';

export const ZIdParams = z.object({ id: z.string().min(1) });

export const ZCreateApplicationBody = z.object({
  provinceOrgId: z.string().min(1).describe('the provincial commerce department the application is filed with'),
  application: z.record(z.string(), z.unknown()).describe('the application contents (form required; the rest may come later)'),
});

export const ZUpdateApplicationBody = z.record(z.string(), z.unknown());

const text = z.string();
/** One step of the review; `type` names it (see the state machine). */
export const ZStepBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('receive') }),
  z.object({ type: z.literal('return_for_information'), message: text }),
  z.object({ type: z.literal('respond'), note: text }),
  z.object({ type: z.literal('forward'), note: text }),
  z.object({ type: z.literal('accept') }),
  z.object({ type: z.literal('request_consultation'), agencies: z.array(z.string().min(1)), question: text }),
  z.object({ type: z.literal('give_advice'), agency: z.string().min(1), kind: z.enum(ADVICE_KINDS), reasons: text.default(''), provisos: z.array(text).optional() }),
  z.object({ type: z.literal('stop_clock'), kind: z.enum(STOP_KINDS), reason: text }),
  z.object({ type: z.literal('resume_clock'), result: text }),
  z.object({ type: z.literal('consolidate'), recommendation: z.enum(['approve', 'refuse']), summary: text, provisos: z.array(text).optional(), checklist: z.array(ChecklistAnswerZ) }),
  z.object({ type: z.literal('decide'), outcome: z.enum(DECISION_OUTCOMES), conditions: z.array(text).optional(), reasons: text.default('') }),
  z.object({ type: z.literal('countersign'), agree: z.boolean(), note: text.default('') }),
  z.object({ type: z.literal('record_state_council_decision'), outcome: z.enum(['approve', 'refuse']), conditions: z.array(text).optional(), reasons: text.default(''), reference: text }),
  z.object({ type: z.literal('withdraw'), reason: text }),
]);

export const ZQueueQuery = ZOffsetQuery.extend({
  status: z.string().optional().describe('comma-separated statuses'),
  queue: z.string().optional(),
  assignee: z.literal('me').optional(),
});

export const ZIssueBody = z.object({ validFrom: z.string().optional(), validTo: z.string() });

export const ZDocumentQuery = z.object({ title: z.string().min(1), replaces: z.string().optional() });

export const ZCertificateFormQuery = z.object({
  contactPerson: z.string().trim().min(1),
  siteAddress: z.string().trim().min(1),
  governmentAuthentication: z.enum(['true', 'false']).default('false'),
});

export const ZPolicyParams = z.object({ key: z.enum(POLICY_KEYS) });
export const ZOrgParams = z.object({ orgId: z.string().min(1) });

export const ZLoose = z.looseObject({});
export const ZQueuePage = z.object({
  items: z.array(z.object({ id: z.string(), organisationId: z.string(), form: z.string(), status: z.string(), queue: z.string(), assigneeId: z.string().nullable(), dueDate: z.string().nullable(), submittedOn: z.string().nullable(), updatedAt: z.string() })),
  total: z.number().int(),
});
/** A response documented by its use case's types rather than a schema here. */
export const ZOut = z.unknown();
