/**
 * Statutory time limits counted in PRC working days (工作日), each with the article that sets it.
 * The clock that runs them is in statutoryClock.ts.
 */

/** Why the clock may stop (Dual-use Regulations Art. 17 ¶3: 鉴别, 征询专家意见, 实地核查). */
export const STOP_KINDS = ['technical-identification', 'expert-consultation', 'on-site-verification'] as const;
export type StopKind = (typeof STOP_KINDS)[number];

/** Why a case may not be bound by the time limit at all. */
export const EXEMPTIONS = ['state-council-referral', 'watch-list'] as const;
export type Exemption = (typeof EXEMPTIONS)[number];

export interface Citation {
  instrument: string;
  article: string;
  /** The operative words of the official text. */
  text: string;
}

export interface StatutoryDeadline {
  id: string;
  titleEn: string;
  titleZh: string;
  workingDays: number;
  /** What starts the clock; the start day itself is not counted. */
  startsOn: string;
  citation: Citation;
  /** Stop-the-clock grounds that apply to this limit (none: the limit runs without pause). */
  stopKinds: readonly StopKind[];
  /** Cases that are not bound by this limit, each with its legal basis. */
  exemptions: Partial<Record<Exemption, Citation>>;
}

const REGS = '两用物项出口管制条例 (Regulations on Export Control of Dual-use Items, State Council Order 792)';

export const LICENCE_DECISION: StatutoryDeadline = {
  id: 'licence-decision',
  titleEn: 'Decision on a dual-use export licence application',
  titleZh: '两用物项出口许可审查决定',
  workingDays: 45,
  startsOn: 'acceptance of the application (受理)',
  citation: { instrument: REGS, article: 'Art. 17 ¶1', text: '自受理两用物项出口许可申请之日起……在45个工作日内作出准予或者不予许可的决定' },
  stopKinds: STOP_KINDS,
  exemptions: {
    'state-council-referral': {
      instrument: REGS,
      article: 'Art. 17 ¶2',
      text: '需要报国务院批准，或者报国务院、中央军事委员会批准的，不受前款规定出口许可审查期限的限制',
    },
    'watch-list': { instrument: REGS, article: 'Art. 26 ¶2', text: '许可审查期限不受本条例第十七条第一款规定期限的限制' },
  },
};

/** The stop-the-clock rule of the licence decision limit. */
export const STOP_THE_CLOCK: Citation = {
  instrument: REGS,
  article: 'Art. 17 ¶3',
  text: '依法需要组织鉴别，征询专家意见，或者对出口经营者、最终用户进行实地核查的，所需时间不计算在本条第一款规定的出口许可审查期限内',
};

export const CHANGE_APPLICATION: StatutoryDeadline = {
  id: 'change-application',
  titleEn: 'Decision on an application to change non-key elements of a licence',
  titleZh: '变更两用物项出口许可申请决定',
  workingDays: 20,
  startsOn: 'acceptance of the change application (受理变更申请)',
  citation: { instrument: REGS, article: 'Art. 18 ¶3', text: '应当自受理变更申请之日起20个工作日内作出是否准予变更的决定' },
  stopKinds: [],
  exemptions: {},
};

export const PROVINCIAL_FORWARDING: StatutoryDeadline = {
  id: 'provincial-forwarding',
  titleEn: 'Forwarding of an application by the entrusted provincial commerce department to MOFCOM',
  titleZh: '省级商务主管部门转报申请',
  workingDays: 10,
  startsOn: 'receipt of the application by the provincial commerce department',
  citation: {
    instrument: 'MOFCOM general-licence measures for dual-use items (as summarised in research source S31, https://chemradar.com/rsdb/news/e3339zcyetq8)',
    article: 'provincial forwarding rule',
    text: 'entrusted provincial departments forward applications to MOFCOM within 10 working days',
  },
  stopKinds: [],
  exemptions: {},
};

export const STATUTORY_DEADLINES: readonly StatutoryDeadline[] = [LICENCE_DECISION, CHANGE_APPLICATION, PROVINCIAL_FORWARDING];

export const deadlineById = (id: string): StatutoryDeadline | undefined => STATUTORY_DEADLINES.find((d) => d.id === id);
