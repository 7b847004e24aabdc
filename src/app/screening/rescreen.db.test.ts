/**
 * Re-screening when lists change (use-case level, both engines): a new matching entity raises
 * exactly one alert; a dismissed false positive stays dismissed until the listed entity changes;
 * an interrupted job resumes on another worker without duplicate alerts.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { AlertRepository } from '../../infra/db/repositories/alertRepository.ts';
import { importList } from '../lists/importList.ts';
import { createCounterparty } from './createCounterparty.ts';
import { ensureRescreenQueued } from './ensureRescreenQueued.ts';
import { decideAlert } from './decideAlert.ts';
import { importListAndRescreen } from './importListAndRescreen.ts';
import { rescreenJob } from './rescreenAll.ts';
import { createScreeningRuntime } from './runtime.ts';
import { screenCounterparty } from './screenCounterparty.ts';
import { ADMIN, SDN, officer } from './testSupport.ts';

describeEachEngine('re-screening on list import', (get) => {
  it('raises only new or changed hits, and remembers false positives', async () => {
    const { db } = get();
    let now = new Date('2026-03-02T09:00:00.000Z');
    const clock = () => now;
    const rt = createScreeningRuntime(db, { clock, pollMs: 10 });
    const by = officer('org-exporter-a');
    const alerts = new AlertRepository(db.kysely);
    const openAlerts = async () => (await alerts.list(by.organisationId, { status: 'open', limit: 100, offset: 0 })).items;
    const drain = async () => {
      while (await rt.runner.runOnce()) {
        /* run every due job */
      }
    };
    const importVersion = async (file: string) => {
      now = new Date(now.getTime() + 60_000);
      const r = await importListAndRescreen(db, rt, { items: [{ paths: [file], sourceId: 'ofac-sdn' }], actor: ADMIN, at: now });
      await drain();
      return r;
    };

    await importVersion(SDN.v1);
    const bnc = await createCounterparty(db, by, { name: 'Banco Nacional de Cuba', country: 'CU', schema: 'Company' }, now);
    const both = await createCounterparty(db, by, { name: 'Belarusian Oil Trade House', country: 'BY', schema: 'Company' }, now);
    const roe = await createCounterparty(db, by, { name: 'Rosoboronexport', names: ['Рособоронэкспорт'], country: 'RU', schema: 'Company' }, now);

    // First screening: BNC and the Belarusian oil trade house are listed; Rosoboronexport is not (yet).
    expect((await screenCounterparty(db, rt.service, by, bnc.id, now)).raised.map((a) => a.entityId)).toEqual(['ofac-sdn:306']);
    expect((await screenCounterparty(db, rt.service, by, both.id, now)).raised.map((a) => a.entityId)).toEqual(['ofac-sdn:10762']);
    expect((await screenCounterparty(db, rt.service, by, roe.id, now)).raised).toEqual([]);
    for (const a of await openAlerts()) await decideAlert(db, by, a.id, { decision: 'false_positive', reason: 'our customer is a different entity' }, now);
    expect(await openAlerts()).toEqual([]);

    // v2 adds ROSOBORONEKSPORT OAO: exactly one new alert.
    const v2 = await importVersion(SDN.v2);
    expect(v2.job).not.toBeNull();
    const afterV2 = await openAlerts();
    expect(afterV2.map((a) => [a.counterpartyId, a.entityId])).toEqual([[roe.id, 'ofac-sdn:18782']]);

    // Re-importing the same content is a no-op; an unrelated addition raises nothing.
    expect((await importVersion(SDN.v2)).job).toBeNull();
    await importVersion(SDN.v3);
    expect((await openAlerts()).map((a) => a.id)).toEqual(afterV2.map((a) => a.id));

    // v4 changes entity 10762 (new websites and a.k.a. names): that false positive comes back; BNC's does not.
    await importVersion(SDN.v4);
    const afterV4 = await openAlerts();
    expect(afterV4.filter((a) => !afterV2.some((b) => b.id === a.id)).map((a) => [a.counterpartyId, a.entityId])).toEqual([[both.id, 'ofac-sdn:10762']]);
  });

  it('a re-screen interrupted mid-run is resumed by another worker without duplicate alerts', async () => {
    const { db } = get();
    let now = new Date('2026-04-01T09:00:00.000Z');
    const clock = () => now;
    const first = createScreeningRuntime(db, { clock, leaseMs: 5_000, chunkSize: 2, workerId: 'worker-that-dies' });
    const by = officer('org-exporter-b');
    for (const name of ['Rosoboronexport', 'Sand Swan', 'Banco Nacional de Cuba', 'Aerocaribbean Airlines', 'Acme Trading Ltd']) {
      await createCounterparty(db, by, { name }, now);
    }
    const { job } = await importListAndRescreen(db, first, { items: [{ paths: [SDN.v4], sourceId: 'ofac-sdn-b' }], actor: ADMIN, at: now });
    expect(job).not.toBeNull();
    if (!job) return;

    // The first worker claims the job, commits one chunk of two counterparties, then dies.
    const claimed = await first.queue.claim('worker-that-dies', ['rescreen'], 5_000);
    expect(claimed?.id).toBe(job.id);
    const restarted = createScreeningRuntime(db, { clock, chunkSize: 2 });
    let chunks = 0;
    const partial = rescreenJob({
      db,
      service: first.service,
      clock,
      chunkSize: 2,
      onChunk: () => {
        chunks += 1;
        if (chunks === 1) throw new Error('killed');
      },
    }).parse(claimed?.payload);
    if (!partial.ok || !claimed) throw new Error('payload did not parse');
    await expect(
      partial.run({ job: claimed, workerId: 'worker-that-dies', signal: new AbortController().signal, saveProgress: async (trx, p) => void (await first.queue.saveProgress(trx, job.id, 'worker-that-dies', p)) }),
    ).rejects.toThrow('killed');
    expect((await first.queue.get(job.id))?.progress).toMatchObject({ screened: 2 });

    // The lease runs out; a new worker resumes after the committed chunk and completes.
    now = new Date(now.getTime() + 6_000);
    const outcome = await restarted.runner.runOnce();
    expect(outcome?.status).toBe('done');
    const stored = await restarted.queue.get(job.id);
    expect(stored?.attempts).toBe(2);
    const total = await db.kysely.selectFrom('counterparties').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(stored?.progress).toMatchObject({ screened: Number(total.n) });
    const all = (await new AlertRepository(db.kysely).list(by.organisationId, { limit: 100, offset: 0 })).items.filter((a) => a.source === 'ofac-sdn-b');
    const pairs = all.map((a) => `${a.counterpartyId}|${a.entityId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(all.map((a) => a.entityId).sort()).toEqual(['ofac-sdn-b:18782', 'ofac-sdn-b:306', 'ofac-sdn-b:36']);
  });

  it('queues one re-screen for list versions imported without one (e.g. from the command line)', async () => {
    const { db } = get();
    const now = new Date('2026-05-01T09:00:00.000Z');
    const rt = createScreeningRuntime(db, { clock: () => now });
    while (await rt.runner.runOnce()) {
      /* settle earlier jobs */
    }
    await importList(db, { items: [{ paths: [SDN.v1], sourceId: 'ofac-sdn-cli' }], actor: ADMIN, at: now });
    const job = await ensureRescreenQueued(db, rt.queue, ADMIN, now);
    expect(job?.payload).toMatchObject({ listVersions: { 'ofac-sdn-cli': 1 } });
    expect(await ensureRescreenQueued(db, rt.queue, ADMIN, now)).toBeNull();
    expect((await rt.runner.runOnce())?.status).toBe('done');
    expect(await ensureRescreenQueued(db, rt.queue, ADMIN, now)).toBeNull();
  });
});
