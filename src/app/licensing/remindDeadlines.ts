/**
 * Scheduled reminders. (a) Open applications whose running statutory clock (the provincial
 * forwarding limit or MOFCOM's decision limit) is due within a number of working days, or overdue:
 * the organisation holding the case (province or MOFCOM) is notified. (b) Post-shipment reports
 * due within a number of days, in their reminder period under the reporting policy, or overdue:
 * the exporter is notified. Each reminder goes out at most once per object, kind and due date
 * (recorded in `reminders_sent` in the same transaction as the notification), and is audited.
 */
import { z } from 'zod';
import { addDays } from '../../domain/calendar/isoDate.ts';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import { reportSchedule } from '../../domain/licensing/postShipmentReports.ts';
import type { Db } from '../../infra/db/connection.ts';
import { LicenceRepository, type StoredReport } from '../../infra/db/repositories/licences.ts';
import { defineJob, type JobHandler } from '../../infra/jobs/jobHandler.ts';
import { SYSTEM_ACTOR, recordAudit } from '../audit/recordAudit.ts';
import { reportingPolicy } from './licensingPolicies.ts';
import { isoDay } from './licensingEnv.ts';
import { type NotificationKind, notify } from './notify.ts';

/** Product default (not a legal fact): warn this many working days before a statutory clock runs out. */
export const DEFAULT_DEADLINE_WARNING_WORKING_DAYS = 5;
/** Product default (not a legal fact): warn this many calendar days before a post-shipment report is due. */
export const DEFAULT_REPORT_WARNING_DAYS = 5;

export const REMIND_DEADLINES_JOB = 'licensing.remind_deadlines';

export interface RemindOptions {
  calendar: WorkCalendar;
  deadlineWarningWorkingDays?: number;
  reportWarningDays?: number;
}

export interface RemindResult {
  deadlines: number;
  reports: number;
}

interface Reminder {
  objectType: 'application' | 'report';
  objectId: string;
  kind: NotificationKind;
  dueOn: string;
  organisationId: string;
  subject: string;
  body: string;
  notifyObject: { objectType: 'application' | 'licence'; objectId: string };
}

/** Sends one reminder unless it was sent before; true when sent now. */
async function send(db: Db, r: Reminder, at: Date): Promise<boolean> {
  return db.kysely.transaction().execute(async (trx) => {
    const seen = await trx
      .selectFrom('reminders_sent')
      .select('object_id')
      .where('object_type', '=', r.objectType)
      .where('object_id', '=', r.objectId)
      .where('kind', '=', r.kind)
      .where('due_on', '=', r.dueOn)
      .executeTakeFirst();
    if (seen) return false;
    await trx.insertInto('reminders_sent').values({ object_type: r.objectType, object_id: r.objectId, kind: r.kind, due_on: r.dueOn, organisation_id: r.organisationId, sent_at: at.toISOString() }).execute();
    await notify(db, trx, { organisationId: r.organisationId, kind: r.kind, subject: r.subject, body: r.body, ...r.notifyObject }, at);
    await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: r.organisationId, event: { type: 'notification.reminder_sent', v: 1, kind: r.kind, objectType: r.objectType, objectId: r.objectId, dueOn: r.dueOn, organisationId: r.organisationId }, objectType: r.objectType, objectId: r.objectId }, at);
    return true;
  });
}

function applicationReminders(rows: { id: string; province_org_id: string; queue_org: string; due_date: string }[], today: string): Reminder[] {
  return rows.map((a) => {
    const clock = a.queue_org === a.province_org_id ? 'provincial forwarding' : 'licensing decision';
    const overdue = a.due_date < today;
    const when = overdue ? `was due on ${a.due_date} and is overdue` : `is due on ${a.due_date}`;
    return {
      objectType: 'application',
      objectId: a.id,
      kind: 'deadline',
      dueOn: a.due_date,
      organisationId: a.queue_org,
      subject: `${overdue ? 'Overdue' : 'Deadline'}: ${clock} on licence application ${a.id} ${overdue ? `(due ${a.due_date})` : `due ${a.due_date}`}`,
      body: `The ${clock} time limit of licence application ${a.id} ${when}.`,
      notifyObject: { objectType: 'application', objectId: a.id },
    };
  });
}

async function reportReminders(db: Db, today: string, warningDays: number): Promise<Reminder[]> {
  const policy = await reportingPolicy(db.kysely);
  if (!policy) return [];
  const shipments = await db.kysely
    .selectFrom('shipments as s')
    .innerJoin('licences as l', 'l.number', 's.licence_number')
    .select(['s.licence_number', 's.declaration_number', 's.date', 'l.organisation_id'])
    .orderBy('s.licence_number')
    .orderBy('s.declaration_number')
    .execute();
  const licences = new LicenceRepository(db.kysely);
  const until = addDays(today, warningDays);
  const out: Reminder[] = [];
  const reportsOf = new Map<string, StoredReport[]>();
  for (const s of shipments) {
    const reports = reportsOf.get(s.licence_number) ?? (await licences.reports(s.licence_number));
    reportsOf.set(s.licence_number, reports);
    const submitted = reports.filter((r) => r.declarationNumber === s.declaration_number);
    for (const st of reportSchedule(policy, s.date, submitted, today)) {
      if (st.dueOn === null || st.state === 'submitted' || st.state === 'waiting_for_earlier_report') continue;
      if (st.state === 'not_yet_due' && st.dueOn > until) continue;
      const overdue = st.state === 'overdue';
      out.push({
        objectType: 'report',
        objectId: `${s.licence_number}/${s.declaration_number}/${st.kind}`,
        kind: 'report_due',
        dueOn: st.dueOn,
        organisationId: s.organisation_id,
        subject: `${overdue ? 'Overdue' : 'Due'}: ${st.name.en} for licence ${s.licence_number}, declaration ${s.declaration_number} (due ${st.dueOn})`,
        body: `The ${st.name.en} (${st.name.zh}) for the shipment under customs declaration ${s.declaration_number} on licence ${s.licence_number} ${overdue ? `was due on ${st.dueOn} and is ${st.daysLate} day(s) overdue` : `is due on ${st.dueOn}`}. Reporting policy: ${policy.source}.`,
        notifyObject: { objectType: 'licence', objectId: s.licence_number },
      });
    }
  }
  return out;
}

export async function remindDeadlines(db: Db, at: Date, opts: RemindOptions): Promise<RemindResult> {
  const today = isoDay(at);
  const workingDays = opts.deadlineWarningWorkingDays ?? DEFAULT_DEADLINE_WARNING_WORKING_DAYS;
  // Beyond the calendar's coverage working days cannot be counted: only overdue and due-today cases are reminded.
  const until = opts.calendar.covers(today) ? opts.calendar.addWorkingDays(today, workingDays) : today;
  const open = await db.kysely
    .selectFrom('licence_applications')
    .select(['id', 'province_org_id', 'queue_org', 'due_date'])
    .where('due_date', 'is not', null)
    .where('queue_org', 'is not', null)
    .where('due_date', '<=', until)
    .orderBy('id')
    .execute();
  const cases = open.flatMap((a) => (a.queue_org !== null && a.due_date !== null ? [{ id: a.id, province_org_id: a.province_org_id, queue_org: a.queue_org, due_date: a.due_date }] : []));
  const result: RemindResult = { deadlines: 0, reports: 0 };
  for (const r of applicationReminders(cases, today)) if (await send(db, r, at)) result.deadlines++;
  for (const r of await reportReminders(db, today, opts.reportWarningDays ?? DEFAULT_REPORT_WARNING_DAYS)) if (await send(db, r, at)) result.reports++;
  return result;
}

/** The `licensing.remind_deadlines` job: runs the reminders as of the job's run time. */
export function remindDeadlinesJob(db: Db, opts: RemindOptions, clock: () => Date = () => new Date()): JobHandler {
  return defineJob({
    kind: REMIND_DEADLINES_JOB,
    payload: z.object({}),
    async handle() {
      await remindDeadlines(db, clock(), opts);
    },
  });
}
