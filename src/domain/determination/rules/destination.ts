/** Destination rule: UN sanctions regimes, national prohibitions and risk grades of the destination country. */
import type { ItemRule } from '../types.ts';
import { countryFindings } from './country-measures.ts';

export const destinationRule: ItemRule = (f, ctx) => countryFindings(ctx.tx.destination, 'destination', f, ctx);
