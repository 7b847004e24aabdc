/**
 * The licence determination: runs every rule on every item, takes the most severe outcome per item
 * and overall, and lists the licence forms open to this exporter for items that need a licence
 * (individual always; general when a held licence covers the case; registration for Art. 19 cases),
 * unless a finding rules a form out. Pure: the date comes in as `asOf`, the destinations as data.
 */
import { invalidInput } from '../errors.ts';
import { type CitationId, CITATIONS } from './citations.ts';
import type { Destinations } from './destinations.ts';
import { catchAllRule } from './rules/catch-all.ts';
import { controlListedPartyRule } from './rules/control-listed-party.ts';
import { countermeasureListRule } from './rules/countermeasure-list.ts';
import { destinationRule } from './rules/destination.ts';
import { exporterEligibilityRule } from './rules/exporter-eligibility.ts';
import { generalLicenceFindings } from './rules/general-licence.ts';
import { listedItemRule } from './rules/listed-item.ts';
import { otherListsRule } from './rules/other-lists.ts';
import { registrationFindings } from './rules/registration.ts';
import { screeningAlertRule } from './rules/screening-alert.ts';
import { transitRule } from './rules/transit.ts';
import { unreliableEntityRule } from './rules/unreliable-entity.ts';
import { watchListedPartyRule } from './rules/watch-listed-party.ts';
import type { Transaction } from './transaction.ts';
import { type ItemFacts, type ItemRule, type LicenceForm, LICENCE_FORMS, mostSevere, type Outcome, type Reason, type Requirement, REQUIREMENTS, type RuleContext } from './types.ts';

/** The rules in the order their findings are reported. */
export const ITEM_RULES: readonly ItemRule[] = [
  listedItemRule,
  catchAllRule,
  destinationRule,
  transitRule,
  screeningAlertRule,
  controlListedPartyRule,
  watchListedPartyRule,
  unreliableEntityRule,
  countermeasureListRule,
  otherListsRule,
  exporterEligibilityRule,
];

export interface ItemDetermination {
  lineId: string;
  description: string;
  codes: string[];
  outcome: Outcome;
  /** Forms open to this exporter; only when the outcome is LICENCE_REQUIRED. */
  licenceForms: LicenceForm[];
  /** General licences held that cover this item. */
  coveringGeneralLicences: string[];
  requirements: Requirement[];
  reasons: Reason[];
}

export interface Determination {
  asOf: string;
  transactionId?: string;
  overall: Outcome;
  /** Forms that cover every item needing a licence (empty unless overall is LICENCE_REQUIRED). */
  licenceForms: LicenceForm[];
  requirements: Requirement[];
  items: ItemDetermination[];
  /** Every article cited by any finding, in the order of the citation table. */
  citations: CitationId[];
}

const CITATION_ORDER = new Map<string, number>(CITATIONS.map((c, i) => [c.id, i]));

function check(tx: Transaction, d: Destinations): void {
  if (!d.isCountry(tx.destination)) throw invalidInput(`unknown country code "${tx.destination}" (ISO 3166-1 alpha-2)`, { field: 'destination' });
  tx.transit.forEach((c, i) => {
    if (!d.isCountry(c)) throw invalidInput(`unknown country code "${c}" (ISO 3166-1 alpha-2)`, { field: `transit[${i}]` });
  });
  tx.parties.forEach((p, i) => {
    if (!d.isCountry(p.country)) throw invalidInput(`unknown country code "${p.country}" (ISO 3166-1 alpha-2)`, { field: `parties[${i}].country` });
  });
  tx.exporter.heldGeneralLicences.forEach((l, i) =>
    l.coversDestinations.forEach((c, j) => {
      const ok = c.startsWith('group:') ? d.group(c.slice(6)) !== undefined : d.isCountry(c);
      if (!ok) throw invalidInput(`unknown country code or group "${c}"`, { field: `exporter.heldGeneralLicences[${i}].coversDestinations[${j}]` });
    }),
  );
}

function determineItem(facts: ItemFacts, ctx: RuleContext): ItemDetermination {
  const reasons: Reason[] = [];
  for (const rule of ITEM_RULES) for (const r of rule(facts, ctx)) reasons.push(r);
  let outcome: Outcome = 'NOT_CONTROLLED';
  for (const r of reasons) if (r.outcome) outcome = mostSevere(outcome, r.outcome);

  let licenceForms: LicenceForm[] = [];
  const covering: string[] = [];
  if (outcome === 'LICENCE_REQUIRED') {
    const gl = generalLicenceFindings(facts, ctx);
    const reg = registrationFindings(facts, ctx);
    reasons.push(...gl, ...reg);
    for (const r of gl) if (r.code === 'GENERAL_LICENCE_COVERS' && r.params?.licence) covering.push(r.params.licence);
    const excluded = new Set(reasons.flatMap((r) => r.excludes ?? []));
    const excludedBy = (form: LicenceForm): string => [...new Set(reasons.filter((r) => r.excludes?.includes(form)).map((r) => r.rule))].join(', ');
    for (const r of [...gl, ...reg]) {
      const form: LicenceForm = r.code === 'GENERAL_LICENCE_COVERS' ? 'general' : 'registration';
      if ((r.code === 'GENERAL_LICENCE_COVERS' || r.code === 'REGISTRATION_AVAILABLE') && excluded.has(form)) r.params = { ...r.params, excludedBy: excludedBy(form) };
    }
    const open = new Set<LicenceForm>(['individual']);
    if (covering.length > 0 && !excluded.has('general')) open.add('general');
    if (reg.length > 0 && !excluded.has('registration')) open.add('registration');
    licenceForms = LICENCE_FORMS.filter((f) => open.has(f));
  }
  const req = new Set<Requirement>();
  if (outcome !== 'NOT_CONTROLLED') for (const r of reasons) for (const q of r.requires ?? []) req.add(q);
  return {
    lineId: facts.item.lineId,
    description: facts.item.description,
    codes: facts.codes,
    outcome,
    licenceForms,
    coveringGeneralLicences: covering,
    requirements: REQUIREMENTS.filter((q) => req.has(q)),
    reasons,
  };
}

export function itemFacts(item: Transaction['items'][number]): ItemFacts {
  const codes = item.classifications.filter((c) => c.jurisdiction === 'CN' && c.code !== 'NOT_LISTED').map((c) => c.code);
  return { item, codes, listed: codes.length > 0 };
}

/** Determines a validated transaction on `asOf` (YYYY-MM-DD). */
export function determine(tx: Transaction, destinations: Destinations, asOf: string): Determination {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw invalidInput(`expected a date YYYY-MM-DD, got "${asOf}"`, { field: 'asOf' });
  check(tx, destinations);
  const ctx: RuleContext = { tx, asOf, destinations, endUsers: tx.parties.filter((p) => p.role === 'end_user') };
  const items = tx.items.map((it) => determineItem(itemFacts(it), ctx));

  let overall: Outcome = 'NOT_CONTROLLED';
  for (const it of items) overall = mostSevere(overall, it.outcome);
  let licenceForms: LicenceForm[] = [];
  if (overall === 'LICENCE_REQUIRED') {
    const needing = items.filter((i) => i.outcome === 'LICENCE_REQUIRED');
    licenceForms = LICENCE_FORMS.filter((f) => needing.every((i) => i.licenceForms.includes(f)));
  }
  const req = new Set(items.flatMap((i) => i.requirements));
  const cited = new Set<CitationId>();
  for (const it of items) for (const r of it.reasons) for (const c of r.citations) cited.add(c);
  const result: Determination = {
    asOf,
    overall,
    licenceForms,
    requirements: REQUIREMENTS.filter((q) => req.has(q)),
    items,
    citations: [...cited].sort((a, b) => (CITATION_ORDER.get(a) ?? 0) - (CITATION_ORDER.get(b) ?? 0)),
  };
  if (tx.id !== undefined) result.transactionId = tx.id;
  return result;
}
