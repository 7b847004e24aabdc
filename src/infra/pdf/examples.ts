/**
 * Example inputs for the licence and certificate PDFs, used by the tests and by
 * `scripts/render-sample-pdfs.ts`. Every company, person, address, number and code here is
 * fictitious and marked as an example (示例 / Example / Beispiel / example.org); the rendered
 * PDFs carry a SPECIMEN mark. The items are real entries of the 2026 dual-use licence catalogue
 * (/work/shared/data/controllists/chycici-dual-use-export-control-catalog, rows 134, 138 and 431:
 * control code, Chinese name and reference HS code as listed there; English names added).
 */
import type { EndUserCertificatePdfInput } from './certificatePdf.ts';
import type { LicencePdfInput } from './licencePdf.ts';
import type { Contact, Party } from './pdfInput.ts';

export const EXAMPLE_EXPORTER: Party = {
  name: { zh: '江苏示例精细化工有限公司', en: 'Jiangsu Example Fine Chemicals Co., Ltd.' },
  address: { zh: '江苏省南京市江宁区示例路88号', en: 'No. 88 Example Road, Jiangning District, Nanjing, Jiangsu' },
  country: { code: 'CN', zh: '中国', en: 'China' },
  registrationNumber: '91320100EXAMPLE001',
  contact: { person: '王示例', title: '出口合规经理 Export compliance manager', phone: '+86 25 0000 0000', email: 'compliance@example.cn' },
};

export const EXAMPLE_END_USER: Party & { contact: Contact } = {
  name: { en: 'Beispiel Glasveredelung GmbH (example)' },
  address: { en: 'Musterstraße 12, 99999 Musterstadt' },
  country: { code: 'DE', zh: '德国', en: 'Germany' },
  registrationNumber: 'HRB 00000 (example)',
  contact: { person: 'Erika Mustermann', title: 'Managing Director', phone: '+49 000 000000', email: 'e.mustermann@example.de' },
};

export const EXAMPLE_IMPORTER: Party = {
  name: { en: 'Muster Chemiehandel AG (example)' },
  address: { en: 'Beispielallee 3, 99998 Beispielstadt' },
  country: { code: 'DE', zh: '德国', en: 'Germany' },
};

export const EXAMPLE_ITEMS = [
  {
    lineNo: 1,
    controlCode: '1C350.g',
    description: { zh: '氟化氢铵（CAS 1341-49-7），纯度≥98%', en: 'Ammonium hydrogen fluoride (CAS 1341-49-7), purity ≥ 98 %' },
    hsCode: '2826191010',
    quantity: 2000,
    unit: 'kg',
    value: 5600,
    currency: 'EUR',
  },
  {
    lineNo: 2,
    controlCode: '1C350.c',
    description: { zh: '氟化钠（CAS 7681-49-4）', en: 'Sodium fluoride (CAS 7681-49-4)' },
    hsCode: '2826192010',
    quantity: 500,
    unit: 'kg',
    value: 1250.5,
    currency: 'EUR',
  },
  {
    lineNo: 3,
    controlCode: '2B230',
    description: { zh: '压力传感器，用于蚀刻槽工艺监测', en: 'Pressure transducers for etching-bath process monitoring' },
    hsCode: '9026209010',
    quantity: 12,
    unit: 'pcs',
    value: 9480,
    currency: 'EUR',
  },
] as const;

export const EXAMPLE_END_USE = {
  zh: '用于本最终用户工厂内建筑玻璃的化学蚀刻和表面磨砂处理，不用于其他用途。',
  en: "Chemical etching and frosting of architectural glass at the end user's own plant; no other use.",
};

export const exampleLicence = (): LicencePdfInput => ({
  licenceNumber: 'EX2025-320100-000123',
  verificationCode: 'K7QM-4D2P-9XWA',
  form: 'individual',
  exporter: EXAMPLE_EXPORTER,
  importer: EXAMPLE_IMPORTER,
  endUsers: [EXAMPLE_END_USER],
  endUse: EXAMPLE_END_USE,
  destination: { code: 'DE', zh: '德国', en: 'Germany' },
  validFrom: '2025-03-10',
  validTo: '2026-03-09',
  items: EXAMPLE_ITEMS.map((it) => ({ ...it, description: { ...it.description }, remaining: it.lineNo === 1 ? { quantity: 1200, value: 3360 } : { quantity: it.quantity, value: it.value } })),
  balanceAsOf: '2025-06-30',
  conditions: [
    { zh: '物项须一次性出口，出口后30日内报告运抵和安装情况。', en: 'The items are to be exported in one shipment; arrival and installation are to be reported within 30 days of export.' },
    { zh: '不得经第三国转运。', en: 'No transhipment through a third country.' },
  ],
  issuingAuthority: { zh: '示例发证机关（样本）', en: 'Example Issuing Authority (specimen)' },
  issueDate: '2025-03-10',
  verificationBaseUrl: 'https://exportctl.example.org',
  specimen: true,
});

export const exampleCertificate = (): EndUserCertificatePdfInput => ({
  reference: 'EUC-EXAMPLE-2025-017',
  preparedOn: '2025-02-14',
  exporter: EXAMPLE_EXPORTER,
  endUser: EXAMPLE_END_USER,
  importer: EXAMPLE_IMPORTER,
  items: EXAMPLE_ITEMS.map((it) => ({ ...it, description: { ...it.description } })),
  contractReference: 'Contract No. JS-BG-2025-004 (example), 2025-01-20',
  endUse: EXAMPLE_END_USE,
  siteOfUse: { address: { en: 'Beispiel Glasveredelung GmbH, Werk 2, Industriestraße 5, 99999 Musterstadt' }, country: { code: 'DE', zh: '德国', en: 'Germany' } },
  governmentAuthenticationRequired: true,
  specimen: true,
});
