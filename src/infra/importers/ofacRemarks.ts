/**
 * What can be read reliably out of the free-text Remarks of OFAC's legacy CSV: weak a.k.a.'s
 * (`a.k.a. 'NAME'`), dates of birth, nationality / citizenship and the common identifier
 * notations ("Passport X (Country)", "National ID No. X", "Registration Number X", "IMO X" …).
 */
import type { Identifier } from '../../domain/lists/party.ts';
import { countryCode } from '../../domain/lists/countries.ts';
import { parsePartialDate } from './dates.ts';
import { uniq } from './partyParts.ts';

export interface RemarkFacts {
  weakAliases: string[];
  birthDates: string[];
  countries: string[];
  identifiers: Identifier[];
}

const WEAK_AKA = /a\.k\.a\.,?\s+(['"])(.+?)\1(?=[\s.;,)]|$)/g;
const DOB = /\bDOB (circa |c\. )?((?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4})(?: to ((?:\d{1,2} )?(?:[A-Z][a-z]{2} )?\d{4}))?/g;
const NATIONALITY = /\b(?:nationality|citizen) ([^;.]+)/g;

/** Identifier notations: [pattern, type]. Country in parentheses after the number when given. */
const ID_PATTERNS: readonly [RegExp, string][] = [
  [/\bPassport (?:No\.? )?([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'passport'],
  [/\bNational ID No\. ([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'national_id'],
  [/\bCedula No\. ([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'national_id'],
  [/\bIdentification Number ([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'national_id'],
  [/\bRegistration Number ([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'registration'],
  [/\bTax ID No\. ([A-Z0-9][A-Z0-9/-]*)(?: \(([^)]+)\))?/g, 'tax_id'],
  [/\bIMO (\d{7})\b()/g, 'imo'],
  [/\bMMSI (\d{9})\b()/g, 'mmsi'],
  [/\bSWIFT\/BIC ([A-Z0-9]{8,11})\b()/g, 'swift_bic'],
  [/\bAircraft Manufacturer's Serial Number \(MSN\) ([A-Z0-9][A-Z0-9/-]*)()/g, 'aircraft_msn'],
  [/\bAircraft Tail Number ([A-Z0-9][A-Z0-9/-]*)()/g, 'aircraft_tail'],
];

export function parseOfacRemarks(remarks: string | undefined): RemarkFacts {
  const facts: RemarkFacts = { weakAliases: [], birthDates: [], countries: [], identifiers: [] };
  if (!remarks) return facts;
  for (const m of remarks.matchAll(WEAK_AKA)) {
    const name = m[2]?.trim();
    if (name) facts.weakAliases.push(name);
  }
  for (const m of remarks.matchAll(DOB)) {
    for (const d of [m[2], m[3]]) {
      const p = d ? parsePartialDate(d) : undefined;
      if (p) facts.birthDates.push(p);
    }
  }
  for (const m of remarks.matchAll(NATIONALITY)) {
    const c = m[1] ? countryCode(m[1]) : undefined;
    if (c) facts.countries.push(c);
  }
  const seen = new Set<string>();
  for (const [re, type] of ID_PATTERNS) {
    for (const m of remarks.matchAll(re)) {
      const value = m[1];
      if (!value) continue;
      const k = `${type}:${value}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const id: Identifier = { type, value };
      const c = m[2] ? countryCode(m[2]) : undefined;
      if (c) id.country = c;
      facts.identifiers.push(id);
    }
  }
  facts.weakAliases = uniq(facts.weakAliases);
  facts.birthDates = uniq(facts.birthDates);
  facts.countries = uniq(facts.countries);
  return facts;
}
