/** Reads and writes organisations. Construct over the database or a transaction. */
import type { Kysely, Selectable } from 'kysely';
import { type OrganisationKind, ZOrganisationKind } from '../../../domain/access/organisations.ts';
import type { Database } from '../schema.ts';
import type { OrganisationsTable } from '../tables/platform.ts';

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  code: string | null;
  createdAt: string;
}

const toOrganisation = (r: Selectable<OrganisationsTable>): Organisation => ({
  id: r.id,
  kind: ZOrganisationKind.parse(r.kind),
  name: r.name,
  code: r.code,
  createdAt: r.created_at,
});

export class OrganisationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(o: Organisation): Promise<void> {
    await this.db.insertInto('organisations').values({ id: o.id, kind: o.kind, name: o.name, code: o.code, created_at: o.createdAt }).execute();
  }

  async get(id: string): Promise<Organisation | undefined> {
    const r = await this.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toOrganisation(r);
  }

  async findByName(name: string): Promise<Organisation | undefined> {
    const r = await this.db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
    return r && toOrganisation(r);
  }

  /** Organisations ordered by name; `onlyId` restricts to one (an exporter sees only itself). */
  async list(opts: { onlyId?: string | undefined; kind?: OrganisationKind | undefined; limit: number; offset: number }): Promise<{ items: Organisation[]; total: number }> {
    let q = this.db.selectFrom('organisations');
    if (opts.onlyId !== undefined) q = q.where('id', '=', opts.onlyId);
    if (opts.kind !== undefined) q = q.where('kind', '=', opts.kind);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('name').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toOrganisation), total: Number(count.n) };
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
