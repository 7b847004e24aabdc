import { describe, expect, it } from 'vitest';
import type { AuditEventRow } from '../../infra/db/repositories/audit.ts';
import { exportAudit } from './exportAudit.ts';

const row: AuditEventRow = {
  seq: 7,
  at: '2026-03-02T08:00:00.000Z',
  actor: { kind: 'user', id: 'u1', name: 'Zhang, Wei' },
  organisationId: 'o1',
  type: 'alert.decided',
  v: 1,
  objectType: 'alert',
  objectId: 'a1',
  payload: { alertId: 'a1', decision: 'false_positive', reason: '=HYPERLINK("x") "different person"' },
  prevHash: 'p',
  hash: 'h',
};
async function* one() {
  yield row;
}

describe('exportAudit', () => {
  it('writes quoted CSV with the payload as canonical JSON', async () => {
    const csv = await exportAudit(one(), 'csv');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('seq,at,actor_kind,actor_id,actor_name,organisation_id,type,v,object_type,object_id,payload,prev_hash,hash');
    expect(line).toBe('7,2026-03-02T08:00:00.000Z,user,u1,"Zhang, Wei",o1,alert.decided,1,alert,a1,"{""alertId"":""a1"",""decision"":""false_positive"",""reason"":""=HYPERLINK(\\""x\\"") \\""different person\\""""}",p,h');
  });
  it('writes a JSON array', async () => {
    expect(JSON.parse(await exportAudit(one(), 'json'))).toEqual([row]);
  });
});
