/** Stores screening runs with the list versions they screened against. */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { ScreeningRunsTable } from '../tables/screening-records.ts';

export interface ScreeningRun {
  id: string;
  organisationId: string;
  counterpartyId: string | null;
  query: unknown;
  /** source id → version number. */
  listVersions: Record<string, number>;
  hitCount: number;
  createdAt: string;
  createdBy: string;
}

const VersionsZ = z.record(z.string(), z.number());

function toRun(r: Selectable<ScreeningRunsTable>): ScreeningRun {
  const versions = VersionsZ.safeParse(JSON.parse(r.list_versions));
  if (!versions.success) throw new AppError('INTERNAL', `screening run ${r.id} has malformed list_versions`);
  return {
    id: r.id,
    organisationId: r.organisation_id,
    counterpartyId: r.counterparty_id,
    query: JSON.parse(r.query) as unknown,
    listVersions: versions.data,
    hitCount: Number(r.hit_count),
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export class ScreeningRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(run: ScreeningRun): Promise<void> {
    await this.db
      .insertInto('screening_runs')
      .values({
        id: run.id,
        organisation_id: run.organisationId,
        counterparty_id: run.counterpartyId,
        query: JSON.stringify(run.query),
        list_versions: JSON.stringify(run.listVersions),
        hit_count: run.hitCount,
        created_at: run.createdAt,
        created_by: run.createdBy,
      })
      .execute();
  }

  async get(organisationId: string, id: string): Promise<ScreeningRun | undefined> {
    const r = await this.db.selectFrom('screening_runs').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    return r ? toRun(r) : undefined;
  }

  /** Runs (of one organisation, or of all when null), newest first. */
  async list(organisationId: string | null, opts: { counterpartyId?: string; limit: number; offset: number }): Promise<{ items: ScreeningRun[]; total: number }> {
    let q = this.db.selectFrom('screening_runs');
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    if (opts.counterpartyId) q = q.where('counterparty_id', '=', opts.counterpartyId);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map(toRun), total: Number(count?.n ?? 0) };
  }
}
