import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { listAuditEvents } from '../../infra/db/repositories/audit.ts';
import { recordAudit, SYSTEM_ACTOR } from './recordAudit.ts';
import { verifyAudit } from './verifyAudit.ts';

const at = new Date('2026-03-02T08:00:00Z');

describeEachEngine('recordAudit', (get) => {
  it('appends chained events inside the caller transaction and verifies', async () => {
    const { db } = get();
    await db.kysely.transaction().execute(async (trx) => {
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event: { type: 'list.source_registered', v: 1, sourceId: 'ofac-sdn' }, objectType: 'list_source', objectId: 'ofac-sdn' }, at);
      await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event: { type: 'list.import_unchanged', v: 1, sourceId: 'ofac-sdn', contentHash: 'abc' }, objectType: 'list_source', objectId: 'ofac-sdn' }, at);
    });
    const page = await listAuditEvents(db.kysely, {}, { limit: 10, order: 'asc' });
    expect(page.items.map((e) => [e.seq, e.type])).toEqual([[1, 'list.source_registered'], [2, 'list.import_unchanged']]);
    expect(page.items[1]?.prevHash).toBe(page.items[0]?.hash);
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true, count: 2 });
  });

  it('stores nothing when the surrounding transaction fails', async () => {
    const { db } = get();
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event: { type: 'auth.logout', v: 1 }, objectType: 'session', objectId: 's' }, at);
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const count = await db.kysely.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true, count: 2 });
  });

  it('refuses a malformed event', async () => {
    const { db } = get();
    const bad = JSON.parse('{"type":"token.created","v":1,"tokenId":""}');
    await expect(recordAudit(db.kysely, { actor: SYSTEM_ACTOR, organisationId: null, event: bad, objectType: 'token', objectId: 'x' }, at)).rejects.toThrow(/token.created/);
  });

  it('serialises concurrent appends so the chain never forks', async () => {
    const { db } = get();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.kysely.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await recordAudit(trx, { actor: SYSTEM_ACTOR, organisationId: null, event: { type: 'job.enqueued', v: 1, jobId: `j${i}`, kind: 'screen' }, objectType: 'job', objectId: `j${i}` }, at);
        }),
      ),
    );
    expect(await verifyAudit(db.kysely)).toMatchObject({ ok: true, count: 14 });
  });
});
