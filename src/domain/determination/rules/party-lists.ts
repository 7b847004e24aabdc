/**
 * Which list a screening match sits on, and whether its measure is in force on a date. List names
 * are matched case-insensitively against the names the importers and MOFCOM announcements use.
 */
import type { Measure, ScreeningMatch, TxParty } from '../transaction.ts';
import type { ListEntry, ReasonParty } from '../types.ts';

export type ListKind = 'control' | 'watch' | 'uel' | 'countermeasure' | 'un' | 'foreign';

const NAMES: Record<Exclude<ListKind, 'foreign'>, string[]> = {
  control: ['mofcom export control list', 'mofcom control list', 'list of export controls', 'export control list', '管控名单', '出口管制管控名单'],
  watch: ['mofcom watch list', 'export control watch list', 'watch list', '关注名单', '出口管制关注名单'],
  uel: ['unreliable entity list', 'uel', '不可靠实体清单'],
  countermeasure: ['anti-foreign sanctions countermeasure list', 'countermeasure list', 'list of targets of countermeasures', 'afsl', '反制清单'],
  un: ['un security council consolidated list', 'un consolidated list', 'un-sc', 'un sc', '联合国安理会综合制裁名单'],
};

const BY_NAME = new Map<string, ListKind>();
for (const [kind, names] of Object.entries(NAMES)) for (const n of names) BY_NAME.set(n, kind as ListKind);

export function listKind(name: string): ListKind {
  return BY_NAME.get(name.trim().toLowerCase()) ?? 'foreign';
}

export type MeasureState = 'missing' | 'not_yet_in_force' | 'in_force' | 'suspended';

/** A suspended measure is honoured as suspended through its end date and applies again the day after. */
export function measureState(m: Measure | undefined, asOf: string): MeasureState {
  if (!m) return 'missing';
  if (m.effectiveFrom !== undefined && asOf < m.effectiveFrom) return 'not_yet_in_force';
  if (m.suspendedUntil !== undefined && (m.suspendedFrom === undefined || m.suspendedFrom <= asOf) && asOf <= m.suspendedUntil) return 'suspended';
  return 'in_force';
}

export interface ListHit {
  party: TxParty;
  match: ScreeningMatch;
  list: string;
}

const HITS = new WeakMap<readonly TxParty[], Map<ListKind, ListHit[]>>();

/** Confirmed matches of the transaction's parties on lists of one kind (computed once per party array). */
export function confirmedHits(parties: readonly TxParty[], kind: ListKind): ListHit[] {
  let byKind = HITS.get(parties);
  if (!byKind) {
    byKind = new Map();
    for (const party of parties) {
      if (party.screening.status !== 'confirmed') continue;
      for (const match of party.screening.matches)
        for (const list of match.lists) {
          const k = listKind(list);
          byKind.set(k, [...(byKind.get(k) ?? []), { party, match, list }]);
        }
    }
    HITS.set(parties, byKind);
  }
  return byKind.get(kind) ?? [];
}

export const reasonParty = (p: TxParty): ReasonParty => ({ role: p.role, name: p.name, country: p.country });

export function listEntry(h: ListHit): ListEntry {
  const e: ListEntry = { source: h.match.source, entityId: h.match.entityId, list: h.list };
  if (h.match.name !== undefined) e.name = h.match.name;
  if (h.match.measure?.announcement !== undefined) e.announcement = h.match.measure.announcement;
  return e;
}

/** Date parameters of a measure for the explanation. */
export function measureParams(m: Measure | undefined): Record<string, string> {
  const p: Record<string, string> = {};
  if (m?.effectiveFrom) p.effectiveFrom = m.effectiveFrom;
  if (m?.suspendedFrom) p.suspendedFrom = m.suspendedFrom;
  if (m?.suspendedUntil) p.suspendedUntil = m.suspendedUntil;
  return p;
}
