/** Shapes of the product, classification, item-list and determination API responses the UI reads. */

export interface Bilingual {
  zh?: string;
  en?: string;
}

/** The text in the current language, falling back to the other one. */
export function pick(b: Bilingual | null | undefined, lang: string): string {
  if (!b) return '';
  return (lang === 'zh' ? (b.zh ?? b.en) : (b.en ?? b.zh)) ?? '';
}

export interface Product {
  id: string;
  organisationId: string;
  sku: string;
  nameZh: string | null;
  nameEn: string | null;
  description: string;
  parameters: Array<{ name: string; value: string; unit?: string }>;
  hsCode: string | null;
  manufacturer: string | null;
  originCountry: string | null;
  prcOriginSharePct: number | null;
  createdAt: string;
  updatedAt: string;
}

export function productName(p: Pick<Product, 'nameZh' | 'nameEn' | 'sku'>, lang: string): string {
  return (lang === 'zh' ? (p.nameZh ?? p.nameEn) : (p.nameEn ?? p.nameZh)) ?? p.sku;
}

export type ClassificationStatus = 'draft' | 'submitted_for_review' | 'signed_off' | 'returned' | 'superseded';
export const JURISDICTIONS = ['CN', 'EU', 'US'] as const;

export interface Classification {
  id: string;
  organisationId: string;
  productId: string;
  jurisdiction: string;
  versionNo: number;
  status: ClassificationStatus;
  codes: string[];
  notListed: boolean;
  rationale: string;
  evidence: Array<{ title: string; ref?: string }>;
  classifiedBy: string;
  classifiedByName: string;
  classifiedAt: string;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  signedOffOn: string | null;
  reReviewDue: string | null;
  supersededBy: string | null;
}

export interface Suggestion {
  listId: string;
  listTitle: Bilingual;
  versionNo: number;
  code: string;
  title: Bilingual;
  verificationStatus: VerificationStatus;
  score: number;
  why: string[];
}

export interface DueItem {
  classification: Classification;
  product: { id: string; sku: string; nameZh: string | null; nameEn: string | null };
  reReviewStatus: 'overdue' | 'due_soon';
}

export interface Enquiry {
  id: string;
  productId: string | null;
  authority: string;
  status: string;
  subject: string;
  createdByName: string;
  createdAt: string;
}

export type VerificationStatus = 'verified' | 'cleaned' | 'machine_extracted' | 'unverified';
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['verified', 'cleaned', 'machine_extracted', 'unverified'];

export interface ItemListHeader {
  id: string;
  jurisdiction: string;
  title: Bilingual;
  kind: string;
  codeScheme: string;
  announcement?: string;
  effectiveDate?: string;
  source: { publisher: string; url?: string; repo?: string; path?: string; commit?: string; licence?: string; retrievedOn?: string };
  completeness: 'complete' | 'partial';
  verificationNotes: string[];
}

export interface ItemListVersion {
  listId: string;
  versionNo: number;
  contentHash: string;
  entryCount: number;
  counts: Record<VerificationStatus, number>;
  fileName: string;
  fileSha256: string;
  importedAt: string;
  importedBy: string;
}

export interface ItemListItem {
  list: ItemListHeader;
  current: ItemListVersion;
  versionCount: number;
}

export interface TreeNode {
  code: string;
  title: Bilingual;
  verificationStatus: VerificationStatus;
  childCount: number;
}

export interface TreeLevel {
  list: ItemListHeader;
  versionNo: number;
  parent: string | null;
  nodes: TreeNode[];
}

export interface CrossRef {
  kind: 'identical_code' | 'equivalent' | 'indicative_hs';
  target: { list: string; code: string };
  hsEdition?: string;
  note?: string;
}

export interface Entry {
  code: string;
  parentCode: string | null;
  title: Bilingual;
  text: Bilingual;
  parameters: Array<{ name: string; value: string; unit?: string }>;
  reasons: string[];
  regimes: string[];
  verificationStatus: VerificationStatus;
  notes: string[];
  crossRefs: CrossRef[];
}

export interface EntryDetail {
  list: ItemListHeader;
  versionNo: number;
  entry: Entry;
  ancestors: TreeNode[];
  children: TreeNode[];
  crossRefs: Array<CrossRef & { targetTitle: Bilingual | null; resolvedCode: string | null; targetListStored: boolean }>;
  referencedBy: Array<{ listId: string; code: string; title: Bilingual; kind: string }>;
}

export interface ItemSearchResult {
  mode: 'hs' | 'code' | 'text';
  lists: Array<{ listId: string; title: Bilingual; jurisdiction: string; versionNo: number; total: number; hits: Array<{ code: string; title: Bilingual; matched: string; verificationStatus: VerificationStatus }> }>;
}

export interface ItemDiff {
  listId: string;
  from: ItemListVersion;
  to: ItemListVersion;
  added: Entry[];
  removed: Entry[];
  changed: Array<{ code: string; fields: string[]; before: Entry; after: Entry }>;
  unchangedCount: number;
}

export type Outcome = 'NOT_CONTROLLED' | 'LICENCE_REQUIRED' | 'HOLD' | 'PROHIBITED';

export interface Reason {
  rule: string;
  code: string;
  outcome?: string;
  citations: string[];
  excludes?: string[];
  requires?: string[];
  party?: { role: string; name: string; country: string };
  listEntry?: { source: string; entityId: string; list: string; name?: string; announcement?: string };
  params?: Record<string, string>;
}

export interface Citation {
  id: string;
  law: { en: string; zh: string };
  article?: number;
  title: { en: string; zh: string };
}

export interface DeterminationResult {
  determination: {
    asOf: string;
    overall: string;
    licenceForms: string[];
    requirements: string[];
    items: Array<{ lineId: string; description: string; codes: string[]; outcome: string; licenceForms: string[]; coveringGeneralLicences: string[]; requirements: string[]; reasons: Reason[] }>;
    citations: string[];
  };
  citations: Citation[];
  explanation: string;
  screened: Array<{ index: number; name: string; status: string; hits: number; listVersions: Record<string, number> }>;
  warnings: string[];
}
