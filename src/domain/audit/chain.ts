/**
 * The audit hash chain. Each event's hash is sha256(previous hash + canonical JSON of the event),
 * so changing, removing or adding any stored event breaks the chain from that point on.
 * `verifyChain` walks the stored events in sequence order and names the first one that does not fit.
 * Pure computation: no database, no clock.
 */
import { createHash } from 'node:crypto';

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of one event (everything but its own hash). */
export interface ChainEntry {
  seq: number;
  /** ISO-8601 UTC instant. */
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  organisationId: string | null;
  type: string;
  v: number;
  objectType: string;
  objectId: string;
  payload: unknown;
  prevHash: string;
}

export interface StoredChainEntry extends ChainEntry {
  hash: string;
}

/** The chain head as recorded beside the events: the last sequence number and its hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export type ChainProblemKind = 'edited' | 'deleted' | 'inserted';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The sequence number of the event that was edited, deleted or inserted. */
  seq: number;
  message: string;
}

export type ChainVerdict = { ok: true; count: number; head: ChainHead } | { ok: false; count: number; problem: ChainProblem };

/**
 * JSON with object keys sorted at every level and no whitespace, so that equal values always
 * hash equally. Rejects values JSON cannot represent faithfully (undefined, functions, NaN).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot hash non-finite number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`cannot hash a value of type ${typeof value}`);
  }
}

/** The hash of an event: sha256 over the previous hash and the canonical event. */
export function hashEntry(entry: ChainEntry): string {
  const { prevHash, ...content } = entry;
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

/**
 * Recomputes the chain over `entries` (any order; sorted here by seq) and checks it against the
 * recorded head. Reports the first problem:
 *  - edited: an event's content no longer matches its hash, or its hash was recomputed so the
 *    next event's link no longer fits;
 *  - deleted: sequence numbers jump and the link to the previous event is missing;
 *  - inserted: an event whose sequence number or link does not fit between its neighbours, or
 *    that lies beyond the recorded head.
 */
export function verifyChain(entries: readonly StoredChainEntry[], head: ChainHead): ChainVerdict {
  const rows = [...entries].sort((a, b) => a.seq - b.seq);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  const fail = (kind: ChainProblemKind, seq: number, message: string, count: number): ChainVerdict => ({
    ok: false,
    count,
    problem: { kind, seq, message },
  });

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const { hash, ...content } = row;
    if (row.seq < expectedSeq) {
      return fail('inserted', row.seq, `audit event #${row.seq} (${row.type}) was inserted: sequence number ${row.seq} is already taken`, i);
    }
    if (row.seq > head.seq) {
      return fail('inserted', row.seq, `audit event #${row.seq} (${row.type}) was inserted: it lies beyond the recorded chain head #${head.seq}`, i);
    }
    if (hashEntry(content) !== hash) {
      return fail('edited', row.seq, `audit event #${row.seq} (${row.type}) was edited: its content does not match its hash`, i);
    }
    if (row.prevHash !== prevHash) {
      if (next && next.prevHash === prevHash) {
        return fail('inserted', row.seq, `audit event #${row.seq} (${row.type}) was inserted: the chain continues past it at #${next.seq}`, i);
      }
      if (row.seq > expectedSeq) {
        const range = row.seq - 1 === expectedSeq ? `#${expectedSeq}` : `#${expectedSeq}–#${row.seq - 1}`;
        return fail('deleted', expectedSeq, `audit event ${range} was deleted: event #${row.seq} links to a missing predecessor`, i);
      }
      if (i === 0) {
        return fail('inserted', row.seq, `audit event #${row.seq} (${row.type}) was inserted: it does not link to the start of the chain`, i);
      }
      const prev = rows[i - 1]!;
      return fail('edited', prev.seq, `audit event #${prev.seq} (${prev.type}) was edited and rehashed: event #${row.seq} no longer links to it`, i);
    }
    if (row.seq > expectedSeq) {
      return fail('edited', row.seq, `audit event #${row.seq} (${row.type}) was renumbered: expected sequence number ${expectedSeq}`, i);
    }
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }

  const lastSeq = expectedSeq - 1;
  if (head.seq > lastSeq) {
    const range = head.seq === lastSeq + 1 ? `#${head.seq}` : `#${lastSeq + 1}–#${head.seq}`;
    return fail('deleted', lastSeq + 1, `audit event ${range} was deleted: the chain head records ${head.seq} events but only ${lastSeq} remain`, rows.length);
  }
  if (head.hash !== prevHash) {
    return fail('edited', lastSeq, `audit event #${lastSeq} was edited and rehashed: it no longer matches the recorded chain head`, rows.length);
  }
  return { ok: true, count: rows.length, head: { seq: lastSeq, hash: prevHash } };
}
