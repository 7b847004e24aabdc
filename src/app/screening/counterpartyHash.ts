/** The content hash of a counterparty: SHA-256 of its screening fingerprint. */
import { createHash } from 'node:crypto';
import { type CounterpartyInput, screeningFingerprint } from '../../domain/screening-records/counterparty.ts';

export const counterpartyHash = (c: CounterpartyInput): string => createHash('sha256').update(screeningFingerprint(c)).digest('hex');
