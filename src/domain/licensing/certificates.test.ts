import { describe, expect, it } from 'vitest';
import { type EndUseCertificate, certificateFlags, reportEndUseChange } from './certificates.ts';
import { issueLicence, recordShipment } from './licence.ts';
import { countingBytes, individualLicenceInput } from './testFixtures.ts';

const cert: EndUseCertificate = {
  id: 'euc-1',
  issuerKind: 'end_user',
  governmentAuthenticated: false,
  endUser: { name: 'Test Aerostructures GmbH', country: 'DE' },
  endUse: 'airframe structural parts for civil aircraft',
  controlCodes: ['1C202.a'],
  issuedOn: '2025-08-01',
  expiresOn: '2026-07-31',
  receivedOn: '2025-08-05',
  contentHash: 'a'.repeat(64),
  noTransferUndertaking: true,
};
const use = { asOf: '2025-09-01', endUser: { name: 'Test  Aerostructures GmbH', country: 'DE' }, endUse: 'Airframe structural parts for civil aircraft', controlCodes: ['1C202.a'] };

describe('end-use certificates', () => {
  it('may be reused for a matching application (names compared without case and spacing)', () => {
    expect(certificateFlags(cert, use)).toEqual([]);
    expect(certificateFlags(cert, { ...use, asOf: '2026-03-01', presentedHash: 'a'.repeat(64) })).toEqual([]);
  });

  it('flags expired, altered, changed end user and end use, and uncovered items', () => {
    const flags = certificateFlags(cert, { asOf: '2026-08-01', presentedHash: 'b'.repeat(64), endUser: { name: 'Other GmbH', country: 'DE' }, endUse: 'missile airframes', controlCodes: ['1C202.a', '1C227'] });
    expect(flags.map((f) => f.code)).toEqual(['EXPIRED', 'ALTERED', 'END_USER_CHANGED', 'END_USE_CHANGED', 'ITEM_NOT_COVERED']);
    expect(flags[0]?.message).toEqual({ en: 'certificate euc-1 expired on 2026-07-31', zh: '证明文件euc-1已于2026-07-31失效' });
  });

  it('flags a missing government authentication when MOFCOM asks for one (Regs Art. 24)', () => {
    expect(certificateFlags(cert, { ...use, governmentAuthenticationRequired: true }).map((f) => f.code)).toEqual(['NOT_AUTHENTICATED']);
    expect(certificateFlags({ ...cert, governmentAuthenticated: true }, { ...use, governmentAuthenticationRequired: true })).toEqual([]);
  });
});

describe('report of a change of end use (Law Art. 16, Regs Art. 25)', () => {
  it('stops use of the licences named or issued for the same end user, leaving others and spent ones', () => {
    const deps = (sequence: number) => ({ sequence, randomBytes: countingBytes });
    const a = issueLicence(individualLicenceInput, deps(1));
    const b = issueLicence({ ...individualLicenceInput, endUsers: ['Other GmbH'] }, deps(2));
    const c = issueLicence({ ...individualLicenceInput, endUsers: ['Third AG'] }, deps(3));
    const spent = recordShipment(issueLicence(individualLicenceInput, deps(4)), { declarationNumber: 'D', date: '2025-10-20', customsOffice: 'X', lines: [{ lineId: 'L1', quantity: 1, value: 1 }], completesExport: true }, '2025-10-20').licence;
    const r = reportEndUseChange(
      { reportedOn: '2025-11-01', reportedBy: 'u-exp', kind: 'may_change', endUser: 'Test Aerostructures GmbH', licenceNumbers: [b.number], details: 'importer asked about re-export to a third country' },
      [a, b, c, spent],
    );
    expect(r.affected.map((x) => x.number)).toEqual([a.number, b.number]);
    expect(r.licences.map((l) => l.status)).toEqual(['suspended', 'suspended', 'active', 'spent']);
    expect(r.licences[0]?.suspension?.ground).toBe('end_use_change_reported');
  });
});
