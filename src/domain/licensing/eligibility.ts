/**
 * Who may apply for a general licence or register for an export voucher. The Art. 20 bars apply to
 * both; a general licence further needs a compliance programme that runs well, a record of such
 * exports and relatively fixed channels and end users (Regs Art. 16 ¶2, Export Control Law Art. 14).
 */
import { z } from 'zod';
import { IsoDateZ } from './application.ts';
import { SERIOUS_PENALTY_BAR, endOfPeriod } from './legalFacts.ts';
import { type Bilingual, bi } from './messages.ts';

export const ExporterProfileZ = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  icp: z.object({ established: z.boolean(), runningWell: z.boolean() }),
  hasDualUseExportRecord: z.boolean(),
  hasFixedChannelsAndEndUsers: z.boolean(),
  /** Criminal penalties for dual-use export-control violations, of the entity or its responsible persons. */
  criminalPenalties: z.array(z.object({ against: z.enum(['entity', 'responsible_person']), decidedOn: IsoDateZ, reference: z.string().min(1) })).default([]),
  /** Administrative penalties for dual-use export-control violations found serious (情节严重). */
  seriousAdministrativePenalties: z.array(z.object({ decidedOn: IsoDateZ, reference: z.string().min(1) })).default([]),
  /** Set when the exporter is a wholly-owned enterprise, office or branch in China of a control-listed foreign party. */
  establishedByControlListedParty: z.object({ party: z.string().min(1), listEntry: z.string().min(1) }).nullable().default(null),
  /** Other grounds MOFCOM has set (Art. 20 ¶1(4)), each stated. */
  otherMofcomGrounds: z.array(z.string().min(1)).default([]),
});
export type ExporterProfile = z.infer<typeof ExporterProfileZ>;

export type IneligibilityCode =
  | 'CRIMINAL_PENALTY'
  | 'SERIOUS_ADMINISTRATIVE_PENALTY'
  | 'CONTROL_LISTED_PARENT'
  | 'MOFCOM_OTHER_GROUND'
  | 'NO_ICP'
  | 'ICP_NOT_RUNNING_WELL'
  | 'NO_EXPORT_RECORD'
  | 'NO_FIXED_CHANNELS';

export interface Ineligibility {
  code: IneligibilityCode;
  article: string;
  message: Bilingual;
}

export interface EligibilityResult {
  eligible: boolean;
  grounds: Ineligibility[];
}

/** Art. 20 ¶1 bars: they rule out both general licences and registration. */
export function art20Bars(ex: ExporterProfile, asOf: string): Ineligibility[] {
  const out: Ineligibility[] = [];
  for (const p of ex.criminalPenalties) {
    const who = p.against === 'entity' ? bi('the exporter', '出口经营者') : bi('a responsible person of the exporter', '出口经营者的直接责任人员');
    out.push({
      code: 'CRIMINAL_PENALTY',
      article: 'Regs Art. 20 ¶1(1)',
      message: bi(`${who.en} received a criminal penalty for a dual-use export-control violation (${p.reference}, ${p.decidedOn})`, `${who.zh}因两用物项出口管制违法行为受过刑事处罚（${p.reference}，${p.decidedOn}）`),
    });
  }
  for (const p of ex.seriousAdministrativePenalties) {
    const until = endOfPeriod(p.decidedOn, SERIOUS_PENALTY_BAR.years);
    if (p.decidedOn <= asOf && asOf < until)
      out.push({
        code: 'SERIOUS_ADMINISTRATIVE_PENALTY',
        article: 'Regs Art. 20 ¶1(2)',
        message: bi(
          `serious administrative penalty ${p.reference} of ${p.decidedOn} is within ${SERIOUS_PENALTY_BAR.years} years (barred until ${until})`,
          `${p.decidedOn}受到的情节严重的行政处罚（${p.reference}）在${SERIOUS_PENALTY_BAR.years}年内（${until}前不得申请）`,
        ),
      });
  }
  if (ex.establishedByControlListedParty) {
    const c = ex.establishedByControlListedParty;
    out.push({
      code: 'CONTROL_LISTED_PARENT',
      article: 'Regs Art. 20 ¶1(3)',
      message: bi(`the exporter was set up in China by ${c.party}, which is on the control list (${c.listEntry})`, `出口经营者系管控名单内的${c.party}在境内设立的独资企业、代表机构或分支机构（${c.listEntry}）`),
    });
  }
  for (const g of ex.otherMofcomGrounds) out.push({ code: 'MOFCOM_OTHER_GROUND', article: 'Regs Art. 20 ¶1(4)', message: bi(g, g) });
  return out;
}

/** May the exporter apply for a general licence on `asOf`? */
export function checkGeneralLicenceEligibility(ex: ExporterProfile, asOf: string): EligibilityResult {
  const grounds = art20Bars(ex, asOf);
  if (!ex.icp.established)
    grounds.push({ code: 'NO_ICP', article: 'Regs Art. 16 ¶2; Export Control Law Art. 14', message: bi('the exporter has no internal compliance programme for dual-use exports', '出口经营者未建立两用物项出口管制内部合规制度') });
  else if (!ex.icp.runningWell)
    grounds.push({ code: 'ICP_NOT_RUNNING_WELL', article: 'Regs Art. 16 ¶2; Export Control Law Art. 14', message: bi('the internal compliance programme is not running well', '内部合规制度运行情况不良') });
  if (!ex.hasDualUseExportRecord) grounds.push({ code: 'NO_EXPORT_RECORD', article: 'Regs Art. 16 ¶2', message: bi('the exporter has no record of such dual-use exports', '出口经营者不具有相关两用物项出口记录') });
  if (!ex.hasFixedChannelsAndEndUsers)
    grounds.push({ code: 'NO_FIXED_CHANNELS', article: 'Regs Art. 16 ¶2', message: bi('the exporter has no relatively fixed export channels and end users', '出口经营者不具有相对固定的出口渠道及最终用户') });
  return { eligible: grounds.length === 0, grounds };
}

/** May the exporter register for an export voucher on `asOf`? Only the Art. 20 bars apply. */
export function checkRegistrationEligibility(ex: ExporterProfile, asOf: string): EligibilityResult {
  const grounds = art20Bars(ex, asOf);
  return { eligible: grounds.length === 0, grounds };
}
