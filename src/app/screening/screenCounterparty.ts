/** Screens one of the organisation's counterparties now, persisting the run and raising alerts. */
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import type { OrgActor } from './actor.ts';
import { type ScreeningRecord, recordScreening } from './recordScreening.ts';
import type { ScreeningService } from './screeningService.ts';

export async function screenCounterparty(db: Db, service: ScreeningService, by: OrgActor, counterpartyId: string, at: Date): Promise<ScreeningRecord> {
  const snapshot = await service.current();
  return db.kysely.transaction().execute(async (trx) => {
    const cp = await new CounterpartyRepository(trx).get(by.organisationId, counterpartyId);
    if (!cp) throw notFound(`counterparty ${counterpartyId}`);
    return recordScreening(trx, snapshot, cp, by.actor, at);
  });
}
