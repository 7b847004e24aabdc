/**
 * Screens one stored counterparty against a snapshot of the lists and records the result inside
 * the caller's transaction: a screening run with the list versions used, then an alert for each
 * new or changed hit (see `planAlerts`), each with its audit event. Shared by the on-demand screen
 * and the background re-screen.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEvent } from '../../domain/audit/events.ts';
import type { Hit } from '../../domain/screening/screen.ts';
import { planAlerts } from '../../domain/screening-records/alertPlan.ts';
import type { Counterparty } from '../../domain/screening-records/counterparty.ts';
import { type Alert, AlertRepository } from '../../infra/db/repositories/alertRepository.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import { type ScreeningRun, ScreeningRunRepository } from '../../infra/db/repositories/screeningRunRepository.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';
import { actorRef } from './actor.ts';
import { counterpartyQueries, screenCounterpartyNames } from './counterpartyQueries.ts';
import type { ScreeningSnapshot } from './screeningService.ts';

export interface ScreeningRecord {
  run: ScreeningRun;
  hits: Hit[];
  /** Alerts raised by this run. */
  raised: Alert[];
  /** Pending alerts this run pointed at a changed hit. */
  refreshed: string[];
}

export async function recordScreening(trx: Kysely<Database>, snapshot: ScreeningSnapshot, cp: Counterparty, actor: AuditActor, at: Date): Promise<ScreeningRecord> {
  // Take the counterparty's row (PostgreSQL row lock, SQLite write lock) first, so two screenings
  // of the same counterparty never plan alerts from the same stale state.
  await new CounterpartyRepository(trx).lockForScreening(cp.id);
  const now = at.toISOString();
  const hits = screenCounterpartyNames(snapshot, cp);
  const run: ScreeningRun = {
    id: randomUUID(),
    organisationId: cp.organisationId,
    counterpartyId: cp.id,
    query: { counterpartyHash: cp.contentHash, queries: counterpartyQueries(cp) },
    listVersions: snapshot.listVersions,
    hitCount: hits.length,
    createdAt: now,
    createdBy: actorRef(actor),
  };
  await new ScreeningRunRepository(trx).insert(run);
  const audit = (event: AuditEvent, objectType: string, objectId: string) =>
    recordAudit(trx, { actor, organisationId: cp.organisationId, event, objectType, objectId }, at);
  await audit({ type: 'screening.run', v: 1, runId: run.id, counterpartyId: cp.id, listVersions: run.listVersions, hitCount: run.hitCount }, 'screening_run', run.id);

  const alerts = new AlertRepository(trx);
  const plan = planAlerts({
    counterpartyHash: cp.contentHash,
    hits: hits.map((h) => ({ ...h, entityHash: snapshot.entityHashes.get(h.entityId) ?? '' })),
    alerts: await alerts.forCounterparty(cp.id),
    falsePositives: await alerts.falsePositives(cp.id),
  });

  const raised: Alert[] = [];
  for (const h of plan.raise) {
    const { entityHash, ...hit } = h;
    const alert: Alert = {
      id: randomUUID(),
      organisationId: cp.organisationId,
      counterpartyId: cp.id,
      runId: run.id,
      entityId: h.entityId,
      source: h.source,
      entityHash,
      counterpartyHash: cp.contentHash,
      score: h.score,
      hit,
      status: 'open',
      decidedBy: null,
      decidedAt: null,
      reason: null,
      createdAt: now,
    };
    await alerts.insert(alert);
    await audit({ type: 'alert.raised', v: 1, alertId: alert.id, counterpartyId: cp.id, entityId: h.entityId, score: h.score }, 'alert', alert.id);
    raised.push(alert);
  }
  for (const r of plan.refresh) {
    const { entityHash, ...hit } = r.hit;
    await alerts.refresh(r.alertId, { runId: run.id, entityHash, counterpartyHash: cp.contentHash, score: r.hit.score, hit });
    await audit({ type: 'alert.updated', v: 1, alertId: r.alertId, entityHash, counterpartyHash: cp.contentHash, score: r.hit.score }, 'alert', r.alertId);
  }
  return { run, hits, raised, refreshed: plan.refresh.map((r) => r.alertId) };
}
