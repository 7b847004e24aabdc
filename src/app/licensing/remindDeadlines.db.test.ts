/**
 * Scheduled reminders on both engines: an application whose statutory clock is due within the
 * warning period notifies the organisation holding the case exactly once (a second run the same
 * day sends nothing), a case due later is left alone, and an overdue post-shipment report
 * notifies the exporter once. Each reminder is audited.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { loadCalendar } from '../../infra/calendar/loadCalendar.ts';
import { verifyAudit } from '../audit/verifyAudit.ts';
import { JobQueue } from '../../infra/jobs/jobQueue.ts';
import { JobRunner } from '../../infra/jobs/jobRunner.ts';
import { REMIND_DEADLINES_JOB, remindDeadlines, remindDeadlinesJob } from './remindDeadlines.ts';

const calendar = loadCalendar();
// Tuesday 21 October 2025; five working days later is Tuesday 28 October.
const now = new Date('2025-10-21T08:00:00Z');

describeEachEngine('deadline and report reminders', (get) => {
  beforeAll(async () => {
    const k = get().db.kysely;
    const at = now.toISOString();
    await k
      .insertInto('organisations')
      .values([
        { id: 'org-exp', kind: 'exporter', name: 'Test Alloys Co., Ltd.', code: null, created_at: at },
        { id: 'org-prov', kind: 'provincial_commerce', name: 'Provincial commerce department', code: null, created_at: at },
        { id: 'org-mofcom', kind: 'licensing_authority', name: 'MOFCOM', code: null, created_at: at },
      ])
      .execute();
    const app = (id: string, queueOrg: string, dueDate: string) => ({
      id, organisation_id: 'org-exp', province_org_id: 'org-prov', form: 'dual-use', status: 'under_review', queue_org: queueOrg, queue: 'intake', assignee_id: null, due_date: dueDate,
      submitted_on: '2025-08-20', accepted_on: '2025-08-22', body: '{}', case_json: '{}', routing_json: null, created_at: at, updated_at: at, version: 1,
    });
    await k.insertInto('licence_applications').values([app('app-soon', 'org-mofcom', '2025-10-24'), app('app-later', 'org-mofcom', '2025-12-19')]).execute();
    await k
      .insertInto('licences')
      .values({ number: 'DU-2025-S-000001', organisation_id: 'org-exp', application_id: 'app-old', form: 'dual-use', status: 'valid', verification_code: 'V1', issued_on: '2025-06-01', valid_from: '2025-06-01', valid_to: '2026-05-31', data: '{}', updated_at: at, version: 1 })
      .execute();
    await k
      .insertInto('shipments')
      .values({ id: 'sh-1', licence_number: 'DU-2025-S-000001', declaration_number: '223320250000123456', date: '2025-09-01', customs_office: '2233', lines: '[]', completes_export: 0, recorded_by: 'u-1', recorded_at: at })
      .execute();
    // The reporting policy is the authority's configurable data (not law); this one is set up for the test.
    await k
      .insertInto('licensing_policies')
      .values({ key: 'reporting', data: JSON.stringify({ source: 'reporting policy configured for this test', reports: [{ kind: 'shipment', after: 'shipment', dueWithinDays: 30, remindDaysBefore: 5 }] }), updated_by: 'u-1', updated_at: at })
      .execute();
  });

  it('reminds the case holder of a deadline due soon once, and the exporter of an overdue report once', async () => {
    const { db } = get();
    expect(await remindDeadlines(db, now, { calendar })).toEqual({ deadlines: 1, reports: 1 });
    const notes = await db.kysely.selectFrom('notifications').selectAll().orderBy('kind').execute();
    expect(notes.map((n) => [n.kind, n.organisation_id, n.object_type, n.object_id])).toEqual([
      ['deadline', 'org-mofcom', 'application', 'app-soon'],
      ['report_due', 'org-exp', 'licence', 'DU-2025-S-000001'],
    ]);
    expect(notes[1]?.subject).toContain('Overdue');
    expect(notes[1]?.body).toContain('2025-10-01');

    // Same day, again (and later the same day via the job): nothing new.
    expect(await remindDeadlines(db, new Date('2025-10-21T15:00:00Z'), { calendar })).toEqual({ deadlines: 0, reports: 0 });
    await db.kysely.transaction().execute((trx) => new JobQueue(db, () => now).enqueue(trx, { kind: REMIND_DEADLINES_JOB, payload: {} }));
    const runner = new JobRunner({ queue: new JobQueue(db, () => now), handlers: [remindDeadlinesJob(db, { calendar }, () => now)] });
    expect((await runner.runOnce())?.status).toBe('done');
    expect(await db.kysely.selectFrom('notifications').select('id').execute()).toHaveLength(2);

    const audit = await db.kysely.selectFrom('audit_events').select('type').where('type', '=', 'notification.reminder_sent').execute();
    expect(audit).toHaveLength(2);
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true });
  });

  it('reminds of a new due date, and of a case once it comes within the warning period', async () => {
    const { db } = get();
    // The clock of app-soon was extended; app-later is not yet within 5 working days on 21 Oct.
    await db.kysely.updateTable('licence_applications').set({ due_date: '2025-10-27' }).where('id', '=', 'app-soon').execute();
    expect(await remindDeadlines(db, now, { calendar })).toEqual({ deadlines: 1, reports: 0 });
    expect(await remindDeadlines(db, new Date('2025-12-15T08:00:00Z'), { calendar })).toEqual({ deadlines: 1, reports: 0 });
  });
});
