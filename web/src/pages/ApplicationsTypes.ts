/** Shapes of the licensing API answers the application, case and licence pages read. */

export interface DocRef {
  documentId: string;
  title: string;
  sha256?: string;
}

export interface ApplicationItem {
  lineId: string;
  description: string;
  controlCode: string;
  hsCode?: string;
  quantity: number;
  unit: string;
  value: number;
  currency: string;
}

export interface ApplicationData {
  form: string;
  items: ApplicationItem[];
  destination: string;
  endUsers: Array<{ name: string; country: string }>;
  endUse: string;
  legalRepresentative?: { name: string; identityDocument: DocRef };
  mainManagers?: Array<{ name: string; identityDocument: DocRef }>;
  handler?: { name: string; identityDocument: DocRef };
  contract?: DocRef;
  technicalDocument?: { kind: string; document: DocRef };
  endUserCertificateIds?: string[];
}

export interface Advice {
  kind: string;
  reasons: string;
  provisos?: string[];
  givenOn?: string;
}

export interface CaseState {
  status: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  consultations: Array<{ agency: string; question: string; requestedOn: string; advice: Advice | null }>;
  consolidation: { recommendation: string; summary: string } | null;
  stops: Array<{ kind: string; reason: string; from: string; to: string | null; result: string | null }>;
  decision: { outcome: string; conditions: string[]; reasons: string } | null;
}

export interface StoredApplication {
  id: string;
  organisationId: string;
  provinceOrgId: string;
  queueOrg: string | null;
  queue: string;
  dueDate: string | null;
  application: ApplicationData;
  case: CaseState;
  updatedAt: string;
}

export interface Clock {
  deadlineId: string;
  limitWorkingDays: number;
  today: string;
  state: string;
  dueDate: string | null;
  dueDateUnknownBecause: string | null;
  workingDaysUsed: number;
  workingDaysStopped: number;
  pausedBy: string[];
}

export interface TimelineEntry {
  seq: number;
  at: string;
  event: string;
  from: string;
  to: string;
  note: { en: string; zh: string };
}

export interface StoredDocument {
  id: string;
  title: string;
  sha256: string;
  mediaType: string;
  version: number;
}

export interface CaseView {
  application: StoredApplication;
  timeline: TimelineEntry[];
  clocks: { forwarding: Clock | null; decision: Clock | null };
  documents: StoredDocument[];
  licenceNumber: string | null;
}

export interface QueueRow {
  id: string;
  organisationId: string;
  form: string;
  status: string;
  queue: string;
  dueDate: string | null;
  submittedOn: string | null;
  updatedAt: string;
}

export interface QueueDashboard {
  today: string;
  dueUntil: string;
  [k: string]: unknown;
}

export interface LineBalance {
  lineId: string;
  controlCode: string;
  unit: string;
  currency: string;
  quantity: { limit: number; used: number; remaining: number };
  value: { limit: number; used: number; remaining: number };
}

export interface LicenceView {
  licence: { number: string; status: string; validFrom: string; validTo: string; destination: string; endUse: string; conditions: string[]; applicationId: string };
  effectiveStatus: string;
  balance: LineBalance[];
  reports: Array<{ declarationNumber: string; reports: Array<{ kind: string; state: string; dueOn: string | null }> }>;
}

export interface LicenceRow {
  number: string;
  form: string;
  status: string;
  validFrom: string;
  validTo: string;
}

/** The Art. 13 review factors, in the order of the article (ids as the server knows them). */
export const ART13_FACTOR_IDS = ['national_security', 'international_obligations', 'export_type', 'item_sensitivity', 'destination', 'end_user_and_use', 'credit_record', 'other_factors'] as const;

/** One missing item named by a refused submission, parsed from the server's message. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Splits "cannot submit: the application is incomplete: a (why); b (why)" into per-field issues. */
export function submissionIssues(message: string): FieldIssue[] {
  const m = /incomplete: (.*)$/.exec(message);
  if (!m?.[1]) return [];
  return m[1].split('; ').flatMap((part) => {
    const p = /^(\S+) \((.*)\)$/.exec(part);
    return p?.[1] ? [{ field: p[1], message: p[2] ?? '' }] : [];
  });
}
