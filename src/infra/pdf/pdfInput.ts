/**
 * The plain-data pieces the PDF renderers take: bilingual texts, parties, countries, item lines.
 * The renderers print what they are given; every legal decision (validity, balances, whether a
 * government authentication is needed) is made before the data gets here.
 */
import { z } from 'zod';
import { invalidInput } from '../../domain/errors.ts';
import { CONTROL_CODE_RE, CountryCodeZ, formatPath } from '../../domain/determination/transaction.ts';
import { IsoDateZ } from '../../domain/licensing/application.ts';

export { IsoDateZ };

const text = (max: number) => z.string().trim().min(1).max(max);

/** A text in both languages: Chinese first on the page, English beneath. */
export const BilingualZ = z.object({ zh: text(2000), en: text(2000) });
export type Bilingual = z.infer<typeof BilingualZ>;

/** A name or address that may exist in one language only (a foreign company has no Chinese name). */
export const LocalisedZ = z
  .object({ zh: text(500).optional(), en: text(500).optional() })
  .refine((v) => v.zh !== undefined || v.en !== undefined, 'give the Chinese or the English text (or both)');
export type Localised = z.infer<typeof LocalisedZ>;

export const CountryZ = z.object({ code: CountryCodeZ, zh: text(100), en: text(100) });
export type Country = z.infer<typeof CountryZ>;

export const ContactZ = z.object({
  person: text(200).optional(),
  title: text(200).optional(),
  phone: text(100).optional(),
  email: text(200).optional(),
});
export type Contact = z.infer<typeof ContactZ>;

export const PartyZ = z.object({
  name: LocalisedZ,
  address: LocalisedZ.optional(),
  country: CountryZ,
  /** A registration number, e.g. the unified social credit code (统一社会信用代码) of a Chinese exporter. */
  registrationNumber: text(100).optional(),
  contact: ContactZ.optional(),
});
export type Party = z.infer<typeof PartyZ>;

/** A quantity or value limit with what remains of it, as the licensing domain computed it. */
export const ItemLineZ = z.object({
  lineNo: z.number().int().positive(),
  controlCode: z.string().regex(CONTROL_CODE_RE, 'expected a control code: digit, letter A–E, 3 digits, e.g. 1C351'),
  description: BilingualZ,
  /** Reference HS code (the control code decides; HS is for reference only). */
  hsCode: z.string().regex(/^\d{8,10}$/, 'expected an 8- or 10-digit HS code').optional(),
  quantity: z.number().positive(),
  unit: text(30),
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"'),
});
export type ItemLine = z.infer<typeof ItemLineZ>;

/** Parses renderer input; the first problem is an INVALID_INPUT error naming the field. */
export function parsePdfInput<T extends z.ZodType>(schema: T, input: unknown, element: string): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw invalidInput(first?.message ?? 'invalid input', { element, field: first ? formatPath(first.path) || '(root)' : '(root)' });
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1,234.5 — the same on every machine (fixed locale). */
export const formatQuantity = (n: number, unit: string): string => `${numberFormat.format(n)} ${unit}`;
/** EUR 12,500.00 */
export const formatMoney = (n: number, currency: string): string => `${currency} ${moneyFormat.format(n)}`;

/** The verification address a licence's QR code encodes. */
export function licenceVerificationUrl(baseUrl: string, licenceNumber: string, verificationCode: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/licences/${encodeURIComponent(licenceNumber)}/verify?code=${encodeURIComponent(verificationCode)}`;
}
