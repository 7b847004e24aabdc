/**
 * The customs check: does licence <number>, with this verification code, cover this quantity of
 * this item today, and if not, why not. An unknown number and a wrong code get the same answer,
 * so the service cannot be used to discover licence numbers.
 */
import type { Kysely } from 'kysely';
import { type CustomsAnswer, verifyForCustoms } from '../../domain/licensing/licence.ts';
import { LicenceRepository } from '../../infra/db/repositories/licences.ts';
import type { Database } from '../../infra/db/schema.ts';

export interface CustomsRequest {
  code: string;
  item: string;
  quantity: number;
  value?: number | undefined;
  date?: string | undefined;
}

export async function verifyLicenceForCustoms(db: Kysely<Database>, number: string, q: CustomsRequest, today: string): Promise<CustomsAnswer> {
  const s = await new LicenceRepository(db).get(number);
  if (!s) return { valid: false, licenceNumber: number, reasons: [{ code: 'WRONG_VERIFICATION_CODE', message: { en: `the verification code does not match licence ${number}`, zh: `验证码与许可证${number}不符` } }], remaining: null };
  return verifyForCustoms(s.licence, { verificationCode: q.code, controlCode: q.item, quantity: q.quantity, ...(q.value === undefined ? {} : { value: q.value }), ...(q.date === undefined ? {} : { date: q.date }) }, today);
}
