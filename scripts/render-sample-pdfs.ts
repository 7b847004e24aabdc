/**
 * Writes sample licence and end-user certificate PDFs (fictitious example data, marked SPECIMEN)
 * to test-results/pdf/ for a person to look at: `npx tsx scripts/render-sample-pdfs.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderEndUserCertificatePdf } from '../src/infra/pdf/certificatePdf.ts';
import { exampleCertificate, exampleLicence, EXAMPLE_END_USER, EXAMPLE_IMPORTER } from '../src/infra/pdf/examples.ts';
import { renderLicencePdf } from '../src/infra/pdf/licencePdf.ts';

const outDir = path.resolve('test-results/pdf');
fs.mkdirSync(outDir, { recursive: true });

const general = exampleLicence();
const samples: [string, Promise<Buffer>][] = [
  ['licence-individual.pdf', renderLicencePdf(exampleLicence())],
  [
    'licence-general.pdf',
    renderLicencePdf({
      ...general,
      form: 'general',
      licenceNumber: 'EX2025-320100-G00007',
      validTo: '2028-03-09',
      endUsers: [EXAMPLE_END_USER, { ...EXAMPLE_IMPORTER, name: { en: 'Muster Chemiehandel AG, Labor (example)' } }],
    }),
  ],
  ['end-user-certificate.pdf', renderEndUserCertificatePdf(exampleCertificate())],
  ['end-user-certificate-no-authentication.pdf', renderEndUserCertificatePdf({ ...exampleCertificate(), governmentAuthenticationRequired: false, importer: undefined })],
];

for (const [name, pdf] of samples) {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, await pdf);
  console.log(file);
}
