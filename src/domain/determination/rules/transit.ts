/**
 * Transit rule: transit, transhipment and through-shipment are covered by the law (ECL Art. 45,
 * Regs Art. 48). A route through a country under UN sanctions, a national prohibition or a
 * restrictive risk grade is held for review.
 */
import type { ItemRule, Reason } from '../types.ts';
import { countryFindings } from './country-measures.ts';

export const transitRule: ItemRule = (f, ctx) => {
  const reasons: Reason[] = [];
  for (const country of ctx.tx.transit) if (country !== ctx.tx.destination) reasons.push(...countryFindings(country, 'transit', f, ctx));
  return reasons;
};
