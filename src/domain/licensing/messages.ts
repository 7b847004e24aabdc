/**
 * Messages of the licensing domain in the two languages of the product. Every refusal, validation
 * issue and timeline note a user sees carries both; the English text is also the error message.
 */
import { AppError, type ErrorCode } from '../errors.ts';

export interface Bilingual {
  en: string;
  zh: string;
}

export const bi = (en: string, zh: string): Bilingual => ({ en, zh });

/** An AppError whose message is the English text, with both texts in `details.message`. */
export function licensingError(code: ErrorCode, message: Bilingual, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, message.en, { details: { ...details, message } });
}

/** A state machine refuses the step: ILLEGAL_TRANSITION with both texts. */
export const illegalTransition = (message: Bilingual, details: Record<string, unknown> = {}): AppError =>
  licensingError('ILLEGAL_TRANSITION', message, details);

/** Input is malformed: INVALID_INPUT naming the field. */
export const invalidLicensingInput = (field: string, message: Bilingual): AppError =>
  new AppError('INVALID_INPUT', `field "${field}": ${message.en}`, { location: { field }, details: { message } });

/** Joins several messages into one, per language. */
export function joinMessages(messages: readonly Bilingual[]): Bilingual {
  return { en: messages.map((m) => m.en).join('; '), zh: messages.map((m) => m.zh).join('；') };
}
