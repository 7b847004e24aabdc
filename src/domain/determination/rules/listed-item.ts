/** Listed items need a licence (ECL Art. 12 ¶2, Regs Art. 14 ¶2); unlisted items without flags do not. */
import type { ItemRule } from '../types.ts';

export const listedItemRule: ItemRule = (f) => {
  if (f.listed) {
    return f.codes.map((code) => ({
      rule: 'listed-item',
      code: 'LISTED_ITEM' as const,
      outcome: 'LICENCE_REQUIRED' as const,
      citations: ['ECL Art. 12', 'Regs Art. 14'],
      requires: ['end_user_certificate', 'shipment_and_use_report'],
      params: { controlCode: code },
    }));
  }
  return [{ rule: 'listed-item', code: 'NOT_LISTED', citations: ['ECL Art. 12', 'Regs Art. 14'] }];
};
