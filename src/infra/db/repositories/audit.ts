/** Reads the audit trail: filtered, paged listings and the whole chain for verification. */
import type { Kysely, Selectable } from 'kysely';
import type { ChainHead, StoredChainEntry } from '../../../domain/audit/chain.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { AuditEventsTable } from '../tables/platform.ts';

export interface AuditEventRow {
  seq: number;
  at: string;
  actor: { kind: string; id: string | null; name: string };
  organisationId: string | null;
  type: string;
  v: number;
  objectType: string;
  objectId: string;
  payload: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  /** Restrict to one organisation's events; `undefined` = every organisation. */
  organisationId?: string | undefined;
  type?: string | undefined;
  /** Event type prefix such as `user.`. */
  typePrefix?: string | undefined;
  actorId?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  /** Inclusive lower bound, ISO instant. */
  since?: string | undefined;
  /** Exclusive upper bound, ISO instant. */
  until?: string | undefined;
  /** Free-text search over type, object, actor and payload (case-insensitive). */
  q?: string | undefined;
}

export interface AuditPage {
  items: AuditEventRow[];
  /** The seq to pass as `cursor` for the next page, or null at the end. */
  nextCursor: number | null;
}

export function toAuditEventRow(r: Selectable<AuditEventsTable>): AuditEventRow {
  let payload: unknown;
  try {
    payload = JSON.parse(r.payload);
  } catch {
    payload = r.payload;
  }
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
    organisationId: r.organisation_id,
    type: r.type,
    v: Number(r.v),
    objectType: r.object_type,
    objectId: r.object_id,
    payload,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('audit_events').selectAll();
  if (f.organisationId !== undefined) q = q.where('organisation_id', '=', f.organisationId);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.typePrefix) q = q.where('type', 'like', `${f.typePrefix}%`);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.objectType) q = q.where('object_type', '=', f.objectType);
  if (f.objectId) q = q.where('object_id', '=', f.objectId);
  if (f.since) q = q.where('at', '>=', f.since);
  if (f.until) q = q.where('at', '<', f.until);
  if (f.q) {
    const pattern = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or(
        (['type', 'object_id', 'object_type', 'actor_name', 'payload'] as const).map((col) =>
          eb(eb.fn('lower', [eb.ref(col)]), 'like', pattern),
        ),
      ),
    );
  }
  return q;
}

/** One page of events, newest first (`order: 'desc'`) or in chain order. */
export async function listAuditEvents(
  db: Kysely<Database>,
  f: AuditFilter,
  page: { limit: number; cursor?: number | undefined; order?: 'asc' | 'desc' },
): Promise<AuditPage> {
  const order = page.order ?? 'desc';
  let q = filtered(db, f);
  if (page.cursor !== undefined) q = q.where('seq', order === 'desc' ? '<' : '>', page.cursor);
  const rows = await q.orderBy('seq', order).orderBy('id', order).limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit).map(toAuditEventRow);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? last.seq : null };
}

/** Every matching event in chain order, in batches (for exports). */
export async function* streamAuditEvents(db: Kysely<Database>, f: AuditFilter, batch = 1000): AsyncGenerator<AuditEventRow> {
  let cursor: number | undefined;
  for (;;) {
    const page = await listAuditEvents(db, f, { limit: batch, cursor, order: 'asc' });
    yield* page.items;
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

/** The whole stored chain, with the recorded head, as the verifier needs it. */
export async function loadChain(db: Kysely<Database>): Promise<{ entries: StoredChainEntry[]; head: ChainHead }> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (!head) throw new AppError('INTERNAL', 'the audit chain head is missing: the database was not migrated');
  const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').orderBy('id').execute();
  const entries = rows.map((r): StoredChainEntry => {
    const e = toAuditEventRow(r);
    return {
      seq: e.seq,
      at: e.at,
      actorKind: e.actor.kind,
      actorId: e.actor.id,
      actorName: e.actor.name,
      organisationId: e.organisationId,
      type: e.type,
      v: e.v,
      objectType: e.objectType,
      objectId: e.objectId,
      payload: e.payload,
      prevHash: e.prevHash,
      hash: e.hash,
    };
  });
  return { entries, head: { seq: Number(head.seq), hash: head.hash } };
}
