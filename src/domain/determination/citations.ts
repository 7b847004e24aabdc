/**
 * The legal articles a determination cites, as data: law, article, short title in Chinese and
 * English. Article numbers follow the official Chinese texts in the law corpus
 * (出口管制法 2020, 两用物项出口管制条例 2024, 反外国制裁法 2021).
 */

export interface Citation {
  id: string;
  law: { en: string; zh: string };
  /** Article number in the official text; absent for instruments cited as a whole. */
  article?: number;
  title: { en: string; zh: string };
}

const ECL = { en: 'Export Control Law', zh: '出口管制法' };
const REGS = { en: 'Regulations on Export Control of Dual-use Items', zh: '两用物项出口管制条例' };
const AFSL = { en: 'Anti-Foreign Sanctions Law', zh: '反外国制裁法' };

const ZH_NUM = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 第十二条-style article number. */
export function zhArticle(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${ZH_NUM[tens]}十`;
  return `第${t}${ZH_NUM[ones]}条`;
}

function art(prefix: 'ECL' | 'Regs' | 'AFSL', article: number, en: string, zh: string): Citation {
  const law = prefix === 'ECL' ? ECL : prefix === 'Regs' ? REGS : AFSL;
  return { id: `${prefix} Art. ${article}`, law, article, title: { en, zh } };
}

export const CITATIONS = [
  art('ECL', 8, 'Destination risk assessment and grades', '出口目的国家和地区风险评估与等级'),
  art('ECL', 10, 'Export prohibitions by item, destination or party', '禁止出口'),
  art('ECL', 12, 'Licensing; catch-all for unlisted items', '出口许可制度；清单外物项的许可'),
  art('ECL', 13, 'Licence review factors', '许可审查因素'),
  art('ECL', 14, 'General licences for exporters with a well-run compliance programme', '通用许可等便利措施'),
  art('ECL', 15, 'End-user and end-use certificates', '最终用户和最终用途证明文件'),
  art('ECL', 18, 'Control list of importers and end users', '管控名单'),
  art('ECL', 45, 'Transit, transhipment, through-shipment and re-export', '过境、转运、通运、再出口'),
  art('Regs', 10, 'Destination risk grades, incl. binding UN Security Council resolutions', '出口目的国家和地区风险等级'),
  art('Regs', 13, 'Prohibitions on specific dual-use items, destinations or parties', '禁止出口特定两用物项'),
  art('Regs', 14, 'Licensing of listed items; catch-all; classification enquiry', '两用物项出口许可制度'),
  art('Regs', 15, 'Individual licence, general licence and registration voucher', '单项许可、通用许可和出口凭证'),
  art('Regs', 16, 'Application materials; conditions for a general licence', '许可申请材料；通用许可条件'),
  art('Regs', 18, 'Use of a licence and reporting of shipment and use', '按许可出口并报告'),
  art('Regs', 19, 'Registration cases: repair, testing, exhibitions, civil-aircraft parts', '登记填报信息获得出口凭证的情形'),
  art('Regs', 20, 'Exporters barred from general licences and registration', '不得申请通用许可或登记的情形'),
  art('Regs', 22, 'Customs questioning and stop on MOFCOM notice', '海关质疑和不予放行'),
  art('Regs', 24, 'End-user and end-use certificates and undertakings', '最终用户和最终用途证明文件'),
  art('Regs', 26, 'Watch list: no general licence or registration; risk-assessment report', '关注名单'),
  art('Regs', 28, 'Grounds for the control list', '列入管控名单的情形'),
  art('Regs', 29, 'Control-list measures; exceptional transactions by approval', '管控名单措施'),
  art('Regs', 48, 'Transit, transhipment, through-shipment and re-export', '过境、转运、通运、再出口'),
  art('AFSL', 6, 'Countermeasures incl. prohibiting or restricting transactions', '反制措施'),
  art('AFSL', 8, 'Suspension, change or cancellation of countermeasures', '暂停、变更或者取消反制措施'),
  {
    id: 'UEL Provisions',
    law: { en: 'Provisions on the Unreliable Entity List (MOFCOM Order 2020 No. 4)', zh: '不可靠实体清单规定（商务部令2020年第4号）' },
    title: { en: 'Measures against entities on the Unreliable Entity List', zh: '不可靠实体清单处理措施' },
  },
  {
    id: 'MOFCOM 2021 No. 10',
    law: { en: 'MOFCOM Announcement 2021 No. 10 (internal compliance guidelines)', zh: '商务部公告2021年第10号（内部合规指南）' },
    title: { en: 'Screening and review procedures of the internal compliance programme', zh: '内部合规制度的审查程序' },
  },
] as const satisfies readonly Citation[];

export type CitationId = (typeof CITATIONS)[number]['id'];

const BY_ID: ReadonlyMap<string, Citation> = new Map(CITATIONS.map((c) => [c.id, c]));

export function isCitationId(id: string): id is CitationId {
  return BY_ID.has(id);
}

export function citation(id: CitationId): Citation {
  const c = BY_ID.get(id);
  if (!c) throw new Error(`unknown citation ${id}`);
  return c;
}

/** "Export Control Law Art. 12" / "出口管制法第十二条". */
export function formatCitation(id: CitationId, lang: 'en' | 'zh'): string {
  const c = citation(id);
  if (c.article === undefined) return c.law[lang];
  return lang === 'en' ? `${c.law.en} Art. ${c.article}` : `${c.law.zh}${zhArticle(c.article)}`;
}
