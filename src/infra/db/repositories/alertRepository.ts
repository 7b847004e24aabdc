/** Stores alerts and the false-positive memory, always scoped by organisation. */
import type { Kysely, Selectable } from 'kysely';
import type { FalsePositiveMemo } from '../../../domain/screening-records/alertPlan.ts';
import type { Database } from '../schema.ts';
import type { AlertStatus, AlertsTable } from '../tables/screening-records.ts';

export interface Alert {
  id: string;
  organisationId: string;
  counterpartyId: string;
  runId: string;
  entityId: string;
  source: string;
  entityHash: string;
  counterpartyHash: string;
  score: number;
  hit: unknown;
  status: AlertStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  createdAt: string;
}

function toAlert(r: Selectable<AlertsTable>): Alert {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    counterpartyId: r.counterparty_id,
    runId: r.run_id,
    entityId: r.entity_id,
    source: r.source,
    entityHash: r.entity_hash,
    counterpartyHash: r.counterparty_hash,
    score: Number(r.score),
    hit: JSON.parse(r.hit) as unknown,
    status: r.status,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    reason: r.reason,
    createdAt: r.created_at,
  };
}

export class AlertRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(a: Alert): Promise<void> {
    await this.db
      .insertInto('alerts')
      .values({
        id: a.id,
        organisation_id: a.organisationId,
        counterparty_id: a.counterpartyId,
        run_id: a.runId,
        entity_id: a.entityId,
        source: a.source,
        entity_hash: a.entityHash,
        counterparty_hash: a.counterpartyHash,
        score: a.score,
        hit: JSON.stringify(a.hit),
        status: a.status,
        decided_by: a.decidedBy,
        decided_at: a.decidedAt,
        reason: a.reason,
        created_at: a.createdAt,
      })
      .execute();
  }

  async get(organisationId: string, id: string): Promise<Alert | undefined> {
    const r = await this.db.selectFrom('alerts').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    return r ? toAlert(r) : undefined;
  }

  /** By id in any organisation: for handlers that authorise against the owning organisation. */
  async find(id: string): Promise<Alert | undefined> {
    const r = await this.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toAlert(r) : undefined;
  }

  /** Alerts (of one organisation, or of all when null), newest first, optionally by status or counterparty. */
  async list(organisationId: string | null, opts: { status?: AlertStatus; counterpartyId?: string; limit: number; offset: number }): Promise<{ items: Alert[]; total: number }> {
    let q = this.db.selectFrom('alerts');
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    if (opts.status) q = q.where('status', '=', opts.status);
    if (opts.counterpartyId) q = q.where('counterparty_id', '=', opts.counterpartyId);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map(toAlert), total: Number(count?.n ?? 0) };
  }

  /** Every alert ever raised for the counterparty (the input of alert planning). */
  async forCounterparty(counterpartyId: string): Promise<Alert[]> {
    const rows = await this.db.selectFrom('alerts').selectAll().where('counterparty_id', '=', counterpartyId).orderBy('created_at').execute();
    return rows.map(toAlert);
  }

  /** Moves an alert on, only if it is still in `from` (guards against concurrent decisions). */
  async decide(id: string, from: AlertStatus, to: AlertStatus, decidedBy: string, reason: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('alerts')
      .set({ status: to, decided_by: decidedBy, decided_at: at, reason })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Points a pending alert at a newer hit (the listed entity or the counterparty changed). */
  async refresh(id: string, r: { runId: string; entityHash: string; counterpartyHash: string; score: number; hit: unknown }): Promise<void> {
    await this.db
      .updateTable('alerts')
      .set({ run_id: r.runId, entity_hash: r.entityHash, counterparty_hash: r.counterpartyHash, score: r.score, hit: JSON.stringify(r.hit) })
      .where('id', '=', id)
      .execute();
  }

  async falsePositives(counterpartyId: string): Promise<FalsePositiveMemo[]> {
    const rows = await this.db
      .selectFrom('false_positive_memory')
      .select(['entity_id', 'entity_hash', 'counterparty_hash'])
      .where('counterparty_id', '=', counterpartyId)
      .execute();
    return rows.map((r) => ({ entityId: r.entity_id, entityHash: r.entity_hash, counterpartyHash: r.counterparty_hash }));
  }

  /** Remembers (or re-remembers, after a change) a false positive for counterparty × entity. */
  async rememberFalsePositive(a: Alert, at: string): Promise<void> {
    await this.db
      .insertInto('false_positive_memory')
      .values({
        organisation_id: a.organisationId,
        counterparty_id: a.counterpartyId,
        entity_id: a.entityId,
        counterparty_hash: a.counterpartyHash,
        entity_hash: a.entityHash,
        alert_id: a.id,
        created_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'counterparty_id', 'entity_id']).doUpdateSet({ counterparty_hash: a.counterpartyHash, entity_hash: a.entityHash, alert_id: a.id, created_at: at }),
      )
      .execute();
  }
}
