/**
 * The PDFs of the licensing area: the licence as issued, with its current balances and a QR code
 * to the verification service, and the end-user and end-use certificate form pre-filled from an
 * application for the end user to sign. The end user is printed as the importer: applications do
 * not name a separate consignee.
 */
import type { Kysely } from 'kysely';
import { invalidInput, notFound } from '../../domain/errors.ts';
import type { Destinations } from '../../domain/determination/destinations.ts';
import { remainingBalance } from '../../domain/licensing/licence.ts';
import { ApplicationRepository } from '../../infra/db/repositories/licensingApplications.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import type { Database } from '../../infra/db/schema.ts';
import { renderEndUserCertificatePdf } from '../../infra/pdf/certificatePdf.ts';
import { renderLicencePdf } from '../../infra/pdf/licencePdf.ts';
import { loadVisibleApplication } from './caseAccess.ts';
import { loadVisibleLicence } from './licenceAccess.ts';
import type { LicensingCaller } from './licensingEnv.ts';

const country = (d: Destinations, code: string) => {
  const c = d.country(code);
  if (!c) throw invalidInput(`unknown country code ${code}`, { field: 'destination' });
  return { code: c.code, zh: c.zh, en: c.en };
};
const same = (s: string) => ({ zh: s, en: s });

export async function licencePdf(db: Kysely<Database>, who: LicensingCaller, destinations: Destinations, number: string, opts: { today: string; baseUrl: string }): Promise<Buffer> {
  const s = await loadVisibleLicence(db, who, number);
  const l = s.licence;
  const orgs = new OrganisationRepository(db);
  const exporter = await orgs.get(s.organisationId);
  const authority = await db.selectFrom('organisations').select('name').where('kind', '=', 'licensing_authority').orderBy('created_at').executeTakeFirst();
  // The licence is visible to the caller, and with it the application it was issued for.
  const a = await new ApplicationRepository(db).get(l.applicationId);
  if (!a) throw notFound(`application ${l.applicationId}`);
  const dest = country(destinations, l.destination);
  const endUsers = a.application.endUsers.map((u) => ({ name: { en: u.name }, country: country(destinations, u.country) }));
  const balance = remainingBalance(l);
  const form = l.form === 'general' ? 'general' : 'individual';
  return renderLicencePdf({
    licenceNumber: l.number,
    verificationCode: l.verificationCode,
    form,
    exporter: { name: { zh: exporter?.name ?? l.exporterId }, country: country(destinations, 'CN'), ...(exporter?.code ? { registrationNumber: exporter.code } : {}) },
    importer: endUsers[0] ?? { name: { en: l.endUsers[0] ?? '' }, country: dest },
    endUsers,
    endUse: same(l.endUse),
    destination: dest,
    validFrom: l.validFrom,
    validTo: l.validTo,
    items: l.lines.map((x, i) => {
      const b = balance[i];
      const hs = a.application.items.find((it) => it.lineId === x.lineId)?.hsCode;
      return { lineNo: i + 1, controlCode: x.controlCode, description: same(x.description), ...(hs ? { hsCode: hs } : {}), quantity: x.quantityLimit, unit: x.unit, value: x.valueLimit, currency: x.currency, remaining: { quantity: b?.quantity.remaining ?? 0, value: b?.value.remaining ?? 0 } };
    }),
    balanceAsOf: opts.today,
    conditions: l.conditions.map(same),
    issuingAuthority: { zh: '中华人民共和国商务部', en: authority?.name ?? 'Ministry of Commerce' },
    issueDate: l.issuedOn,
    verificationBaseUrl: opts.baseUrl,
  });
}

export interface CertificateFormRequest {
  contactPerson: string;
  siteAddress: string;
  governmentAuthenticationRequired: boolean;
}

export async function certificateFormPdf(db: Kysely<Database>, who: LicensingCaller, destinations: Destinations, applicationId: string, req: CertificateFormRequest, today: string): Promise<Buffer> {
  const a = await loadVisibleApplication(db, who, applicationId);
  const app = a.application;
  const endUser = app.endUsers[0];
  if (!endUser) throw invalidInput('the application names no end user yet', { field: 'endUsers' });
  if (app.items.length === 0) throw invalidInput('the application has no item lines yet', { field: 'items' });
  if (!app.endUse?.trim()) throw invalidInput('the application states no end use yet', { field: 'endUse' });
  const exporter = await new OrganisationRepository(db).get(a.organisationId);
  const c = country(destinations, endUser.country);
  return renderEndUserCertificatePdf({
    reference: app.id.slice(0, 60),
    preparedOn: today,
    exporter: { name: { zh: exporter?.name ?? app.exporter.name }, country: country(destinations, 'CN'), ...(exporter?.code ? { registrationNumber: exporter.code } : {}) },
    endUser: { name: { en: endUser.name }, country: c, contact: { person: req.contactPerson } },
    items: app.items.map((it, i) => ({ lineNo: i + 1, controlCode: it.controlCode, description: same(it.description), ...(it.hsCode ? { hsCode: it.hsCode } : {}), quantity: it.quantity, unit: it.unit, value: it.value, currency: it.currency })),
    endUse: same(app.endUse),
    siteOfUse: { address: { en: req.siteAddress }, country: c },
    governmentAuthenticationRequired: req.governmentAuthenticationRequired,
  });
}
