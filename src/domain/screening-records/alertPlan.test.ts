import { describe, expect, it } from 'vitest';
import { type KnownAlert, planAlerts } from './alertPlan.ts';

// Entity ids as the OFAC SDN list files them (sdn.csv 2024-05-03: ent_num 36 = AEROCARIBBEAN AIRLINES).
const hit = (entityId: string, entityHash: string, score = 0.9) => ({ entityId, entityHash, score });
const alert = (p: Partial<KnownAlert> & Pick<KnownAlert, 'entityId' | 'status'>): KnownAlert => ({
  id: `a-${p.entityId}-${p.status}`,
  entityHash: 'e1',
  counterpartyHash: 'c1',
  createdAt: '2026-03-01T00:00:00.000Z',
  ...p,
});

describe('planAlerts', () => {
  it('raises a new hit once and keeps one pending alert per counterparty × entity', () => {
    const first = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1')], alerts: [], falsePositives: [] });
    expect(first.raise.map((h) => h.entityId)).toEqual(['ofac-sdn:36']);

    const again = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1')], alerts: [alert({ entityId: 'ofac-sdn:36', status: 'open' })], falsePositives: [] });
    expect(again.raise).toEqual([]);
    expect(again.suppressed).toEqual([{ hit: hit('ofac-sdn:36', 'e1'), reason: 'pending_alert' }]);
  });

  it('reports an entity hit by several names once, with its best score', () => {
    const plan = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1', 0.8), hit('ofac-sdn:36', 'e1', 0.95)], alerts: [], falsePositives: [] });
    expect(plan.raise).toEqual([hit('ofac-sdn:36', 'e1', 0.95)]);
  });

  it('keeps a dismissed false positive silent while neither side changed', () => {
    const alerts = [alert({ entityId: 'ofac-sdn:36', status: 'false_positive' })];
    const fp = [{ entityId: 'ofac-sdn:36', entityHash: 'e1', counterpartyHash: 'c1' }];
    const plan = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1')], alerts, falsePositives: fp });
    expect(plan.raise).toEqual([]);
    expect(plan.suppressed[0]?.reason).toBe('false_positive');
  });

  it('raises a dismissed false positive again when the listed entity changed', () => {
    const fp = [{ entityId: 'ofac-sdn:36', entityHash: 'e1', counterpartyHash: 'c1' }];
    const plan = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e2')], alerts: [alert({ entityId: 'ofac-sdn:36', status: 'false_positive' })], falsePositives: fp });
    expect(plan.raise.map((h) => h.entityHash)).toEqual(['e2']);
  });

  it('raises a dismissed false positive again when the counterparty changed', () => {
    const fp = [{ entityId: 'ofac-sdn:36', entityHash: 'e1', counterpartyHash: 'c1' }];
    const plan = planAlerts({ counterpartyHash: 'c2', hits: [hit('ofac-sdn:36', 'e1')], alerts: [], falsePositives: fp });
    expect(plan.raise).toHaveLength(1);
  });

  it('refreshes a pending alert instead of raising a second one when the entity changed', () => {
    const plan = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e2')], alerts: [alert({ id: 'x', entityId: 'ofac-sdn:36', status: 'escalated' })], falsePositives: [] });
    expect(plan.raise).toEqual([]);
    expect(plan.refresh).toEqual([{ alertId: 'x', hit: hit('ofac-sdn:36', 'e2') }]);
  });

  it('does not re-raise a confirmed match until something changes', () => {
    const alerts = [alert({ entityId: 'ofac-sdn:36', status: 'confirmed' })];
    expect(planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1')], alerts, falsePositives: [] }).raise).toEqual([]);
    expect(planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e9')], alerts, falsePositives: [] }).raise).toHaveLength(1);
  });

  it('judges each entity on its own', () => {
    const fp = [{ entityId: 'ofac-sdn:36', entityHash: 'e1', counterpartyHash: 'c1' }];
    const plan = planAlerts({ counterpartyHash: 'c1', hits: [hit('ofac-sdn:36', 'e1'), hit('un-sc:KPe.001', 'u1')], alerts: [], falsePositives: fp });
    expect(plan.raise.map((h) => h.entityId)).toEqual(['un-sc:KPe.001']);
  });
});
