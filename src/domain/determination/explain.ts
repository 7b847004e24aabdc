/** Text explanation of a determination, in English or Chinese, each finding with its articles. */
import { formatCitation } from './citations.ts';
import type { Determination } from './determine.ts';
import type { LicenceForm, Outcome, Reason, ReasonCode, Requirement } from './types.ts';

export type Lang = 'en' | 'zh';

const OUTCOME: Record<Outcome, Record<Lang, string>> = {
  NOT_CONTROLLED: { en: 'NOT CONTROLLED — no licence required', zh: '不受管制——无需许可' },
  LICENCE_REQUIRED: { en: 'LICENCE REQUIRED', zh: '需要许可' },
  HOLD: { en: 'HOLD — resolve before export', zh: '暂停——出口前须处理' },
  PROHIBITED: { en: 'PROHIBITED', zh: '禁止出口' },
};

const FORM: Record<LicenceForm, Record<Lang, string>> = {
  individual: { en: 'individual licence', zh: '单项许可' },
  general: { en: 'general licence', zh: '通用许可' },
  registration: { en: 'registration voucher', zh: '登记填报信息获得出口凭证' },
};

const REQUIREMENT: Record<Requirement, Record<Lang, string>> = {
  end_user_certificate: { en: 'end-user and end-use certificate (ECL Art. 15, Regs Art. 24)', zh: '最终用户和最终用途证明文件（出口管制法第十五条、条例第二十四条）' },
  risk_assessment_report: { en: 'risk-assessment report on the watch-listed party (Regs Art. 26)', zh: '对关注名单内进口商、最终用户的风险评估报告（条例第二十六条）' },
  compliance_undertaking: { en: 'undertaking to comply with export-control law (Regs Art. 26)', zh: '遵守出口管制法律法规的承诺（条例第二十六条）' },
  exception_approval: { en: 'MOFCOM approval of an exceptional transaction with a control-listed party (ECL Art. 18, Regs Art. 29)', zh: '与管控名单内主体交易须经商务部批准（出口管制法第十八条、条例第二十九条）' },
  shipment_and_use_report: { en: 'report of actual shipment, arrival, installation and use (Regs Art. 18)', zh: '报告实际出口运输、运抵、安装、使用情况（条例第十八条）' },
};

const KNOWLEDGE: Record<string, Record<Lang, string>> = {
  knows: { en: 'knows', zh: '知道' },
  shouldKnow: { en: 'should know', zh: '应当知道' },
  notified: { en: 'was notified by MOFCOM', zh: '得到国家出口管制管理部门通知' },
};
const CONCERN: Record<string, Record<Lang, string>> = {
  nationalSecurity: { en: 'harm to national security and interests', zh: '危害国家安全和利益' },
  wmd: { en: 'use in weapons of mass destruction or their delivery means', zh: '被用于大规模杀伤性武器及其运载工具' },
  terrorism: { en: 'use for terrorism', zh: '被用于恐怖主义目的' },
};
const WHY: Record<string, Record<Lang, string>> = {
  not_yet_valid: { en: 'not yet valid', zh: '尚未生效' },
  expired: { en: 'expired', zh: '已过有效期' },
  validity_too_long: { en: 'validity longer than 3 years (Regs Art. 15)', zh: '有效期超过3年（条例第十五条）' },
  item_not_listed: { en: 'item has no control code', zh: '物项无管制编码' },
  item_not_covered: { en: 'item not in its scope', zh: '物项不在许可范围内' },
  destination_not_covered: { en: 'destination not in its scope', zh: '目的国家和地区不在许可范围内' },
  end_user_not_covered: { en: 'end user not in its scope', zh: '最终用户不在许可范围内' },
};

const p = (r: Reason, k: string): string => r.params?.[k] ?? '';
function who(r: Reason, lang: Lang): string {
  if (!r.party) return '';
  const entry = r.listEntry ? (lang === 'en' ? ` [${r.listEntry.list}: ${r.listEntry.source} ${r.listEntry.entityId}${r.listEntry.announcement ? `, ${r.listEntry.announcement}` : ''}]` : `［${r.listEntry.list}：${r.listEntry.source} ${r.listEntry.entityId}${r.listEntry.announcement ? `，${r.listEntry.announcement}` : ''}］`) : '';
  return `${r.party.name} (${r.party.role.replace(/_/g, ' ')}, ${r.party.country})${entry}`;
}
function suspension(r: Reason, lang: Lang): string {
  const until = p(r, 'suspendedUntil');
  return lang === 'en' ? `suspended until ${until}` : `暂停至${until}`;
}
function whyList(r: Reason, lang: Lang): string {
  return p(r, 'why')
    .split(', ')
    .map((w) => WHY[w]?.[lang] ?? w)
    .join(lang === 'en' ? ', ' : '、');
}

type Template = (r: Reason, lang: Lang) => string;
const T = (en: Template, zh: Template): Template => (r, lang) => (lang === 'en' ? en(r, lang) : zh(r, lang));

const TEXT: Record<ReasonCode, Template> = {
  LISTED_ITEM: T((r) => `listed dual-use item ${p(r, 'controlCode')}: a licence is required`, (r) => `两用物项出口管制清单所列物项 ${p(r, 'controlCode')}，需申请许可`),
  NOT_LISTED: T(() => 'not on the control list and no catch-all risk reported', () => '不属于管制清单所列物项，且未报告清单外风险'),
  CATCH_ALL: T(
    (r) => `catch-all: the exporter ${KNOWLEDGE[p(r, 'knowledge')]?.en} of a risk of ${CONCERN[p(r, 'concern')]?.en}: a licence is required`,
    (r) => `全面控制：出口经营者${KNOWLEDGE[p(r, 'knowledge')]?.zh}存在${CONCERN[p(r, 'concern')]?.zh}的风险，需申请许可`,
  ),
  CATCH_ALL_UNSURE: T(
    (r) => `catch-all question unresolved (${KNOWLEDGE[p(r, 'knowledge')]?.en} × ${CONCERN[p(r, 'concern')]?.en}): review, or ask MOFCOM`,
    (r) => `全面控制问题未确定（${KNOWLEDGE[p(r, 'knowledge')]?.zh}×${CONCERN[p(r, 'concern')]?.zh}）：须审查或向主管部门咨询`,
  ),
  DESTINATION_UN_REGIME: T(
    (r) => `destination ${p(r, 'country')} is under ${p(r, 'regimeName')} (UNSC resolution ${p(r, 'resolutions')}): check the implementing announcements`,
    (r) => `目的国 ${p(r, 'country')} 受${p(r, 'regimeNameZh')}（安理会第${p(r, 'resolutions')}号决议）：须核查相关执行公告`,
  ),
  DESTINATION_PROHIBITION: T((r) => `${p(r, 'title')}: export prohibited`, (r) => `${p(r, 'titleZh')}：禁止出口`),
  DESTINATION_PROHIBITION_REVIEW: T(
    (r) => `${p(r, 'title')}: the item may fall within its annex — check before export`,
    (r) => `${p(r, 'titleZh')}：物项可能属于公告附件所列物项，出口前须核查`,
  ),
  DESTINATION_RISK_GRADE: T((r) => `destination ${p(r, 'country')} has risk grade ${p(r, 'grade')} (${p(r, 'announcement')}): ${p(r, 'measures')}`, (r) => `目的国 ${p(r, 'country')} 风险等级 ${p(r, 'grade')}（${p(r, 'announcement')}）：${p(r, 'measures')}`),
  TRANSIT_UN_REGIME: T(
    (r) => `transit through ${p(r, 'country')}, under ${p(r, 'regimeName')} (UNSC resolution ${p(r, 'resolutions')}): review the route`,
    (r) => `经 ${p(r, 'country')} 过境，该国受${p(r, 'regimeNameZh')}（安理会第${p(r, 'resolutions')}号决议）：须审查运输路线`,
  ),
  TRANSIT_PROHIBITION: T((r) => `transit through ${p(r, 'country')}, subject to ${p(r, 'announcement')}: review the route`, (r) => `经 ${p(r, 'country')} 过境，该国适用${p(r, 'announcement')}：须审查运输路线`),
  TRANSIT_RISK_GRADE: T((r) => `transit through ${p(r, 'country')} with risk grade ${p(r, 'grade')}: ${p(r, 'measures')}`, (r) => `经风险等级 ${p(r, 'grade')} 的 ${p(r, 'country')} 过境：${p(r, 'measures')}`),
  SCREENING_OPEN_ALERT: T((r, l) => `unresolved screening alert on ${who(r, l)} (lists: ${p(r, 'lists')}): resolve before export`, (r, l) => `${who(r, l)} 的筛查预警尚未处理（名单：${p(r, 'lists')}）：出口前须处理`),
  CONTROL_LIST_PROHIBITED: T((r, l) => `${who(r, l)} is on the MOFCOM control list; the measure prohibits dual-use transactions`, (r, l) => `${who(r, l)} 列入管控名单，措施为禁止有关两用物项交易`),
  CONTROL_LIST_RESTRICTED: T((r, l) => `${who(r, l)} is on the MOFCOM control list; transactions are restricted and need MOFCOM approval`, (r, l) => `${who(r, l)} 列入管控名单，有关交易受限制，须经商务部批准`),
  CONTROL_LIST_SUSPENDED: T(
    (r, l) => `${who(r, l)} is on the MOFCOM control list; the measure is ${suspension(r, l)}: apply to MOFCOM for an individual licence`,
    (r, l) => `${who(r, l)} 列入管控名单，措施${suspension(r, l)}：须向商务部申请单项许可`,
  ),
  CONTROL_LIST_MEASURE_UNKNOWN: T((r, l) => `${who(r, l)} is on the MOFCOM control list; the measure is not given — check the announcement`, (r, l) => `${who(r, l)} 列入管控名单，未提供具体措施——须核查公告`),
  CONTROL_LIST_UNLISTED_ITEM: T((r, l) => `${who(r, l)} is on the MOFCOM control list: confirm whether this unlisted item is a dual-use item`, (r, l) => `${who(r, l)} 列入管控名单：须确认该清单外物项是否属于两用物项`),
  WATCH_LIST: T(
    (r, l) => `${who(r, l)} is on the MOFCOM watch list: no general licence or registration; the individual application needs a risk-assessment report and an undertaking; no review time limit`,
    (r, l) => `${who(r, l)} 列入关注名单：不得申请通用许可或登记；申请单项许可须提交风险评估报告和承诺；审查期限不受限制`,
  ),
  WATCH_LIST_UNLISTED_ITEM: T((r, l) => `${who(r, l)} is on the MOFCOM watch list: weigh it in the catch-all review of this unlisted item`, (r, l) => `${who(r, l)} 列入关注名单：清单外物项须进行全面控制审查`),
  UEL_PROHIBITED: T((r, l) => `${who(r, l)} is on the Unreliable Entity List; import and export activities are prohibited`, (r, l) => `${who(r, l)} 列入不可靠实体清单，禁止从事进出口活动`),
  UEL_RESTRICTED: T((r, l) => `${who(r, l)} is on the Unreliable Entity List; check the scope of the measure`, (r, l) => `${who(r, l)} 列入不可靠实体清单：须核查处理措施的范围`),
  UEL_SUSPENDED: T((r, l) => `${who(r, l)} is on the Unreliable Entity List; the measure is ${suspension(r, l)}`, (r, l) => `${who(r, l)} 列入不可靠实体清单，处理措施${suspension(r, l)}`),
  COUNTERMEASURE_PROHIBITED: T((r, l) => `${who(r, l)} is on the countermeasure list; transactions are prohibited`, (r, l) => `${who(r, l)} 列入反制清单，禁止与其进行有关交易`),
  COUNTERMEASURE_RESTRICTED: T((r, l) => `${who(r, l)} is on the countermeasure list; check the scope of the countermeasure`, (r, l) => `${who(r, l)} 列入反制清单：须核查反制措施的范围`),
  COUNTERMEASURE_SUSPENDED: T((r, l) => `${who(r, l)} is on the countermeasure list; the countermeasure is ${suspension(r, l)}`, (r, l) => `${who(r, l)} 列入反制清单，反制措施${suspension(r, l)}`),
  UN_DESIGNATED_PARTY: T((r, l) => `${who(r, l)} is designated by the UN Security Council: review against the binding measures`, (r, l) => `${who(r, l)} 为联合国安理会制裁对象：须依照有约束力的决议审查`),
  FOREIGN_LIST_PARTY: T((r, l) => `${who(r, l)} is on a foreign list (for information)`, (r, l) => `${who(r, l)} 列入外国名单（仅供参考）`),
  MEASURE_NOT_YET_IN_FORCE: T((r, l) => `${who(r, l)}: the measure takes effect on ${p(r, 'effectiveFrom')}`, (r, l) => `${who(r, l)}：措施自${p(r, 'effectiveFrom')}起生效`),
  EXPORTER_BARRED_ART20: T((r) => `the exporter may not use general licences or registration (${p(r, 'grounds')})`, (r) => `出口经营者不得申请通用许可或以登记方式获得出口凭证（${p(r, 'grounds')}）`),
  GENERAL_LICENCE_COVERS: T(
    (r) => `general licence ${p(r, 'licence')} (valid ${p(r, 'validFrom')} to ${p(r, 'validTo')}) covers this export${p(r, 'excludedBy') ? ` but cannot be used here (ruled out by: ${p(r, 'excludedBy')})` : ''}`,
    (r) => `通用许可 ${p(r, 'licence')}（有效期${p(r, 'validFrom')}至${p(r, 'validTo')}）涵盖本次出口${p(r, 'excludedBy') ? `，但本次不得使用（排除依据：${p(r, 'excludedBy')}）` : ''}`,
  ),
  GENERAL_LICENCE_DOES_NOT_COVER: T((r, l) => `general licence ${p(r, 'licence')} does not cover this export: ${whyList(r, l)}`, (r, l) => `通用许可 ${p(r, 'licence')} 不涵盖本次出口：${whyList(r, l)}`),
  REGISTRATION_AVAILABLE: T(
    (r) => `Art. 19 case (${p(r, 'art19Case').replace(/_/g, ' ')}): ${p(r, 'excludedBy') ? `registration is ruled out here (by: ${p(r, 'excludedBy')})` : 'a registration voucher may be obtained before each export'}`,
    (r) => `属于条例第十九条情形（${p(r, 'art19Case')}）：${p(r, 'excludedBy') ? `本次不得以登记方式出口（排除依据：${p(r, 'excludedBy')}）` : '可在每次出口前登记填报信息获得出口凭证'}`,
  ),
};

/** One line for one finding, with its articles. */
export function explainReason(r: Reason, lang: Lang): string {
  const cites = r.citations.map((c) => formatCitation(c, lang)).join(lang === 'en' ? '; ' : '；');
  return `${TEXT[r.code](r, lang)} [${cites}]`;
}

export function outcomeLabel(o: Outcome, lang: Lang): string {
  return OUTCOME[o][lang];
}

/** The determination as readable text. */
export function explain(d: Determination, lang: Lang): string {
  const L = lang === 'en';
  const lines: string[] = [];
  lines.push(`${L ? 'Determination as of' : '判定日期'} ${d.asOf}${d.transactionId ? ` — ${d.transactionId}` : ''}`);
  lines.push(`${L ? 'Overall' : '总体结论'}: ${outcomeLabel(d.overall, lang)}`);
  if (d.licenceForms.length > 0) lines.push(`${L ? 'Licence forms open' : '可用许可形式'}: ${d.licenceForms.map((f) => FORM[f][lang]).join(L ? ', ' : '、')}`);
  if (d.requirements.length > 0) {
    lines.push(L ? 'Requirements:' : '要求：');
    for (const q of d.requirements) lines.push(`  - ${REQUIREMENT[q][lang]}`);
  }
  for (const it of d.items) {
    lines.push('');
    lines.push(`[${it.lineId}] ${it.description}${it.codes.length ? ` (${it.codes.join(', ')})` : ''}: ${outcomeLabel(it.outcome, lang)}`);
    if (it.licenceForms.length > 0) lines.push(`  ${L ? 'forms' : '许可形式'}: ${it.licenceForms.map((f) => FORM[f][lang]).join(L ? ', ' : '、')}`);
    for (const r of it.reasons) lines.push(`  ${r.outcome ? '•' : '·'} ${explainReason(r, lang)}`);
  }
  lines.push('');
  lines.push(`${L ? 'Articles cited' : '引用条文'}: ${d.citations.map((c) => formatCitation(c, lang)).join(L ? '; ' : '；')}`);
  return lines.join('\n');
}
