/**
 * Appends one event to the hash-chained audit trail. Call it inside the transaction that makes
 * the change, so the change and its event are stored together or not at all.
 *
 * Appends are serialised on the chain head row: the first statement updates it, which takes the
 * row lock on PostgreSQL and the write lock on SQLite, so concurrent writers queue instead of
 * forking the chain.
 */
import type { Kysely } from 'kysely';
import { canonicalJson, hashEntry, type ChainEntry } from '../../domain/audit/chain.ts';
import { type AuditEvent, ZAuditEvent, eventPayload } from '../../domain/audit/events.ts';
import { AppError } from '../../domain/errors.ts';
import type { Database } from '../../infra/db/schema.ts';

export interface AuditActor {
  kind: 'user' | 'system' | 'cli' | 'token';
  id: string | null;
  name: string;
}

export interface AuditInput {
  actor: AuditActor;
  organisationId: string | null;
  event: AuditEvent;
  objectType: string;
  objectId: string;
}

/** The actor for changes made by the server itself (bootstrap, scheduled jobs). */
export const SYSTEM_ACTOR: AuditActor = { kind: 'system', id: null, name: 'system' };

/** The actor for changes made through the local command line. */
export function cliActor(): AuditActor {
  return { kind: 'cli', id: null, name: process.env.USER ?? process.env.USERNAME ?? 'cli' };
}

export async function recordAudit(trx: Kysely<Database>, input: AuditInput, at: Date): Promise<void> {
  const parsed = ZAuditEvent.safeParse(input.event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INTERNAL', `audit event ${input.event.type} is malformed at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  const event = parsed.data;
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirst();
  if (!head) throw new AppError('INTERNAL', 'the audit chain head is missing: the database was not migrated');

  const payload = eventPayload(event);
  const entry: ChainEntry = {
    seq: head.seq,
    at: at.toISOString(),
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    actorName: input.actor.name,
    organisationId: input.organisationId,
    type: event.type,
    v: event.v,
    objectType: input.objectType,
    objectId: input.objectId,
    payload,
    prevHash: head.hash,
  };
  const hash = hashEntry(entry);
  await trx
    .insertInto('audit_events')
    .values({
      seq: entry.seq,
      at: entry.at,
      actor_kind: entry.actorKind,
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      organisation_id: entry.organisationId,
      type: entry.type,
      v: entry.v,
      object_type: entry.objectType,
      object_id: entry.objectId,
      payload: canonicalJson(payload),
      prev_hash: entry.prevHash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}
