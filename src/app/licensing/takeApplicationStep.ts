/**
 * One step of an application's review, for every step of the state machine (submit, receive,
 * forward, accept, consultation, clock stops, consolidation, decision, countersigning, State
 * Council decisions, withdrawal): load the case, let the domain `transition` decide, then save the
 * case and its queue columns, the timeline entry, the consultation requests, the audit event and
 * the notifications in one transaction. A refused step changes nothing.
 */
import type { Kysely } from 'kysely';
import { type AuditEvent } from '../../domain/audit/events.ts';
import { involvesWatchList } from '../../domain/licensing/application.ts';
import { decisionClock, forwardingClock } from '../../domain/licensing/applicationClocks.ts';
import { type ApplicationCase, type ApplicationEvent, FINAL_STATUSES, transition } from '../../domain/licensing/applicationStateMachine.ts';
import { bi, illegalTransition } from '../../domain/licensing/messages.ts';
import { evaluateRouting } from '../../domain/licensing/routing.ts';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import { ApplicationRepository, type StoredApplication } from '../../infra/db/repositories/licensingApplications.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import type { Database } from '../../infra/db/schema.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import { DEFAULT_QUEUE, countersignPolicy, exporterProfile, routingRules } from './licensingPolicies.ts';
import { type LicensingCaller, type LicensingEnv, caseActor, isoDay } from './licensingEnv.ts';
import { type NotifyInput, notify } from './notify.ts';

type Internal = 'submit' | 'respond';
/** A step as requested: submit and respond take the stored application, the server adds it. */
export type StepRequest = Exclude<ApplicationEvent, { type: Internal }> | { type: 'submit' } | { type: 'respond'; note: string };

async function licensingAuthorityId(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('organisations').select('id').where('kind', '=', 'licensing_authority').orderBy('created_at').orderBy('id').executeTakeFirst();
  if (!row) throw illegalTransition(bi('no licensing authority (MOFCOM) organisation is registered to forward the application to', '尚未登记商务部机构，无法转报'));
  return row.id;
}

/** The due date of the clock running on the case today, if one runs. */
export function runningDueDate(calendar: WorkCalendar, c: ApplicationCase, today: string): string | null {
  if (FINAL_STATUSES.includes(c.status) || c.status === 'draft' || c.status === 'withdrawn' || c.status === 'referred_to_state_council') return null;
  if (c.acceptedOn !== null) return decisionClock(calendar, c, today).dueDate;
  if (c.receivedByProvinceOn !== null && c.forwardedOn === null && c.status === 'provincial_review') return forwardingClock(calendar, c, today).dueDate;
  return null;
}

export async function takeApplicationStep(env: LicensingEnv, who: LicensingCaller, id: string, step: StepRequest): Promise<StoredApplication> {
  const today = isoDay(env.now);
  return env.db.kysely.transaction().execute(async (trx) => {
    const a = await loadVisibleApplication(trx, who, id);
    const policy = await countersignPolicy(trx);
    let event: ApplicationEvent;
    let current = a.case;
    let routing = a.routing;
    let queue = a.queue;
    if (step.type === 'submit') {
      const org = await new OrganisationRepository(trx).get(a.organisationId);
      const profile = await exporterProfile(trx, { id: a.organisationId, name: org?.name ?? a.application.exporter.name });
      event = { type: 'submit', application: a.application, exporter: profile };
      const flags = involvesWatchList(a.application) ? ['watch_list'] : [];
      current = { ...current, flags };
      routing = evaluateRouting({ form: a.application.form, controlCodes: a.application.items.map((i) => i.controlCode), destination: a.application.destination ?? '', flags }, await routingRules(trx), DEFAULT_QUEUE);
      queue = routing.queues[0] ?? DEFAULT_QUEUE;
    } else if (step.type === 'respond') {
      event = { type: 'respond', application: a.application, note: step.note };
    } else {
      event = step;
    }
    const { state, entry } = transition(current, event, { at: today, actor: caseActor(who, event.type), countersignPolicy: policy });

    let queueOrg = a.queueOrg;
    if (event.type === 'submit') queueOrg = a.provinceOrgId;
    if (event.type === 'forward') queueOrg = await licensingAuthorityId(trx);
    const next: StoredApplication = { ...a, case: state, routing, queue, queueOrg, dueDate: runningDueDate(env.calendar, state, today), updatedAt: env.now.toISOString() };
    const repo = new ApplicationRepository(trx);
    await repo.update(next, a.version);
    await repo.appendTimeline(a.id, entry, env.now.toISOString());
    await repo.syncConsultations(state);

    const audit: AuditEvent =
      event.type === 'request_consultation'
        ? { type: 'consultation.requested', v: 1, applicationId: a.id, agencies: event.agencies, question: event.question }
        : event.type === 'give_advice'
          ? { type: 'consultation.advised', v: 1, applicationId: a.id, agency: event.agency, kind: event.kind }
          : { type: 'application.transitioned', v: 1, applicationId: a.id, step: event.type, from: entry.from, to: entry.to, queueOrg };
    await recordAudit(trx, { actor: who.audit, organisationId: a.organisationId, event: audit, objectType: 'application', objectId: a.id }, env.now);

    for (const n of notificationsFor(next, event, entry.note.en)) await notify(env.db, trx, n, env.now);
    return { ...next, version: a.version + 1 };
  });
}

function notificationsFor(a: StoredApplication, ev: ApplicationEvent, note: string): NotifyInput[] {
  const base = { objectType: 'application' as const, objectId: a.id };
  const ref = `application ${a.id} (${a.application.form}, ${a.application.exporter.name})`;
  const out: NotifyInput[] = [];
  const status = a.case.status;
  if (ev.type === 'submit') out.push({ ...base, organisationId: a.provinceOrgId, kind: 'case_received', subject: `New licence application ${a.id}`, body: `${ref} was submitted for pre-review.` });
  if (ev.type === 'forward' && a.queueOrg) out.push({ ...base, organisationId: a.queueOrg, kind: 'case_received', subject: `Application ${a.id} forwarded to MOFCOM`, body: `${ref}: ${note}` });
  if (ev.type === 'return_for_information') out.push({ ...base, organisationId: a.organisationId, kind: 'information_requested', subject: `Information requested on application ${a.id}`, body: ev.message });
  if (ev.type === 'request_consultation')
    for (const agency of ev.agencies) out.push({ ...base, organisationId: agency, kind: 'consultation_requested', subject: `Consultation on licence application ${a.id}`, body: ev.question });
  if (ev.type === 'give_advice' && a.queueOrg) out.push({ ...base, organisationId: a.queueOrg, kind: 'advice_received', subject: `Advice from ${ev.agency} on application ${a.id}`, body: note });
  const decided = ['approved', 'refused', 'referred_to_state_council'].includes(status) && ['decide', 'countersign', 'record_state_council_decision'].includes(ev.type);
  if (decided) out.push({ ...base, organisationId: a.organisationId, kind: 'decision', subject: `Decision on licence application ${a.id}: ${status.replaceAll('_', ' ')}`, body: note });
  return out;
}
