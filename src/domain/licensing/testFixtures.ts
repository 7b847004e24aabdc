/**
 * Test data for the licensing domain. The item lines are real entries of the 2026 MOFCOM/GACC
 * dual-use import and export licence catalogue (两用物项和技术进出口许可证管理目录), taken from
 * shared/data/controllists/chycici-dual-use-export-control-catalog (rows 91 and 99: control code,
 * product name, reference HS code). The exporter, end user and documents are test parties.
 */
import type { ApplicationInput } from './application.ts';
import { ApplicationZ } from './application.ts';
import type { ExporterProfile } from './eligibility.ts';

/** Catalogue row 91: 1C202.a 铝合金和钛合金：460 MPa 或更高, HS 7608209110. */
export const ITEM_1C202A = {
  lineId: 'L1',
  description: '铝合金管 460 MPa 或更高 (aluminium alloy tubes, 460 MPa or more)',
  controlCode: '1C202.a',
  hsCode: '7608209110',
  quantity: 100,
  unit: 'kg',
  value: 200_000,
  currency: 'CNY',
  determination: { determinationId: 'det-0001', outcome: 'LICENCE_REQUIRED' as const, determinedOn: '2025-09-01' },
};

/** Catalogue row 99: 1C227 calcium, metal impurities (other than magnesium) below 0.1 %, HS 2805120010. */
export const ITEM_1C227 = {
  lineId: 'L2',
  description: '金属钙，金属杂质（除镁外）的含量低于千分之一（按重量计） (high-purity calcium)',
  controlCode: '1C227',
  hsCode: '2805120010',
  quantity: 50,
  unit: 'kg',
  value: 30_000,
  currency: 'CNY',
  determination: { determinationId: 'det-0002', outcome: 'LICENCE_REQUIRED' as const, determinedOn: '2025-09-01' },
};

const doc = (documentId: string, title: string) => ({ documentId, title });

/** A complete individual-licence application. */
export const completeIndividual: ApplicationInput = {
  id: 'app-1',
  form: 'individual',
  exporter: { id: 'exp-1', name: 'Test Alloys Co., Ltd.' },
  items: [ITEM_1C202A],
  destination: 'DE',
  endUsers: [{ name: 'Test Aerostructures GmbH', country: 'DE' }],
  endUse: 'airframe structural parts for civil aircraft',
  legalRepresentative: { name: '张伟', identityDocument: doc('d-id-1', 'ID of legal representative') },
  mainManagers: [{ name: '李娜', identityDocument: doc('d-id-2', 'ID of general manager') }],
  handler: { name: '王芳', identityDocument: doc('d-id-3', 'ID of handler') },
  contract: doc('d-contract', 'Sales contract 2025-017'),
  technicalDocument: { kind: 'test_report', document: doc('d-test', 'Tensile test report') },
  endUserCertificateIds: ['euc-1'],
};

export const completeGeneral: ApplicationInput = {
  ...completeIndividual,
  id: 'app-2',
  form: 'general',
  items: [ITEM_1C202A, ITEM_1C227],
  endUsers: [
    { name: 'Test Aerostructures GmbH', country: 'DE' },
    { name: 'Test Werkstoffe AG', country: 'DE' },
  ],
  general: {
    icpOperationReport: doc('d-icp', 'ICP operation report'),
    licenceUseReport: doc('d-use', 'Licence use 2022–2025'),
    channelsAndEndUsersReport: doc('d-ch', 'Channels and end users'),
    fixedChannels: ['Shanghai port → Hamburg, direct sale'],
  },
};

export const parsedIndividual = () => ApplicationZ.parse(completeIndividual);

export const cleanExporter: ExporterProfile = {
  id: 'exp-1',
  name: 'Test Alloys Co., Ltd.',
  icp: { established: true, runningWell: true },
  hasDualUseExportRecord: true,
  hasFixedChannelsAndEndUsers: true,
  criminalPenalties: [],
  seriousAdministrativePenalties: [],
  establishedByControlListedParty: null,
  otherMofcomGrounds: [],
};

/** A deterministic random source for tests: bytes 0, 1, 2, … */
export const countingBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i * 7 + 3);

export const individualLicenceInput = {
  form: 'individual' as const,
  applicationId: 'app-1',
  exporterId: 'exp-1',
  destination: 'DE',
  endUsers: ['Test Aerostructures GmbH'],
  endUse: 'airframe structural parts for civil aircraft',
  conditions: ['installation report within 90 days'],
  issuedOn: '2025-10-10',
  validFrom: '2025-10-10',
  validTo: '2026-10-09',
  lines: [{ lineId: 'L1', controlCode: '1C202.a', description: ITEM_1C202A.description, unit: 'kg', currency: 'CNY', quantity: 100, value: 200_000 }],
};
