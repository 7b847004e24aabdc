/**
 * Stores counterparties. Every read takes the organisation id, so one exporter never sees
 * another's records; `allAfter` (for background re-screening) is the only cross-organisation read.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { type Counterparty, CounterpartyIdentifierZ } from '../../../domain/screening-records/counterparty.ts';
import { PartySchemaZ } from '../../../domain/lists/party.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { CounterpartiesTable } from '../tables/screening-records.ts';

const NamesZ = z.array(z.string());
const IdentifiersZ = z.array(CounterpartyIdentifierZ);

function toCounterparty(r: Selectable<CounterpartiesTable>): Counterparty {
  const names = NamesZ.safeParse(JSON.parse(r.names));
  const identifiers = IdentifiersZ.safeParse(JSON.parse(r.identifiers));
  const schema = PartySchemaZ.safeParse(r.schema);
  if (!names.success || !identifiers.success || !schema.success) throw new AppError('INTERNAL', `stored counterparty ${r.id} has malformed names, identifiers or schema`);
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    names: names.data,
    country: r.country,
    schema: schema.data,
    birthDate: r.birth_date,
    identifiers: identifiers.data,
    contentHash: r.content_hash,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(c: Counterparty): Selectable<CounterpartiesTable> {
  return {
    id: c.id,
    organisation_id: c.organisationId,
    name: c.name,
    names: JSON.stringify(c.names),
    country: c.country,
    schema: c.schema,
    birth_date: c.birthDate,
    identifiers: JSON.stringify(c.identifiers),
    content_hash: c.contentHash,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export class CounterpartyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: Counterparty): Promise<void> {
    await this.db.insertInto('counterparties').values(toRow(c)).execute();
  }

  async update(c: Counterparty): Promise<void> {
    const { id: _id, organisation_id: _org, created_at: _created, ...rest } = toRow(c);
    await this.db.updateTable('counterparties').set(rest).where('id', '=', c.id).where('organisation_id', '=', c.organisationId).execute();
  }

  /**
   * Takes the counterparty's row for the rest of the transaction: a no-op write, which holds the
   * row lock on PostgreSQL and the database write lock on SQLite.
   */
  async lockForScreening(id: string): Promise<void> {
    await this.db.updateTable('counterparties').set((eb) => ({ id: eb.ref('id') })).where('id', '=', id).execute();
  }

  async get(organisationId: string, id: string): Promise<Counterparty | undefined> {
    const r = await this.db.selectFrom('counterparties').selectAll().where('id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    return r ? toCounterparty(r) : undefined;
  }

  /** By id in any organisation: for handlers that authorise against the owning organisation. */
  async find(id: string): Promise<Counterparty | undefined> {
    const r = await this.db.selectFrom('counterparties').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toCounterparty(r) : undefined;
  }

  /** A page of counterparties by name (of one organisation, or of all when null), optionally filtered by a name fragment. */
  async list(organisationId: string | null, opts: { q?: string; limit: number; offset: number }): Promise<{ items: Counterparty[]; total: number }> {
    let q = this.db.selectFrom('counterparties');
    if (organisationId !== null) q = q.where('organisation_id', '=', organisationId);
    // Case-insensitive on both engines (PostgreSQL's LIKE is case-sensitive, SQLite's is not).
    if (opts.q) q = q.where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${opts.q?.toLowerCase().replace(/[%_\\]/g, '') ?? ''}%`));
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('name').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { items: rows.map(toCounterparty), total: Number(count?.n ?? 0) };
  }

  /** Counterparties of every organisation with id > `afterId`, by id: the re-screening cursor. */
  async allAfter(afterId: string, limit: number): Promise<Counterparty[]> {
    const rows = await this.db.selectFrom('counterparties').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map(toCounterparty);
  }
}
