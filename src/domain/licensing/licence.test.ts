import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { changeLicenceStatus, effectiveStatus, issueLicence, recordShipment, remainingBalance, verifyForCustoms } from './licence.ts';
import { countingBytes, individualLicenceInput } from './testFixtures.ts';

const deps = { sequence: 42, randomBytes: countingBytes };
const lic = () => issueLicence(individualLicenceInput, deps);
const ship = (n: string, date: string, quantity: number, value: number, completesExport = false) => ({ declarationNumber: n, date, customsOffice: 'Shanghai Pudong Airport Customs', lines: [{ lineId: 'L1', quantity, value }], completesExport });

function refusalOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('issuing a licence', () => {
  it('numbers it and derives the verification code from the injected random source', () => {
    const l = lic();
    expect(l.number).toBe('DU-2025-S-000042');
    expect(l.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(issueLicence(individualLicenceInput, { ...deps, randomBytes: (n) => new Uint8Array(n).fill(31) }).verificationCode).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(l).toMatchObject({ status: 'active', lines: [{ quantityLimit: 100, quantityUsed: 0 }] });
  });

  it('refuses validity beyond 1 year for an individual and 3 years for a general licence (Regs Art. 15)', () => {
    expect(() => issueLicence({ ...individualLicenceInput, validTo: '2026-10-10' }, deps)).toThrow('from 2025-10-10 it may run to 2026-10-09, not 2026-10-10');
    const general = { ...individualLicenceInput, form: 'general' as const, endUsers: ['A', 'B'] };
    expect(issueLicence({ ...general, validTo: '2028-10-09' }, deps).number).toBe('DU-2025-G-000042');
    expect(() => issueLicence({ ...general, validTo: '2028-10-10' }, deps)).toThrow(/at most 3 year/);
  });
});

describe('shipments', () => {
  it('decrement the balance and refuse over-use naming the remaining amount', () => {
    const a = recordShipment(lic(), ship('223320250000001', '2025-10-20', 40, 80_000), '2025-10-21');
    expect(a.balance[0]).toMatchObject({ quantity: { used: 40, remaining: 60 }, value: { remaining: 120_000 } });
    const b = recordShipment(a.licence, ship('223320250000002', '2025-11-03', 50.5, 101_000), '2025-11-03');
    expect(remainingBalance(b.licence)[0]?.quantity.remaining).toBe(9.5);
    const e = refusalOf(() => recordShipment(b.licence, ship('223320250000003', '2025-11-20', 20, 19_000), '2025-11-20'));
    expect(e.code).toBe('ILLEGAL_TRANSITION');
    expect(e.message).toBe('shipment 223320250000003 refused: 1C202.a: 20 kg exceeds the remaining 9.5 kg of 100');
    expect(e.details?.refusals).toEqual(['OVER_QUANTITY']);
  });

  it('refuses a shipment on a suspended, revoked or expired licence, before validity, or of an item not on it', () => {
    const suspended = changeLicenceStatus(lic(), 'suspend', { at: '2025-10-15', reason: 'end user under verification', ground: 'authority_order' });
    expect(refusalOf(() => recordShipment(suspended, ship('D1', '2025-10-20', 1, 1), '2025-10-20')).message).toBe(
      'shipment D1 refused: licence DU-2025-S-000042 is suspended since 2025-10-15 (authority order): end user under verification',
    );
    const revoked = changeLicenceStatus(lic(), 'revoke', { at: '2025-10-15', reason: 'obtained by fraud' });
    expect(refusalOf(() => recordShipment(revoked, ship('D1', '2025-10-20', 1, 1), '2025-10-20')).details?.refusals).toEqual(['REVOKED']);
    expect(refusalOf(() => recordShipment(lic(), ship('D1', '2026-10-10', 1, 1), '2026-10-12')).details?.refusals).toEqual(['EXPIRED']);
    expect(refusalOf(() => recordShipment({ ...lic(), validFrom: '2025-11-01' }, ship('D1', '2025-10-20', 1, 1), '2025-10-20')).details?.refusals).toEqual(['NOT_YET_VALID']);
    const other = { ...ship('D1', '2025-10-20', 1, 1), lines: [{ lineId: 'L9', quantity: 1, value: 1 }] };
    expect(refusalOf(() => recordShipment(lic(), other, '2025-10-20')).details?.refusals).toEqual(['ITEM_NOT_ON_LICENCE']);
  });

  it('spends an individual licence once its export is done', () => {
    const done = recordShipment(lic(), ship('D1', '2025-10-20', 30, 60_000, true), '2025-10-20').licence;
    expect(done.status).toBe('spent');
    expect(refusalOf(() => recordShipment(done, ship('D2', '2025-10-21', 1, 1), '2025-10-21')).message).toContain('is spent: its one export is done');
    expect(recordShipment(lic(), ship('D1', '2025-10-20', 100, 200_000), '2025-10-20').licence.status).toBe('spent');
  });

  it('rejects a declaration recorded twice and a shipment dated in the future', () => {
    const a = recordShipment(lic(), ship('D1', '2025-10-20', 1, 1), '2025-10-20').licence;
    expect(() => recordShipment(a, ship('D1', '2025-10-21', 1, 1), '2025-10-21')).toThrow('declaration D1 is already recorded');
    expect(() => recordShipment(lic(), ship('D2', '2025-10-22', 1, 1), '2025-10-21')).toThrow(/in the future/);
  });
});

describe('customs verification', () => {
  it('answers valid with the remaining balance, or invalid with the reasons', () => {
    const l = lic();
    const ok = verifyForCustoms(l, { verificationCode: l.verificationCode.toLowerCase(), controlCode: '1C202.a', quantity: 10 }, '2025-10-20');
    expect(ok).toMatchObject({ valid: true, reasons: [], remaining: { quantity: 100, unit: 'kg' } });
    expect(verifyForCustoms(l, { verificationCode: 'AAAA-AAAA-AAAA', controlCode: '1C202.a', quantity: 1 }, '2025-10-20').reasons[0]?.code).toBe('WRONG_VERIFICATION_CODE');
    const bad = verifyForCustoms(l, { verificationCode: l.verificationCode, controlCode: '1C202.a', quantity: 101 }, '2026-10-10');
    expect(bad.valid).toBe(false);
    expect(bad.reasons.map((r) => r.code)).toEqual(['EXPIRED', 'OVER_QUANTITY']);
    expect(bad.reasons[0]?.message.zh).toContain('已于2026-10-09到期');
  });
});

describe('licence lifecycle', () => {
  it('suspends and reinstates, each with a reason; expiry only after the last day', () => {
    const s = changeLicenceStatus(lic(), 'suspend', { at: '2025-10-15', reason: 'review factors changed', ground: 'authority_order' });
    const r = changeLicenceStatus(s, 'reinstate', { at: '2025-10-30', reason: 'verification found no risk' });
    expect(r).toMatchObject({ status: 'active', suspension: null });
    expect(r.history.map((h) => h.action)).toEqual(['issue', 'suspend', 'reinstate']);
    expect(() => changeLicenceStatus(lic(), 'revoke', { at: '2025-10-15', reason: ' ' })).toThrow(/reason/);
    expect(() => changeLicenceStatus(lic(), 'reinstate', { at: '2025-10-15', reason: 'x' })).toThrow('cannot reinstate licence DU-2025-S-000042: it is active');
    expect(() => changeLicenceStatus(lic(), 'expire', { at: '2026-10-09', reason: 'end of validity' })).toThrow(/valid until 2026-10-09/);
    expect(changeLicenceStatus(lic(), 'expire', { at: '2026-10-10', reason: 'end of validity' }).status).toBe('expired');
    expect(effectiveStatus(lic(), '2026-10-10')).toBe('expired');
  });
});
