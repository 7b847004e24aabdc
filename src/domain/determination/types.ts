/** The shapes a determination is made of: outcomes, reasons, licence forms, requirements. */
import type { CitationId } from './citations.ts';
import type { Destinations } from './destinations.ts';
import type { Item, PartyRole, Transaction } from './transaction.ts';

/** Outcomes from least to most severe; the overall outcome is the most severe one. */
export const OUTCOMES = ['NOT_CONTROLLED', 'LICENCE_REQUIRED', 'HOLD', 'PROHIBITED'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const severity = (o: Outcome): number => OUTCOMES.indexOf(o);
export const mostSevere = (a: Outcome, b: Outcome): Outcome => (severity(a) >= severity(b) ? a : b);

/** Regs Art. 15: the three ways to authorise a dual-use export. */
export const LICENCE_FORMS = ['individual', 'general', 'registration'] as const;
export type LicenceForm = (typeof LICENCE_FORMS)[number];

export const REQUIREMENTS = [
  'end_user_certificate', // ECL Art. 15, Regs Art. 24
  'risk_assessment_report', // Regs Art. 26
  'compliance_undertaking', // Regs Art. 26
  'exception_approval', // ECL Art. 18 ¶3, Regs Art. 29 ¶2
  'shipment_and_use_report', // Regs Art. 18
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export const REASON_CODES = [
  'LISTED_ITEM',
  'NOT_LISTED',
  'CATCH_ALL',
  'CATCH_ALL_UNSURE',
  'DESTINATION_UN_REGIME',
  'DESTINATION_PROHIBITION',
  'DESTINATION_PROHIBITION_REVIEW',
  'DESTINATION_RISK_GRADE',
  'TRANSIT_UN_REGIME',
  'TRANSIT_PROHIBITION',
  'TRANSIT_RISK_GRADE',
  'SCREENING_OPEN_ALERT',
  'CONTROL_LIST_PROHIBITED',
  'CONTROL_LIST_RESTRICTED',
  'CONTROL_LIST_SUSPENDED',
  'CONTROL_LIST_MEASURE_UNKNOWN',
  'CONTROL_LIST_UNLISTED_ITEM',
  'WATCH_LIST',
  'WATCH_LIST_UNLISTED_ITEM',
  'UEL_PROHIBITED',
  'UEL_RESTRICTED',
  'UEL_SUSPENDED',
  'COUNTERMEASURE_PROHIBITED',
  'COUNTERMEASURE_RESTRICTED',
  'COUNTERMEASURE_SUSPENDED',
  'UN_DESIGNATED_PARTY',
  'FOREIGN_LIST_PARTY',
  'MEASURE_NOT_YET_IN_FORCE',
  'EXPORTER_BARRED_ART20',
  'GENERAL_LICENCE_COVERS',
  'GENERAL_LICENCE_DOES_NOT_COVER',
  'REGISTRATION_AVAILABLE',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ReasonParty {
  role: PartyRole;
  name: string;
  country: string;
}

export interface ListEntry {
  source: string;
  entityId: string;
  list: string;
  name?: string;
  announcement?: string;
}

/** One finding of one rule, with what it implies and where the law says so. */
export interface Reason {
  rule: string;
  code: ReasonCode;
  /** The outcome this finding alone implies; absent for findings that inform only. */
  outcome?: Outcome;
  citations: CitationId[];
  /** Licence forms this finding rules out. */
  excludes?: LicenceForm[];
  requires?: Requirement[];
  party?: ReasonParty;
  listEntry?: ListEntry;
  /** Values for the explanation text (control code, dates, licence number, country …). */
  params?: Record<string, string>;
}

/** Per-item view of the facts the rules look at, computed once. */
export interface ItemFacts {
  item: Item;
  /** CN control codes of the item; empty when NOT_LISTED. */
  codes: string[];
  listed: boolean;
}

/** Facts about the whole transaction, computed once and shared by every rule. */
export interface RuleContext {
  tx: Transaction;
  asOf: string;
  destinations: Destinations;
  endUsers: Transaction['parties'];
}

/** A rule returns its findings for one item. */
export type ItemRule = (facts: ItemFacts, ctx: RuleContext) => Reason[];
