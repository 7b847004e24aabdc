/**
 * The life of a licence application through the two-tier review: the exporter submits; the
 * provincial commerce department receives, pre-reviews and forwards it to MOFCOM (or returns it for
 * information); MOFCOM accepts it (the 45-working-day clock starts), consults agencies, may stop the
 * clock for identification, expert consultation or on-site verification (Regs Art. 17 ¶3), and the
 * caseworker consolidates the advice before an approver decides, with countersigning where the
 * authority's policy asks for it. `transition` is pure: it returns the new case and its timeline
 * entry, or throws ILLEGAL_TRANSITION naming the state and the step.
 */
import type { OrganisationKind, Role } from '../access/organisations.ts';
import type { StopKind } from '../calendar/deadlines.ts';
import { type Application, validateApplication } from './application.ts';
import { type ExporterProfile, checkGeneralLicenceEligibility, checkRegistrationEligibility } from './eligibility.ts';
import { type AdviceKind, type CountersignPolicy, type DecisionOutcome, countersignRequirement } from './countersigning.ts';
import { type Bilingual, bi, illegalTransition, invalidLicensingInput, joinMessages } from './messages.ts';
import { type ChecklistAnswer, checkChecklist } from './reviewChecklist.ts';

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'provincial_review',
  'returned_for_information',
  'forwarded',
  'mofcom_review',
  'in_consultation',
  'clock_stopped',
  'awaiting_decision',
  'awaiting_countersignature',
  'approved',
  'refused',
  'referred_to_state_council',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const FINAL_STATUSES: readonly ApplicationStatus[] = ['approved', 'refused', 'withdrawn'];

const STATUS_ZH: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  provincial_review: '省级初审中',
  returned_for_information: '退回补充材料',
  forwarded: '已转报商务部',
  mofcom_review: '商务部审查中',
  in_consultation: '部门会商中',
  clock_stopped: '审查期限中止',
  awaiting_decision: '待决定',
  awaiting_countersignature: '待会签',
  approved: '准予许可',
  refused: '不予许可',
  referred_to_state_council: '已报国务院批准',
  withdrawn: '已撤回',
};

const STOP_ZH: Record<StopKind, string> = { 'technical-identification': '鉴别', 'expert-consultation': '征询专家意见', 'on-site-verification': '实地核查' };

export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
}

export interface Advice {
  kind: AdviceKind;
  reasons: string;
  provisos: string[];
  by: string;
  givenOn: string;
}

export interface ConsultationRequest {
  /** The consulted agency's organisation id (e.g. "MIIT"). */
  agency: string;
  question: string;
  requestedOn: string;
  advice: Advice | null;
}

export interface Consolidation {
  recommendation: 'approve' | 'refuse';
  summary: string;
  provisos: string[];
  by: string;
  on: string;
}

export interface ClockStop {
  kind: StopKind;
  reason: string;
  from: string;
  /** The day the result came in; null while the stop runs. */
  to: string | null;
  result: string | null;
  resumeTo: ApplicationStatus;
}

export interface Decision {
  outcome: DecisionOutcome;
  conditions: string[];
  reasons: string;
  by: string;
  on: string;
  countersignaturesRequired: number;
  countersignBecause: string[];
  countersignatures: { by: string; on: string; note: string }[];
}

export interface InformationRequest {
  from: 'provincial' | 'mofcom';
  message: string;
  by: string;
  on: string;
}

export interface ApplicationCase {
  applicationId: string;
  status: ApplicationStatus;
  /** Case flags used by routing and countersigning (e.g. "watch_list"). */
  flags: string[];
  submittedOn: string | null;
  /** Receipt by the provincial department: start of its 10-working-day forwarding limit. */
  receivedByProvinceOn: string | null;
  forwardedOn: string | null;
  /** Acceptance by MOFCOM: start of the 45-working-day decision limit (Regs Art. 17 ¶1). */
  acceptedOn: string | null;
  informationRequest: InformationRequest | null;
  consultations: ConsultationRequest[];
  consolidation: Consolidation | null;
  stops: ClockStop[];
  /** A decision taken and waiting for countersignatures. */
  pendingDecision: Decision | null;
  decision: Decision | null;
  stateCouncil: { referredOn: string; decidedOn: string | null; reference: string | null } | null;
  withdrawal: { reason: string; on: string } | null;
}

export type ApplicationEvent =
  | { type: 'submit'; application: Application; exporter: ExporterProfile }
  | { type: 'receive' }
  | { type: 'return_for_information'; message: string }
  | { type: 'respond'; application: Application; note: string }
  | { type: 'forward'; note: string }
  | { type: 'accept' }
  | { type: 'request_consultation'; agencies: string[]; question: string }
  | { type: 'give_advice'; agency: string; kind: AdviceKind; reasons: string; provisos?: string[] }
  | { type: 'stop_clock'; kind: StopKind; reason: string }
  | { type: 'resume_clock'; result: string }
  | { type: 'consolidate'; recommendation: 'approve' | 'refuse'; summary: string; provisos?: string[]; checklist: ChecklistAnswer[] }
  | { type: 'decide'; outcome: DecisionOutcome; conditions?: string[]; reasons: string }
  | { type: 'countersign'; agree: boolean; note: string }
  | { type: 'record_state_council_decision'; outcome: 'approve' | 'refuse'; conditions?: string[]; reasons: string; reference: string }
  | { type: 'withdraw'; reason: string };
export type ApplicationEventType = ApplicationEvent['type'];

export interface TransitionContext {
  /** The date of the step (YYYY-MM-DD). */
  at: string;
  actor: Actor;
  countersignPolicy: CountersignPolicy;
}

export interface TimelineEntry {
  at: string;
  userId: string;
  organisationId: string;
  event: ApplicationEventType;
  from: ApplicationStatus;
  to: ApplicationStatus;
  note: Bilingual;
}

export interface TransitionResult {
  state: ApplicationCase;
  entry: TimelineEntry;
}

/** A new case for a draft application. */
export function newApplicationCase(applicationId: string, flags: string[] = []): ApplicationCase {
  return {
    applicationId,
    status: 'draft',
    flags,
    submittedOn: null,
    receivedByProvinceOn: null,
    forwardedOn: null,
    acceptedOn: null,
    informationRequest: null,
    consultations: [],
    consolidation: null,
    stops: [],
    pendingDecision: null,
    decision: null,
    stateCouncil: null,
    withdrawal: null,
  };
}

/** Who may take each step: organisation kind and roles. */
const WHO: Record<ApplicationEventType, { kinds: readonly OrganisationKind[]; roles: readonly Role[]; en: string; zh: string }> = {
  submit: { kinds: ['exporter'], roles: ['compliance_officer', 'staff'], en: 'the exporter', zh: '出口经营者' },
  respond: { kinds: ['exporter'], roles: ['compliance_officer', 'staff'], en: 'the exporter', zh: '出口经营者' },
  withdraw: { kinds: ['exporter'], roles: ['compliance_officer', 'staff'], en: 'the exporter', zh: '出口经营者' },
  receive: { kinds: ['provincial_commerce'], roles: ['caseworker', 'reviewer', 'approver'], en: 'the provincial commerce department', zh: '省级商务主管部门' },
  forward: { kinds: ['provincial_commerce'], roles: ['caseworker', 'reviewer', 'approver'], en: 'the provincial commerce department', zh: '省级商务主管部门' },
  return_for_information: { kinds: ['provincial_commerce', 'licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a reviewing caseworker', zh: '审查人员' },
  accept: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a MOFCOM caseworker', zh: '商务部审查人员' },
  request_consultation: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a MOFCOM caseworker', zh: '商务部审查人员' },
  stop_clock: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a MOFCOM caseworker', zh: '商务部审查人员' },
  resume_clock: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a MOFCOM caseworker', zh: '商务部审查人员' },
  consolidate: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer'], en: 'a MOFCOM caseworker', zh: '商务部审查人员' },
  give_advice: { kinds: ['consulted_agency'], roles: ['caseworker', 'reviewer', 'approver'], en: 'a consulted agency', zh: '会商部门' },
  decide: { kinds: ['licensing_authority'], roles: ['approver'], en: 'a MOFCOM approver', zh: '商务部审批人' },
  countersign: { kinds: ['licensing_authority'], roles: ['approver'], en: 'a MOFCOM approver', zh: '商务部审批人' },
  record_state_council_decision: { kinds: ['licensing_authority'], roles: ['caseworker', 'reviewer', 'approver'], en: 'MOFCOM', zh: '商务部' },
};

const VERB: Record<ApplicationEventType, Bilingual> = {
  submit: bi('submit', '提交'),
  receive: bi('receive', '接收'),
  return_for_information: bi('return for information', '退回补充材料'),
  respond: bi('respond to the request for information', '补充材料'),
  forward: bi('forward', '转报'),
  accept: bi('accept', '受理'),
  request_consultation: bi('request consultation', '发起会商'),
  give_advice: bi('give advice', '提出会商意见'),
  stop_clock: bi('stop the clock', '中止审查期限'),
  resume_clock: bi('resume the clock', '恢复审查期限'),
  consolidate: bi('consolidate advice', '汇总意见'),
  decide: bi('decide', '作出决定'),
  countersign: bi('countersign', '会签'),
  record_state_council_decision: bi('record the State Council decision', '登记国务院决定'),
  withdraw: bi('withdraw', '撤回'),
};

const refuse = (ev: ApplicationEventType, why: Bilingual, details: Record<string, unknown> = {}): never => {
  throw illegalTransition(bi(`cannot ${VERB[ev].en}: ${why.en}`, `不能${VERB[ev].zh}：${why.zh}`), { event: ev, ...details });
};

const inStatus = (s: ApplicationStatus): Bilingual => bi(`the application is ${s.replaceAll('_', ' ')}`, `申请处于“${STATUS_ZH[s]}”状态`);

function requireStatus(c: ApplicationCase, ev: ApplicationEventType, allowed: readonly ApplicationStatus[]): void {
  if (!allowed.includes(c.status)) refuse(ev, inStatus(c.status), { status: c.status });
}

function requireText(field: string, value: string, what: Bilingual): string {
  const t = value.trim();
  if (!t) throw invalidLicensingInput(field, bi(`${what.en} is required`, `须填写${what.zh}`));
  return t;
}

function requireActor(ev: ApplicationEventType, actor: Actor): void {
  const who = WHO[ev];
  if (!who.kinds.includes(actor.organisationKind) || !who.roles.includes(actor.role))
    refuse(ev, bi(`only ${who.en} may do this, not a ${actor.role} of ${actor.organisationKind.replaceAll('_', ' ')}`, `只有${who.zh}可以执行此操作`));
}

const outstanding = (c: ApplicationCase): string[] => c.consultations.filter((r) => r.advice === null).map((r) => r.agency);

const listEn = (xs: readonly string[]): string => xs.join(', ');
const listZh = (xs: readonly string[]): string => xs.join('、');

function decideRefusal(c: ApplicationCase): never {
  if (c.status === 'in_consultation' || (c.status === 'clock_stopped' && c.stops.at(-1)?.resumeTo === 'in_consultation')) {
    const open = outstanding(c);
    if (open.length > 0)
      return refuse('decide', bi(`consultation advice from ${listEn(open)} is still outstanding`, `${listZh(open)}的会商意见尚未反馈`), { outstanding: open });
    return refuse('decide', bi(`the caseworker has not consolidated the advice of ${listEn(c.consultations.map((r) => r.agency))} yet`, `审查人员尚未汇总${listZh(c.consultations.map((r) => r.agency))}的会商意见`));
  }
  if (c.status === 'clock_stopped') {
    const stop = c.stops.at(-1);
    const kind = stop?.kind ?? 'technical-identification';
    return refuse('decide', bi(`the clock is stopped for ${kind.replaceAll('-', ' ')}; resume it with the result first`, `审查期限因${STOP_ZH[kind]}中止，须先登记结果并恢复`));
  }
  if (c.status === 'mofcom_review') return refuse('decide', bi('the review has not been consolidated by the caseworker yet', '审查人员尚未汇总审查意见'));
  if (c.status === 'awaiting_countersignature') return refuse('decide', bi('a decision is already waiting for countersignature', '已有决定待会签'));
  return refuse('decide', inStatus(c.status), { status: c.status });
}

function finalStatus(outcome: DecisionOutcome): ApplicationStatus {
  return outcome === 'approve' ? 'approved' : outcome === 'refuse' ? 'refused' : 'referred_to_state_council';
}

function applyDecision(c: ApplicationCase, d: Decision, at: string): ApplicationCase {
  const status = finalStatus(d.outcome);
  return {
    ...c,
    status,
    pendingDecision: null,
    decision: d,
    stateCouncil: d.outcome === 'refer_to_state_council' ? { referredOn: at, decidedOn: null, reference: null } : c.stateCouncil,
  };
}

/** Takes one step of the application's life, or refuses it with an ILLEGAL_TRANSITION error. */
export function transition(c: ApplicationCase, ev: ApplicationEvent, ctx: TransitionContext): TransitionResult {
  requireActor(ev.type, ctx.actor);
  const { at, actor } = ctx;
  const done = (state: ApplicationCase, note: Bilingual): TransitionResult => ({
    state,
    entry: { at, userId: actor.userId, organisationId: actor.organisationId, event: ev.type, from: c.status, to: state.status, note },
  });

  switch (ev.type) {
    case 'submit': {
      requireStatus(c, ev.type, ['draft']);
      const issues = validateApplication(ev.application);
      if (issues.length > 0)
        refuse(ev.type, bi(`the application is incomplete: ${issues.map((i) => `${i.field} (${i.message.en})`).join('; ')}`, `申请材料不全：${issues.map((i) => i.message.zh).join('；')}`), { issues });
      const app = ev.application;
      if (ev.exporter.id !== app.exporter.id) throw invalidLicensingInput('exporter.id', bi(`the exporter profile ${ev.exporter.id} is not the applicant ${app.exporter.id}`, `出口经营者信息${ev.exporter.id}与申请人${app.exporter.id}不符`));
      if (app.form !== 'individual') {
        const elig = app.form === 'general' ? checkGeneralLicenceEligibility(ev.exporter, at) : checkRegistrationEligibility(ev.exporter, at);
        if (!elig.eligible) {
          const m = joinMessages(elig.grounds.map((g) => bi(`${g.message.en} (${g.article})`, `${g.message.zh}（${g.article}）`)));
          const formName = app.form === 'general' ? bi('a general licence', '通用许可') : bi('registration for an export voucher', '登记填报获得出口凭证');
          refuse(ev.type, bi(`${ev.exporter.name} may not apply for ${formName.en}: ${m.en}`, `${ev.exporter.name}不得申请${formName.zh}：${m.zh}`), { grounds: elig.grounds.map((g) => g.code) });
        }
      }
      return done({ ...c, status: 'submitted', submittedOn: at }, bi(`${app.form} licence application submitted`, '申请已提交'));
    }
    case 'receive':
      requireStatus(c, ev.type, ['submitted']);
      return done({ ...c, status: 'provincial_review', receivedByProvinceOn: at }, bi('received by the provincial commerce department for pre-review', '省级商务主管部门接收并初审'));
    case 'return_for_information': {
      const message = requireText('message', ev.message, bi('what information is needed', '需补充的材料'));
      const from = c.status === 'provincial_review' ? 'provincial' : 'mofcom';
      requireStatus(c, ev.type, ['provincial_review', 'mofcom_review']);
      const reviewer: OrganisationKind = from === 'provincial' ? 'provincial_commerce' : 'licensing_authority';
      if (actor.organisationKind !== reviewer) refuse(ev.type, bi(`the application is with ${from === 'provincial' ? 'the provincial commerce department' : 'MOFCOM'}`, `申请由${from === 'provincial' ? '省级商务主管部门' : '商务部'}审查`));
      return done({ ...c, status: 'returned_for_information', informationRequest: { from, message, by: actor.userId, on: at } }, bi(`returned for information: ${message}`, `退回补充材料：${message}`));
    }
    case 'respond': {
      requireStatus(c, ev.type, ['returned_for_information']);
      const issues = validateApplication(ev.application);
      if (issues.length > 0) refuse(ev.type, bi(`the application is still incomplete: ${issues.map((i) => i.field).join(', ')}`, `申请材料仍不全：${issues.map((i) => i.message.zh).join('；')}`), { issues });
      const back: ApplicationStatus = c.informationRequest?.from === 'mofcom' ? 'mofcom_review' : 'provincial_review';
      return done({ ...c, status: back, informationRequest: null }, bi(`information supplied: ${ev.note}`, `已补充材料：${ev.note}`));
    }
    case 'forward':
      requireStatus(c, ev.type, ['provincial_review']);
      return done({ ...c, status: 'forwarded', forwardedOn: at }, bi(`pre-review passed, forwarded to MOFCOM: ${ev.note}`, `初审通过，转报商务部：${ev.note}`));
    case 'accept':
      requireStatus(c, ev.type, ['forwarded']);
      return done({ ...c, status: 'mofcom_review', acceptedOn: at }, bi('accepted by MOFCOM; the 45-working-day review period starts', '商务部受理，45个工作日审查期限开始计算'));
    case 'request_consultation': {
      requireStatus(c, ev.type, ['mofcom_review', 'in_consultation']);
      const question = requireText('question', ev.question, bi('the question to the agencies', '会商事项'));
      if (ev.agencies.length === 0) throw invalidLicensingInput('agencies', bi('name at least one agency to consult', '须指定至少一个会商部门'));
      const already = ev.agencies.filter((a) => c.consultations.some((r) => r.agency === a && r.advice === null));
      if (already.length > 0) refuse(ev.type, bi(`${listEn(already)} has already been asked and has not answered yet`, `已向${listZh(already)}征求意见，尚未反馈`));
      const requests = ev.agencies.map((agency): ConsultationRequest => ({ agency, question, requestedOn: at, advice: null }));
      return done({ ...c, status: 'in_consultation', consolidation: null, consultations: [...c.consultations, ...requests] }, bi(`consultation requested from ${listEn(ev.agencies)}`, `向${listZh(ev.agencies)}征求意见`));
    }
    case 'give_advice': {
      const consulting = c.status === 'in_consultation' || (c.status === 'clock_stopped' && c.stops.at(-1)?.resumeTo === 'in_consultation');
      if (!consulting) refuse(ev.type, inStatus(c.status), { status: c.status });
      if (actor.organisationId !== ev.agency) refuse(ev.type, bi(`${actor.organisationId} cannot give advice on behalf of ${ev.agency}`, `${actor.organisationId}不能代表${ev.agency}提出意见`));
      const idx = c.consultations.findIndex((r) => r.agency === ev.agency && r.advice === null);
      if (idx < 0) refuse(ev.type, bi(`${ev.agency} has no open consultation request on this case`, `${ev.agency}在本案没有待反馈的会商请求`));
      const provisos = (ev.provisos ?? []).map((p) => p.trim()).filter(Boolean);
      if (ev.kind === 'approve_with_provisos' && provisos.length === 0) throw invalidLicensingInput('provisos', bi('approval with provisos needs at least one proviso', '附条件同意须列明条件'));
      const needsReasons = ev.kind === 'refuse' || ev.kind === 'approve_with_provisos';
      const reasons = needsReasons ? requireText('reasons', ev.reasons, bi('the reasons for the advice', '意见理由')) : ev.reasons.trim();
      const advice: Advice = { kind: ev.kind, reasons, provisos, by: actor.userId, givenOn: at };
      const consultations = c.consultations.map((r, i) => (i === idx ? { ...r, advice } : r));
      return done({ ...c, consultations }, bi(`${ev.agency} advises ${ev.kind.replaceAll('_', ' ')}${reasons ? `: ${reasons}` : ''}`, `${ev.agency}意见：${ADVICE_ZH[ev.kind]}${reasons ? `，${reasons}` : ''}`));
    }
    case 'stop_clock': {
      requireStatus(c, ev.type, ['mofcom_review', 'in_consultation', 'awaiting_decision']);
      const reason = requireText('reason', ev.reason, bi('the reason for stopping the clock', '中止理由'));
      const stop: ClockStop = { kind: ev.kind, reason, from: at, to: null, result: null, resumeTo: c.status };
      return done({ ...c, status: 'clock_stopped', stops: [...c.stops, stop] }, bi(`clock stopped for ${ev.kind.replaceAll('-', ' ')} (Regs Art. 17 ¶3): ${reason}`, `因${STOP_ZH[ev.kind]}中止审查期限（条例第十七条第三款）：${reason}`));
    }
    case 'resume_clock': {
      requireStatus(c, ev.type, ['clock_stopped']);
      const result = requireText('result', ev.result, bi('the result of the stop', '中止事项的结果'));
      const last = c.stops.at(-1);
      if (!last || last.to !== null) return refuse(ev.type, bi('no stop is running', '没有正在进行的中止'));
      if (at < last.from) throw invalidLicensingInput('at', bi(`the clock cannot resume on ${at}, before it stopped on ${last.from}`, `恢复日期${at}早于中止日期${last.from}`));
      const stops = [...c.stops.slice(0, -1), { ...last, to: at, result }];
      return done({ ...c, status: last.resumeTo, stops }, bi(`${last.kind.replaceAll('-', ' ')} finished, clock resumes: ${result}`, `${STOP_ZH[last.kind]}结束，恢复计算审查期限：${result}`));
    }
    case 'consolidate': {
      requireStatus(c, ev.type, ['mofcom_review', 'in_consultation']);
      const open = outstanding(c);
      if (open.length > 0) refuse(ev.type, bi(`consultation advice from ${listEn(open)} is still outstanding`, `${listZh(open)}的会商意见尚未反馈`), { outstanding: open });
      const checklist = checkChecklist(ev.checklist);
      if (!checklist.complete) refuse(ev.type, bi(`the Art. 13 review checklist is incomplete: ${joinMessages(checklist.problems.map((p) => p.message)).en}`, `第十三条审查清单未完成：${joinMessages(checklist.problems.map((p) => p.message)).zh}`), { problems: checklist.problems });
      const summary = requireText('summary', ev.summary, bi('the summary of the consolidated advice', '汇总意见'));
      const provisos = [...new Set([...(ev.provisos ?? []), ...c.consultations.flatMap((r) => r.advice?.provisos ?? [])])];
      const consolidation: Consolidation = { recommendation: ev.recommendation, summary, provisos, by: actor.userId, on: at };
      return done({ ...c, status: 'awaiting_decision', consolidation }, bi(`advice consolidated, recommendation: ${ev.recommendation}: ${summary}`, `意见已汇总，建议${ev.recommendation === 'approve' ? '准予许可' : '不予许可'}：${summary}`));
    }
    case 'decide': {
      if (c.status !== 'awaiting_decision' || !c.consolidation) return decideRefusal(c);
      if (c.consolidation.by === actor.userId) refuse(ev.type, bi('the approver must be someone other than the caseworker who consolidated the advice', '审批人不能是汇总意见的审查人员'));
      const conditions = (ev.conditions ?? []).map((x) => x.trim()).filter(Boolean);
      const reasons = ev.outcome === 'approve' ? ev.reasons.trim() : requireText('reasons', ev.reasons, bi(ev.outcome === 'refuse' ? 'the reasons for the refusal (Regs Art. 17 ¶1: written notice)' : 'the reasons for referral', ev.outcome === 'refuse' ? '不予许可的理由' : '报批理由'));
      if (ev.outcome === 'refuse' && conditions.length > 0) throw invalidLicensingInput('conditions', bi('a refusal has no licence conditions', '不予许可不能附加许可条件'));
      const need = countersignRequirement(ctx.countersignPolicy, {
        outcome: ev.outcome,
        flags: c.flags,
        adviceKinds: c.consultations.flatMap((r) => (r.advice ? [r.advice.kind] : [])),
        recommendation: c.consolidation.recommendation,
      });
      const d: Decision = { outcome: ev.outcome, conditions, reasons, by: actor.userId, on: at, countersignaturesRequired: need.required, countersignBecause: need.because.map((b) => b.ruleId), countersignatures: [] };
      const what = bi(`decision: ${ev.outcome.replaceAll('_', ' ')}${conditions.length ? ` with conditions: ${conditions.join('; ')}` : ''}${reasons ? ` (${reasons})` : ''}`, `决定：${OUTCOME_ZH[ev.outcome]}${conditions.length ? `，附条件：${conditions.join('；')}` : ''}${reasons ? `（${reasons}）` : ''}`);
      if (need.required > 0)
        return done({ ...c, status: 'awaiting_countersignature', pendingDecision: d }, bi(`${what.en}; ${need.required} countersignature(s) required by ${listEn(d.countersignBecause)}`, `${what.zh}；须${need.required}人会签`));
      return done(applyDecision(c, d, at), what);
    }
    case 'countersign': {
      requireStatus(c, ev.type, ['awaiting_countersignature']);
      const d = c.pendingDecision;
      if (!d) return refuse(ev.type, bi('no decision is waiting for countersignature', '没有待会签的决定'));
      if (d.by === actor.userId || d.countersignatures.some((s) => s.by === actor.userId))
        refuse(ev.type, bi(`${actor.userId} has already signed this decision; a countersignature must come from another approver`, `${actor.userId}已签署该决定，会签须由其他审批人进行`));
      if (!ev.agree) {
        const note = requireText('note', ev.note, bi('why the countersignature is refused', '不同意会签的理由'));
        return done({ ...c, status: 'awaiting_decision', pendingDecision: null }, bi(`countersignature refused, decision sent back: ${note}`, `会签不同意，决定退回：${note}`));
      }
      const signed: Decision = { ...d, countersignatures: [...d.countersignatures, { by: actor.userId, on: at, note: ev.note.trim() }] };
      if (signed.countersignatures.length < signed.countersignaturesRequired)
        return done({ ...c, pendingDecision: signed }, bi(`countersigned (${signed.countersignatures.length} of ${signed.countersignaturesRequired})`, `已会签（${signed.countersignatures.length}/${signed.countersignaturesRequired}）`));
      return done(applyDecision(c, signed, at), bi(`countersigned; decision ${d.outcome.replaceAll('_', ' ')} takes effect`, `会签完成，决定（${OUTCOME_ZH[d.outcome]}）生效`));
    }
    case 'record_state_council_decision': {
      requireStatus(c, ev.type, ['referred_to_state_council']);
      const reference = requireText('reference', ev.reference, bi('the reference of the State Council approval', '国务院批复文号'));
      const conditions = (ev.conditions ?? []).map((x) => x.trim()).filter(Boolean);
      const reasons = ev.outcome === 'refuse' ? requireText('reasons', ev.reasons, bi('the reasons for the refusal', '不予许可的理由')) : ev.reasons.trim();
      const decision: Decision = { outcome: ev.outcome, conditions, reasons, by: actor.userId, on: at, countersignaturesRequired: 0, countersignBecause: [], countersignatures: [] };
      const stateCouncil = { referredOn: c.stateCouncil?.referredOn ?? at, decidedOn: at, reference };
      return done({ ...c, status: finalStatus(ev.outcome), decision, stateCouncil }, bi(`State Council decision ${reference}: ${ev.outcome}`, `国务院决定（${reference}）：${OUTCOME_ZH[ev.outcome]}`));
    }
    case 'withdraw': {
      if (FINAL_STATUSES.includes(c.status)) refuse(ev.type, inStatus(c.status), { status: c.status });
      const reason = requireText('reason', ev.reason, bi('the reason for withdrawal', '撤回理由'));
      return done({ ...c, status: 'withdrawn', withdrawal: { reason, on: at } }, bi(`withdrawn by the exporter: ${reason}`, `出口经营者撤回申请：${reason}`));
    }
  }
}

const ADVICE_ZH: Record<AdviceKind, string> = { approve: '同意', approve_with_provisos: '附条件同意', refuse: '不同意', no_objection: '无异议' };
const OUTCOME_ZH: Record<DecisionOutcome, string> = { approve: '准予许可', refuse: '不予许可', refer_to_state_council: '报国务院批准' };

/** The stop intervals of the case in the shape the statutory clock takes. */
export const clockStops = (c: ApplicationCase): { kind: StopKind; from: string; to: string | null }[] => c.stops.map((s) => ({ kind: s.kind, from: s.from, to: s.to }));
