/** Writes audit events for an inspection: JSON (one array) or CSV (one row per event). */
import type { AuditEventRow } from '../../infra/db/repositories/audit.ts';
import { canonicalJson } from '../../domain/audit/chain.ts';

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor_kind', 'actor_id', 'actor_name', 'organisation_id', 'type', 'v', 'object_type', 'object_id', 'payload', 'prev_hash', 'hash'] as const;

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  // Quote always-safe; neutralise spreadsheet formulas in free text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function auditCsvRow(e: AuditEventRow): string {
  return [e.seq, e.at, e.actor.kind, e.actor.id, e.actor.name, e.organisationId, e.type, e.v, e.objectType, e.objectId, canonicalJson(e.payload), e.prevHash, e.hash]
    .map(csvCell)
    .join(',');
}

/** Renders events as CSV (header + rows, CRLF line ends per RFC 4180) or JSON. */
export async function exportAudit(events: AsyncIterable<AuditEventRow>, format: 'csv' | 'json'): Promise<string> {
  const parts: string[] = [];
  if (format === 'csv') {
    parts.push(AUDIT_CSV_COLUMNS.join(','));
    for await (const e of events) parts.push(auditCsvRow(e));
    return `${parts.join('\r\n')}\r\n`;
  }
  for await (const e of events) parts.push(JSON.stringify(e));
  return `[${parts.join(',\n')}]\n`;
}
