/**
 * Licences as stored: a header row (status and validity in columns, the rest as JSON), one row per
 * item line with its limits and what shipments have used, and one row per shipment. Saving a
 * licence rewrites the line balances and appends the shipments not yet stored; shipments are never
 * changed or removed.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import type { ChangeApplication } from '../../../domain/licensing/changes.ts';
import { LICENCE_STATUSES, type Licence, type Shipment } from '../../../domain/licensing/licence.ts';
import { REPORT_KINDS, type SubmittedReport } from '../../../domain/licensing/postShipmentReports.ts';
import type { Database } from '../schema.ts';

export interface StoredLicence {
  licence: Licence;
  organisationId: string;
  changeApplications: ChangeApplication[];
  version: number;
}

interface HeaderData {
  destination: string;
  endUsers: string[];
  endUse: string;
  conditions: string[];
  suspension: Licence['suspension'];
  history: Licence['history'];
  changeApplications: ChangeApplication[];
}

export interface StoredReport extends SubmittedReport {
  id: string;
  declarationNumber: string;
  note: string;
  documentId: string | null;
  submittedBy: string;
}

export class LicenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The next number of the licence sequence for the year and form (DU-<year>-<S|G|R>-n). */
  async nextSequence(key: string): Promise<number> {
    await this.db.insertInto('licence_sequences').values({ id: key, last: 0 }).onConflict((oc) => oc.column('id').doNothing()).execute();
    const r = await this.db
      .updateTable('licence_sequences')
      .set((eb) => ({ last: eb('last', '+', 1) }))
      .where('id', '=', key)
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(r.last);
  }

  async insert(s: StoredLicence, at: string, recordedBy: string): Promise<void> {
    const l = s.licence;
    await this.db
      .insertInto('licences')
      .values({
        number: l.number,
        organisation_id: s.organisationId,
        application_id: l.applicationId,
        form: l.form,
        status: l.status,
        verification_code: l.verificationCode,
        issued_on: l.issuedOn,
        valid_from: l.validFrom,
        valid_to: l.validTo,
        data: JSON.stringify(header(s)),
        updated_at: at,
        version: 1,
      })
      .execute();
    for (const x of l.lines)
      await this.db
        .insertInto('licence_items')
        .values({ licence_number: l.number, line_id: x.lineId, control_code: x.controlCode, description: x.description, unit: x.unit, currency: x.currency, quantity_limit: x.quantityLimit, value_limit: x.valueLimit, quantity_used: x.quantityUsed, value_used: x.valueUsed })
        .execute();
    await this.appendShipments(l, at, recordedBy);
  }

  async get(number: string): Promise<StoredLicence | undefined> {
    const h = await this.db.selectFrom('licences').selectAll().where('number', '=', number).executeTakeFirst();
    if (!h) return undefined;
    const [items, ships] = await Promise.all([
      this.db.selectFrom('licence_items').selectAll().where('licence_number', '=', number).orderBy('line_id').execute(),
      this.db.selectFrom('shipments').selectAll().where('licence_number', '=', number).orderBy('recorded_at').orderBy('declaration_number').execute(),
    ]);
    const d: HeaderData = JSON.parse(h.data);
    const form = h.form === 'general' ? 'general' : h.form === 'registration' ? 'registration' : 'individual';
    const licence: Licence = {
      number: h.number,
      verificationCode: h.verification_code,
      form,
      applicationId: h.application_id,
      exporterId: h.organisation_id,
      destination: d.destination,
      endUsers: d.endUsers,
      endUse: d.endUse,
      conditions: d.conditions,
      issuedOn: h.issued_on,
      validFrom: h.valid_from,
      validTo: h.valid_to,
      status: known(LICENCE_STATUSES, h.status, `licence ${h.number} status`),
      suspension: d.suspension,
      lines: items.map((x) => ({ lineId: x.line_id, controlCode: x.control_code, description: x.description, unit: x.unit, currency: x.currency, quantityLimit: Number(x.quantity_limit), valueLimit: Number(x.value_limit), quantityUsed: Number(x.quantity_used), valueUsed: Number(x.value_used) })),
      shipments: ships.map((x): Shipment => ({ declarationNumber: x.declaration_number, date: x.date, customsOffice: x.customs_office, lines: JSON.parse(x.lines), ...(x.completes_export ? { completesExport: true } : {}) })),
      history: d.history,
    };
    return { licence, organisationId: h.organisation_id, changeApplications: d.changeApplications, version: Number(h.version) };
  }

  async getByApplication(applicationId: string): Promise<StoredLicence | undefined> {
    const r = await this.db.selectFrom('licences').select('number').where('application_id', '=', applicationId).executeTakeFirst();
    return r ? this.get(r.number) : undefined;
  }

  /** Usable or suspended licences of an exporter (the ones an end-use change report can affect). */
  async listForOrganisation(organisationId: string): Promise<StoredLicence[]> {
    const rows = await this.db.selectFrom('licences').select('number').where('organisation_id', '=', organisationId).orderBy('number').execute();
    const out: StoredLicence[] = [];
    for (const r of rows) {
      const s = await this.get(r.number);
      if (s) out.push(s);
    }
    return out;
  }

  async list(f: { organisationId?: string; status?: string; limit: number; offset: number }): Promise<{ items: { number: string; organisationId: string; form: string; status: string; validFrom: string; validTo: string }[]; total: number }> {
    let q = this.db.selectFrom('licences');
    if (f.organisationId !== undefined) q = q.where('organisation_id', '=', f.organisationId);
    if (f.status !== undefined) q = q.where('status', '=', f.status);
    const [rows, n] = await Promise.all([
      q.select(['number', 'organisation_id', 'form', 'status', 'valid_from', 'valid_to']).orderBy('number').limit(f.limit).offset(f.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map((r) => ({ number: r.number, organisationId: r.organisation_id, form: r.form, status: r.status, validFrom: r.valid_from, validTo: r.valid_to })), total: Number(n?.n ?? 0) };
  }

  /** Saves status, balances, history and new shipments; CONFLICT when the licence changed since it was loaded. */
  async update(s: StoredLicence, at: string, recordedBy: string): Promise<void> {
    const l = s.licence;
    const r = await this.db
      .updateTable('licences')
      .set({ status: l.status, data: JSON.stringify(header(s)), updated_at: at, version: s.version + 1 })
      .where('number', '=', l.number)
      .where('version', '=', s.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new AppError('CONFLICT', `licence ${l.number} was changed by someone else meanwhile: try again`);
    for (const x of l.lines)
      await this.db.updateTable('licence_items').set({ quantity_used: x.quantityUsed, value_used: x.valueUsed }).where('licence_number', '=', l.number).where('line_id', '=', x.lineId).execute();
    await this.appendShipments(l, at, recordedBy);
  }

  private async appendShipments(l: Licence, at: string, recordedBy: string): Promise<void> {
    const stored = await this.db.selectFrom('shipments').select('declaration_number').where('licence_number', '=', l.number).execute();
    const have = new Set(stored.map((x) => x.declaration_number));
    for (const s of l.shipments) {
      if (have.has(s.declarationNumber)) continue;
      await this.db
        .insertInto('shipments')
        .values({ id: randomUUID(), licence_number: l.number, declaration_number: s.declarationNumber, date: s.date, customs_office: s.customsOffice, lines: JSON.stringify(s.lines), completes_export: s.completesExport ? 1 : 0, recorded_by: recordedBy, recorded_at: at })
        .execute();
    }
  }

  async insertReport(licenceNumber: string, r: StoredReport): Promise<void> {
    const dup = await this.db.selectFrom('post_shipment_reports').select('id').where('licence_number', '=', licenceNumber).where('declaration_number', '=', r.declarationNumber).where('kind', '=', r.kind).executeTakeFirst();
    if (dup) throw new AppError('CONFLICT', `the ${r.kind} report for declaration ${r.declarationNumber} of licence ${licenceNumber} is already submitted`, { location: { field: 'kind' } });
    await this.db
      .insertInto('post_shipment_reports')
      .values({ id: r.id, licence_number: licenceNumber, declaration_number: r.declarationNumber, kind: r.kind, event_date: r.eventDate, submitted_on: r.submittedOn, note: r.note, document_id: r.documentId, submitted_by: r.submittedBy })
      .execute();
  }

  async reports(licenceNumber: string): Promise<StoredReport[]> {
    const rows = await this.db.selectFrom('post_shipment_reports').selectAll().where('licence_number', '=', licenceNumber).orderBy('submitted_on').execute();
    return rows.map((r) => ({ id: r.id, declarationNumber: r.declaration_number, kind: known(REPORT_KINDS, r.kind, `report ${r.id} kind`), eventDate: r.event_date, submittedOn: r.submitted_on, note: r.note, documentId: r.document_id, submittedBy: r.submitted_by }));
  }
}

const header = (s: StoredLicence): HeaderData => ({
  destination: s.licence.destination,
  endUsers: s.licence.endUsers,
  endUse: s.licence.endUse,
  conditions: s.licence.conditions,
  suspension: s.licence.suspension,
  history: s.licence.history,
  changeApplications: s.changeApplications,
});

/** A stored enum value, checked against its closed set. */
function known<T extends string>(values: readonly T[], v: string, what: string): T {
  const hit = values.find((x) => x === v);
  if (hit === undefined) throw new AppError('INTERNAL', `${what} "${v}" is not one of ${values.join(', ')}`);
  return hit;
}
