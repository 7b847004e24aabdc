/**
 * The review factors of Export Control Law Art. 13 as a structured checklist for the caseworker.
 * Each factor gets an assessment; a concern must say what it is; the checklist is complete when
 * every factor has been assessed.
 */
import { z } from 'zod';
import { type LegalCitation, ecl } from './legalFacts.ts';
import { type Bilingual, bi } from './messages.ts';

export interface ReviewFactor {
  id: string;
  title: Bilingual;
  citation: LegalCitation;
  /** Whether "not applicable" is an allowed assessment (only for the open "other factors" item). */
  mayBeNotApplicable: boolean;
}

const f = (n: number, id: string, en: string, zh: string, mayBeNotApplicable = false): ReviewFactor => ({
  id,
  title: bi(en, zh),
  citation: ecl(`Art. 13(${n})`, zh),
  mayBeNotApplicable,
});

export const ART13_FACTORS: readonly ReviewFactor[] = [
  f(1, 'national_security', 'National security and interests', '国家安全和利益'),
  f(2, 'international_obligations', 'International obligations and external commitments', '国际义务和对外承诺'),
  f(3, 'export_type', 'Type of export', '出口类型'),
  f(4, 'item_sensitivity', 'Sensitivity of the controlled items', '管制物项敏感程度'),
  f(5, 'destination', 'Destination country or region', '出口目的国家或者地区'),
  f(6, 'end_user_and_use', 'End user and end use', '最终用户和最终用途'),
  f(7, 'credit_record', "The exporter's relevant credit record", '出口经营者的相关信用记录'),
  f(8, 'other_factors', 'Other factors set by laws and administrative regulations', '法律、行政法规规定的其他因素', true),
];

export const ASSESSMENTS = ['no_concern', 'concern', 'not_applicable'] as const;

export const ChecklistAnswerZ = z.object({
  factor: z.string().min(1),
  assessment: z.enum(ASSESSMENTS),
  note: z.string().default(''),
  assessedBy: z.string().min(1),
  assessedOn: z.string().min(1),
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerZ>;

export interface ChecklistProblem {
  factor: string;
  message: Bilingual;
}

export interface ChecklistResult {
  complete: boolean;
  problems: ChecklistProblem[];
  /** Factors assessed as a concern, for the decision and its reasons. */
  concerns: { factor: ReviewFactor; note: string }[];
}

/** Checks the answers against the Art. 13 factors: all assessed, concerns explained, no unknown factor. */
export function checkChecklist(answers: readonly ChecklistAnswer[]): ChecklistResult {
  const problems: ChecklistProblem[] = [];
  const concerns: ChecklistResult['concerns'] = [];
  const byFactor = new Map<string, ChecklistAnswer>();
  for (const a of answers) {
    const factor = ART13_FACTORS.find((x) => x.id === a.factor);
    if (!factor) {
      problems.push({ factor: a.factor, message: bi(`"${a.factor}" is not an Art. 13 review factor`, `“${a.factor}”不是第十三条规定的审查因素`) });
      continue;
    }
    if (byFactor.has(a.factor)) problems.push({ factor: a.factor, message: bi(`${factor.title.en} is assessed twice`, `${factor.title.zh}重复评估`) });
    byFactor.set(a.factor, a);
  }
  for (const factor of ART13_FACTORS) {
    const a = byFactor.get(factor.id);
    if (!a) {
      problems.push({ factor: factor.id, message: bi(`${factor.title.en} (${factor.citation.article}) has not been assessed`, `尚未评估：${factor.title.zh}（第十三条）`) });
      continue;
    }
    if (a.assessment === 'not_applicable' && !factor.mayBeNotApplicable)
      problems.push({ factor: factor.id, message: bi(`${factor.title.en} always applies and must be assessed`, `${factor.title.zh}必须评估，不能标为不适用`) });
    if (a.assessment === 'concern') {
      if (!a.note.trim()) problems.push({ factor: factor.id, message: bi(`the concern about ${factor.title.en} needs a note saying what it is`, `${factor.title.zh}存在关切，须说明具体内容`) });
      concerns.push({ factor, note: a.note });
    }
  }
  return { complete: problems.length === 0, problems, concerns };
}
