/**
 * Post-shipment reports. The exporter must report the actual shipment, arrival, installation and
 * use of the items (Regs Art. 18 ¶1). The Regulations set no period for these reports, so when each
 * is due is a configurable policy of the licensing authority (or a licence condition), held as data
 * here — not a legal fact. Each report is due a number of calendar days after its anchor: the
 * shipment date, or the date given in an earlier report (arrival, installation).
 */
import { z } from 'zod';
import { addDays } from '../calendar/isoDate.ts';
import { regs } from './legalFacts.ts';
import { type Bilingual, bi, invalidLicensingInput } from './messages.ts';

export const REPORTING_DUTY = regs('Art. 18 ¶1', '出口经营者应当按照出口许可证件载明的范围、条件和有效期出口两用物项并报告实际出口运输、运抵、安装、使用等情况。');

export const REPORT_KINDS = ['shipment', 'arrival', 'installation', 'use'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const KIND_NAME: Record<ReportKind, Bilingual> = {
  shipment: bi('shipment report', '出口运输情况报告'),
  arrival: bi('arrival report', '运抵情况报告'),
  installation: bi('installation report', '安装情况报告'),
  use: bi('use report', '使用情况报告'),
};

/** Configurable reporting policy (not set by law): per report kind, its anchor, period and reminder. */
export const ReportingPolicyZ = z.object({
  /** Where this policy comes from (e.g. the authority's notice or the licence conditions). */
  source: z.string().min(1),
  reports: z.array(
    z.object({
      kind: z.enum(REPORT_KINDS),
      /** The event the period runs from: the shipment, or the date reported in an earlier report. */
      after: z.enum(['shipment', 'arrival', 'installation']),
      dueWithinDays: z.number().int().min(0),
      remindDaysBefore: z.number().int().min(0).default(0),
    }),
  ),
});
export type ReportingPolicy = z.infer<typeof ReportingPolicyZ>;

export interface SubmittedReport {
  kind: ReportKind;
  submittedOn: string;
  /** The date of the event the report states (the arrival date, the installation date …). */
  eventDate: string;
}

export type ReportState = 'submitted' | 'not_yet_due' | 'reminder' | 'due_today' | 'overdue' | 'waiting_for_earlier_report';

export interface ReportStatus {
  kind: ReportKind;
  name: Bilingual;
  state: ReportState;
  dueOn: string | null;
  remindFrom: string | null;
  submittedOn: string | null;
  /** Days late (for overdue or late-submitted reports). */
  daysLate: number;
}

const days = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The status of every report the policy asks for a shipment made on `shipmentDate`. */
export function reportSchedule(policy: ReportingPolicy, shipmentDate: string, submitted: readonly SubmittedReport[], asOf: string): ReportStatus[] {
  const seen = new Set<string>();
  submitted.forEach((s, i) => {
    if (seen.has(s.kind)) throw invalidLicensingInput(`submitted[${i}].kind`, bi(`the ${KIND_NAME[s.kind].en} is submitted twice`, `${KIND_NAME[s.kind].zh}重复提交`));
    seen.add(s.kind);
  });
  const eventDate = (kind: 'shipment' | 'arrival' | 'installation'): string | null => (kind === 'shipment' ? shipmentDate : (submitted.find((s) => s.kind === kind)?.eventDate ?? null));
  return policy.reports.map((rule): ReportStatus => {
    const name = KIND_NAME[rule.kind];
    const anchor = eventDate(rule.after);
    const done = submitted.find((s) => s.kind === rule.kind);
    const dueOn = anchor === null ? null : addDays(anchor, rule.dueWithinDays);
    const remindFrom = dueOn === null ? null : addDays(dueOn, -rule.remindDaysBefore);
    if (done) return { kind: rule.kind, name, state: 'submitted', dueOn, remindFrom, submittedOn: done.submittedOn, daysLate: dueOn && done.submittedOn > dueOn ? days(dueOn, done.submittedOn) : 0 };
    if (dueOn === null || remindFrom === null) return { kind: rule.kind, name, state: 'waiting_for_earlier_report', dueOn, remindFrom, submittedOn: null, daysLate: 0 };
    const state: ReportState = asOf > dueOn ? 'overdue' : asOf === dueOn ? 'due_today' : asOf >= remindFrom ? 'reminder' : 'not_yet_due';
    return { kind: rule.kind, name, state, dueOn, remindFrom, submittedOn: null, daysLate: state === 'overdue' ? days(dueOn, asOf) : 0 };
  });
}
