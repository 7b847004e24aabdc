/**
 * Which alerts a screening raises for one counterparty. Only new or changed hits raise an alert:
 * - a hit on an entity the user dismissed as a false positive stays silent while both the listed
 *   entity (its content hash) and the counterparty (its content hash) are what they were when it
 *   was dismissed; if either changed, the hit is raised again;
 * - a hit on an entity that already has a pending alert (open or escalated) raises nothing: the
 *   pending alert is refreshed to the current hit when the entity or counterparty changed, so a
 *   counterparty × entity pair has at most one pending alert;
 * - a hit already confirmed as a match raises nothing until the entity or counterparty changes.
 */
export type AlertStatus = 'open' | 'confirmed' | 'false_positive' | 'escalated';

export interface CurrentHit {
  entityId: string;
  /** Content hash of the listed entity in the list version that produced the hit. */
  entityHash: string;
  score: number;
}

export interface KnownAlert {
  id: string;
  entityId: string;
  entityHash: string;
  counterpartyHash: string;
  status: AlertStatus;
  /** ISO timestamp; the latest alert of a pair decides. */
  createdAt: string;
}

export interface FalsePositiveMemo {
  entityId: string;
  entityHash: string;
  counterpartyHash: string;
}

export type SuppressReason = 'false_positive' | 'pending_alert' | 'confirmed_match';

export interface AlertPlan<H extends CurrentHit> {
  /** Hits that raise a new alert. */
  raise: H[];
  /** Pending alerts whose hit changed (entity or counterparty hash): update them to the new hit. */
  refresh: { alertId: string; hit: H }[];
  /** Hits that raise nothing, and why. */
  suppressed: { hit: H; reason: SuppressReason }[];
}

const isPending = (s: AlertStatus): boolean => s === 'open' || s === 'escalated';

/** The best hit per entity (a matcher may report an entity once per matching name). */
function bestPerEntity<H extends CurrentHit>(hits: readonly H[]): H[] {
  const best = new Map<string, H>();
  for (const h of hits) {
    const prev = best.get(h.entityId);
    if (!prev || h.score > prev.score) best.set(h.entityId, h);
  }
  return [...best.values()];
}

export function planAlerts<H extends CurrentHit>(input: {
  counterpartyHash: string;
  hits: readonly H[];
  alerts: readonly KnownAlert[];
  falsePositives: readonly FalsePositiveMemo[];
}): AlertPlan<H> {
  const plan: AlertPlan<H> = { raise: [], refresh: [], suppressed: [] };
  const memo = new Map(input.falsePositives.map((f) => [f.entityId, f]));
  const byEntity = new Map<string, KnownAlert[]>();
  for (const a of input.alerts) {
    const list = byEntity.get(a.entityId) ?? [];
    list.push(a);
    byEntity.set(a.entityId, list);
  }
  const same = (x: { entityHash: string; counterpartyHash: string }, hit: H): boolean =>
    x.entityHash === hit.entityHash && x.counterpartyHash === input.counterpartyHash;

  for (const hit of bestPerEntity(input.hits)) {
    const alerts = [...(byEntity.get(hit.entityId) ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    const pending = alerts.find((a) => isPending(a.status));
    if (pending) {
      if (same(pending, hit)) plan.suppressed.push({ hit, reason: 'pending_alert' });
      else plan.refresh.push({ alertId: pending.id, hit });
      continue;
    }
    const fp = memo.get(hit.entityId);
    if (fp && same(fp, hit)) {
      plan.suppressed.push({ hit, reason: 'false_positive' });
      continue;
    }
    const latest = alerts[0];
    if (latest && latest.status === 'confirmed' && same(latest, hit)) {
      plan.suppressed.push({ hit, reason: 'confirmed_match' });
      continue;
    }
    plan.raise.push(hit);
  }
  return plan;
}
