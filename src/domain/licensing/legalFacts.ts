/**
 * The legal facts of the licence lifecycle, each with the article that sets it. Nothing in the
 * licensing domain states a legal period or limit anywhere else. The working-day time limits
 * (45 days for a decision, 20 for a change, 10 for provincial forwarding) live with the clock that
 * runs them in `../calendar/deadlines.ts` and are re-exported here so that this file is the one
 * index of the licensing law.
 */
import { addYears } from '../determination/rules/dates.ts';
import { addDays } from '../calendar/isoDate.ts';
import { CHANGE_APPLICATION, LICENCE_DECISION, PROVINCIAL_FORWARDING, STOP_THE_CLOCK } from '../calendar/deadlines.ts';

export { CHANGE_APPLICATION, LICENCE_DECISION, PROVINCIAL_FORWARDING, STOP_THE_CLOCK };

export interface LegalCitation {
  instrument: { en: string; zh: string };
  article: string;
  /** The operative words of the official Chinese text. */
  text: string;
}

export interface LegalPeriod {
  id: string;
  years: number;
  titleEn: string;
  titleZh: string;
  citation: LegalCitation;
}

const REGS = { en: 'Regulations on Export Control of Dual-use Items', zh: '两用物项出口管制条例' };
const ECL = { en: 'Export Control Law', zh: '出口管制法' };

export const regs = (article: string, text: string): LegalCitation => ({ instrument: REGS, article, text });
export const ecl = (article: string, text: string): LegalCitation => ({ instrument: ECL, article, text });

/** "Regulations on Export Control of Dual-use Items Art. 15 ¶2". */
export const citeEn = (c: LegalCitation): string => `${c.instrument.en} ${c.article}`;
/** "两用物项出口管制条例 Art. 15 ¶2" (article numbers as in the English summary). */
export const citeZh = (c: LegalCitation): string => `${c.instrument.zh} ${c.article}`;

export const INDIVIDUAL_LICENCE_MAX_VALIDITY: LegalPeriod = {
  id: 'individual-licence-validity',
  years: 1,
  titleEn: 'An individual licence is valid for at most 1 year and lapses once its export is done',
  titleZh: '单项许可的有效期不超过1年，有效期内完成出口的自动失效',
  citation: regs('Art. 15 ¶2', '单项许可的有效期不超过1年，有效期内完成出口的，出口许可证件自动失效。'),
};

export const GENERAL_LICENCE_MAX_VALIDITY: LegalPeriod = {
  id: 'general-licence-validity',
  years: 3,
  titleEn: 'A general licence is valid for at most 3 years',
  titleZh: '通用许可的有效期不超过3年',
  citation: regs('Art. 15 ¶3', '通用许可的有效期不超过3年。'),
};

export const SERIOUS_PENALTY_BAR: LegalPeriod = {
  id: 'serious-penalty-bar',
  years: 5,
  titleEn: 'A serious administrative penalty for a dual-use violation within 5 years bars general licences and registration',
  titleZh: '5年内因两用物项出口管制违法行为受过行政处罚且情节严重的，不得申请通用许可或者登记',
  citation: regs('Art. 20 ¶1(2)', '5年内因两用物项出口管制违法行为受过行政处罚且情节严重'),
};

export const RECORD_RETENTION_MIN: LegalPeriod = {
  id: 'record-retention',
  years: 5,
  titleEn: 'End-use certificates, contracts, invoices, books and correspondence are kept for at least 5 years',
  titleZh: '最终用户和最终用途证明文件以及合同、发票、账册、单据、业务函电等资料保存期限不少于5年',
  citation: regs('Art. 27', '保存期限不少于5年。法律、行政法规另有规定的，从其规定。'),
};

export const LEGAL_PERIODS: readonly LegalPeriod[] = [INDIVIDUAL_LICENCE_MAX_VALIDITY, GENERAL_LICENCE_MAX_VALIDITY, SERIOUS_PENALTY_BAR, RECORD_RETENTION_MIN];

/**
 * The last day of a period of `years` that starts on `from`, both ends counted: a 1-year licence
 * valid from 2025-03-01 is valid up to and including 2026-02-28.
 */
export const lastDayOfPeriod = (from: string, years: number): string => addDays(addYears(from, years), -1);

/** The first day a period of `years` starting on `from` no longer covers. */
export const endOfPeriod = (from: string, years: number): string => addYears(from, years);

/** The earliest date records of a transaction made on `date` may be discarded (Regs Art. 27). */
export const recordsKeptUntil = (date: string): string => endOfPeriod(date, RECORD_RETENTION_MIN.years);
