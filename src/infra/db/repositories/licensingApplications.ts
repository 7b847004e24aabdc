/**
 * Licence applications as stored: the application body, the review case, the queue columns the
 * authority's work lists are read from, the case timeline and the consultation requests (which
 * consulted agencies read their cases by). Saves check the row version, so two officers acting on
 * the same case at once cannot overwrite each other.
 */
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { type Application, parseApplication } from '../../../domain/licensing/application.ts';
import type { ApplicationCase, TimelineEntry } from '../../../domain/licensing/applicationStateMachine.ts';
import type { RoutingResult } from '../../../domain/licensing/routing.ts';
import type { Database } from '../schema.ts';
import type { LicenceApplicationsTable } from '../tables/licensing.ts';

export interface StoredApplication {
  id: string;
  organisationId: string;
  provinceOrgId: string;
  queueOrg: string | null;
  queue: string;
  assigneeId: string | null;
  dueDate: string | null;
  application: Application;
  case: ApplicationCase;
  routing: RoutingResult | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A timeline entry as stored, in the order the steps were taken. */
export interface StoredTimelineEntry {
  seq: number;
  at: string;
  userId: string;
  organisationId: string;
  event: string;
  from: string;
  to: string;
  note: { en: string; zh: string };
  recordedAt: string;
}

/** One row of a work queue: what a caseworker's list shows without loading the case. */
export interface QueueRow {
  id: string;
  organisationId: string;
  form: string;
  status: string;
  queue: string;
  assigneeId: string | null;
  dueDate: string | null;
  submittedOn: string | null;
  updatedAt: string;
}

export interface QueueFilter {
  /** The organisation holding the cases (province or MOFCOM). */
  queueOrg?: string;
  /** The exporter's own applications. */
  organisationId?: string;
  /** Cases on which this agency has been consulted. */
  consultedAgency?: string;
  statuses?: readonly string[];
  queue?: string;
  assigneeId?: string;
  limit: number;
  offset: number;
}

const toStored = (r: Selectable<LicenceApplicationsTable>): StoredApplication => ({
  id: r.id,
  organisationId: r.organisation_id,
  provinceOrgId: r.province_org_id,
  queueOrg: r.queue_org,
  queue: r.queue,
  assigneeId: r.assignee_id,
  dueDate: r.due_date,
  application: parseApplication(JSON.parse(r.body)),
  case: JSON.parse(r.case_json),
  routing: r.routing_json === null ? null : JSON.parse(r.routing_json),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const toRow = (a: StoredApplication): Selectable<LicenceApplicationsTable> => ({
  id: a.id,
  organisation_id: a.organisationId,
  province_org_id: a.provinceOrgId,
  form: a.application.form,
  status: a.case.status,
  queue_org: a.queueOrg,
  queue: a.queue,
  assignee_id: a.assigneeId,
  due_date: a.dueDate,
  submitted_on: a.case.submittedOn,
  accepted_on: a.case.acceptedOn,
  body: JSON.stringify(a.application),
  case_json: JSON.stringify(a.case),
  routing_json: a.routing === null ? null : JSON.stringify(a.routing),
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  version: a.version,
});

export class ApplicationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(a: StoredApplication): Promise<void> {
    await this.db.insertInto('licence_applications').values(toRow(a)).execute();
  }

  async get(id: string): Promise<StoredApplication | undefined> {
    const r = await this.db.selectFrom('licence_applications').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toStored(r);
  }

  /** Saves the new state; CONFLICT when someone else saved the case since it was loaded. */
  async update(a: StoredApplication, loadedVersion: number): Promise<void> {
    const { id: _id, created_at: _c, ...row } = toRow({ ...a, version: loadedVersion + 1 });
    const r = await this.db.updateTable('licence_applications').set(row).where('id', '=', a.id).where('version', '=', loadedVersion).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('CONFLICT', `application ${a.id} was changed by someone else meanwhile: reload it and try again`);
  }

  async appendTimeline(applicationId: string, entry: TimelineEntry, recordedAt: string): Promise<void> {
    const last = await this.db.selectFrom('application_events').select((eb) => eb.fn.max('seq').as('seq')).where('application_id', '=', applicationId).executeTakeFirst();
    await this.db
      .insertInto('application_events')
      .values({
        application_id: applicationId,
        seq: Number(last?.seq ?? 0) + 1,
        at: entry.at,
        user_id: entry.userId,
        organisation_id: entry.organisationId,
        event: entry.event,
        from_status: entry.from,
        to_status: entry.to,
        note_en: entry.note.en,
        note_zh: entry.note.zh,
        recorded_at: recordedAt,
      })
      .execute();
  }

  async timeline(applicationId: string): Promise<StoredTimelineEntry[]> {
    const rows = await this.db.selectFrom('application_events').selectAll().where('application_id', '=', applicationId).orderBy('seq').execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      userId: r.user_id,
      organisationId: r.organisation_id,
      event: r.event,
      from: r.from_status,
      to: r.to_status,
      note: { en: r.note_en, zh: r.note_zh },
      recordedAt: r.recorded_at,
    }));
  }

  /** Mirrors the case's consultation requests into the table agencies' work lists are read from. */
  async syncConsultations(c: ApplicationCase): Promise<void> {
    for (const r of c.consultations) {
      const advice = r.advice === null ? null : JSON.stringify(r.advice);
      const updated = await this.db
        .updateTable('application_consultations')
        .set({ advice_json: advice })
        .where('application_id', '=', c.applicationId)
        .where('agency_org_id', '=', r.agency)
        .where('requested_on', '=', r.requestedOn)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        await this.db.insertInto('application_consultations').values({ application_id: c.applicationId, agency_org_id: r.agency, requested_on: r.requestedOn, question: r.question, advice_json: advice }).execute();
    }
  }

  async isConsulted(applicationId: string, agencyOrgId: string): Promise<boolean> {
    const r = await this.db.selectFrom('application_consultations').select('application_id').where('application_id', '=', applicationId).where('agency_org_id', '=', agencyOrgId).executeTakeFirst();
    return r !== undefined;
  }

  /** A work list, most urgent first (earliest due date, then oldest submission). */
  async queue(f: QueueFilter): Promise<{ items: QueueRow[]; total: number }> {
    let q = this.db.selectFrom('licence_applications as a');
    if (f.consultedAgency !== undefined) {
      const agency = f.consultedAgency;
      q = q.where((eb) => eb.exists(eb.selectFrom('application_consultations as c').select('c.application_id').whereRef('c.application_id', '=', 'a.id').where('c.agency_org_id', '=', agency)));
    }
    if (f.queueOrg !== undefined) q = q.where('a.queue_org', '=', f.queueOrg);
    if (f.organisationId !== undefined) q = q.where('a.organisation_id', '=', f.organisationId);
    if (f.statuses !== undefined && f.statuses.length > 0) q = q.where('a.status', 'in', [...f.statuses]);
    if (f.queue !== undefined) q = q.where('a.queue', '=', f.queue);
    if (f.assigneeId !== undefined) q = q.where('a.assignee_id', '=', f.assigneeId);
    const [rows, count] = await Promise.all([
      q
        .select(['a.id', 'a.organisation_id', 'a.form', 'a.status', 'a.queue', 'a.assignee_id', 'a.due_date', 'a.submitted_on', 'a.updated_at'])
        .orderBy('a.due_date')
        .orderBy('a.submitted_on')
        .orderBy('a.id')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return {
      items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, form: r.form, status: r.status, queue: r.queue, assigneeId: r.assignee_id, dueDate: r.due_date, submittedOn: r.submitted_on, updatedAt: r.updated_at })),
      total: Number(count?.n ?? 0),
    };
  }

  /** Cases of an organisation's queue with a running clock due on or before `until`. */
  async dueCounts(queueOrg: string, today: string, until: string): Promise<{ overdue: number; dueSoon: number }> {
    const base = this.db.selectFrom('licence_applications').where('queue_org', '=', queueOrg).where('due_date', 'is not', null);
    const [o, d] = await Promise.all([
      base.where('due_date', '<', today).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
      base.where('due_date', '>=', today).where('due_date', '<=', until).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { overdue: Number(o?.n ?? 0), dueSoon: Number(d?.n ?? 0) };
  }
}
