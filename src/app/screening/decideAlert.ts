/**
 * Records a user's decision on an alert: confirmed match, false positive or escalated, with a
 * reason. A false positive is remembered for the counterparty × listed entity with both content
 * hashes, so it is not raised again until one of them changes.
 */
import { z } from 'zod';
import { AppError, notFound } from '../../domain/errors.ts';
import { ALERT_DECISIONS, decideAlertStatus } from '../../domain/screening-records/alertDecision.ts';
import type { Db } from '../../infra/db/connection.ts';
import { type Alert, AlertRepository } from '../../infra/db/repositories/alertRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { type OrgActor, actorRef } from './actor.ts';
import { parseInput } from './parseInput.ts';

export const AlertDecisionInputZ = z.strictObject({
  decision: z.enum(ALERT_DECISIONS),
  reason: z.string().trim().min(1, 'a decision needs a reason').max(4000),
});

export async function decideAlert(db: Db, by: OrgActor, alertId: string, raw: unknown, at: Date): Promise<Alert> {
  const { decision, reason } = parseInput(AlertDecisionInputZ, raw);
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new AlertRepository(trx);
    const alert = await repo.get(by.organisationId, alertId);
    if (!alert) throw notFound(`alert ${alertId}`);
    const status = decideAlertStatus(alert.status, decision, reason);
    const now = at.toISOString();
    const decidedBy = actorRef(by.actor);
    if (!(await repo.decide(alert.id, alert.status, status, decidedBy, reason, now))) {
      throw new AppError('CONFLICT', `alert ${alertId} was decided by someone else meanwhile; reload it`);
    }
    const decided: Alert = { ...alert, status, decidedBy, decidedAt: now, reason };
    if (status === 'false_positive') await repo.rememberFalsePositive(decided, now);
    await recordAudit(
      trx,
      { actor: by.actor, organisationId: by.organisationId, event: { type: 'alert.decided', v: 1, alertId, decision, reason }, objectType: 'alert', objectId: alertId },
      at,
    );
    return decided;
  });
}
