/**
 * A licence application by an exporter (Dual-use Regulations Art. 15, 16, 19). A draft may be
 * incomplete; `validateApplication` names every missing or invalid item, and only a complete
 * application can be submitted. Each item line carries the determination made for it.
 */
import { z } from 'zod';
import { isoDateProblem } from '../calendar/isoDate.ts';
import { ART19_CASES, CONTROL_CODE_RE, CountryCodeZ, formatPath } from '../determination/transaction.ts';
import { LICENCE_FORMS, OUTCOMES } from '../determination/types.ts';
import { type Bilingual, bi, invalidLicensingInput } from './messages.ts';

export const IsoDateZ = z.string().superRefine((v, ctx) => {
  const p = isoDateProblem(v);
  if (p) ctx.addIssue({ code: 'custom', message: p });
});

/** A document held in the document store: its id, title and the SHA-256 of its content. */
export const DocumentRefZ = z.object({
  documentId: z.string().min(1),
  title: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest').optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefZ>;

export const PersonZ = z.object({
  name: z.string().min(1),
  /** The identity document submitted for the person (Regs Art. 16 ¶1(1)). */
  identityDocument: DocumentRefZ.optional(),
});
export type Person = z.infer<typeof PersonZ>;

export const EndUserZ = z.object({
  name: z.string().min(1),
  country: CountryCodeZ,
  /** The end user is on the MOFCOM watch list (Regs Art. 26). */
  watchListed: z.boolean().default(false),
});
export type EndUser = z.infer<typeof EndUserZ>;

/** The determination made for one item line (from the determination engine). */
export const AttachedDeterminationZ = z.object({
  determinationId: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  determinedOn: IsoDateZ,
});

export const ApplicationItemZ = z.object({
  lineId: z.string().min(1),
  description: z.string().min(1),
  controlCode: z.string().regex(CONTROL_CODE_RE, 'expected a control code: digit, letter A–E, 3 digits, e.g. 1C202.a'),
  hsCode: z.string().regex(/^\d{8,10}$/, 'expected an 8- or 10-digit HS code').optional(),
  quantity: z.number().positive(),
  unit: z.string().min(1),
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "CNY"'),
  determination: AttachedDeterminationZ.optional(),
});
export type ApplicationItem = z.infer<typeof ApplicationItemZ>;

/**
 * An application as stored: every part of the Art. 16 contents is optional while it is a draft,
 * and the shape of what is present is checked here.
 */
export const ApplicationZ = z.object({
  id: z.string().min(1),
  form: z.enum(LICENCE_FORMS),
  exporter: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  /** Application form data (两用物项出口申请表). */
  items: z.array(ApplicationItemZ).default([]),
  destination: CountryCodeZ.optional(),
  endUsers: z.array(EndUserZ).default([]),
  endUse: z.string().optional(),
  /** Art. 16 ¶1(1): identity of the legal representative, main managers and the handler. */
  legalRepresentative: PersonZ.optional(),
  mainManagers: z.array(PersonZ).default([]),
  handler: PersonZ.optional(),
  /** Art. 16 ¶1(2): the contract or agreement, or other proof. */
  contract: DocumentRefZ.optional(),
  /** Art. 16 ¶1(3): a technical description or a test report. */
  technicalDocument: z.object({ kind: z.enum(['technical_description', 'test_report']), document: DocumentRefZ }).optional(),
  /** Art. 16 ¶1(4): ids of the end-user and end-use certificates (see certificates.ts). */
  endUserCertificateIds: z.array(z.string().min(1)).default([]),
  /** Art. 16 ¶1(5): other materials MOFCOM asks for. */
  otherDocuments: z.array(DocumentRefZ).default([]),
  /** Art. 16 ¶2: extra materials of a general-licence application. */
  general: z
    .object({
      icpOperationReport: DocumentRefZ.optional(),
      licenceUseReport: DocumentRefZ.optional(),
      channelsAndEndUsersReport: DocumentRefZ.optional(),
      fixedChannels: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Art. 19: the case that allows registration for an export voucher. */
  art19Case: z.enum(ART19_CASES).optional(),
  /** Art. 26 ¶2: an individual application for a watch-listed importer or end user. */
  watchList: z.object({ riskAssessmentReport: DocumentRefZ.optional(), complianceUndertaking: DocumentRefZ.optional() }).optional(),
});
export type Application = z.infer<typeof ApplicationZ>;
export type ApplicationInput = z.input<typeof ApplicationZ>;

/** One missing or invalid item of an application. */
export interface ValidationIssue {
  /** Field path, e.g. `items[0].determination`. */
  field: string;
  message: Bilingual;
  /** The article that requires the item, when one does. */
  article?: string;
}

/** Parses stored or submitted application data; malformed data fails naming the field. */
export function parseApplication(input: unknown): Application {
  const r = ApplicationZ.safeParse(input);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const field = first ? formatPath(first.path) || '(application)' : '(application)';
  const msg = first?.message ?? 'invalid application';
  throw invalidLicensingInput(field, bi(msg, `格式不正确：${msg}`));
}

const missing = (field: string, en: string, zh: string, article?: string): ValidationIssue =>
  article === undefined ? { field, message: bi(en, zh) } : { field, message: bi(en, zh), article };

/**
 * Everything that stops the application from being submitted, each naming the field, in English
 * and Chinese, with the article that asks for it. Empty when the application is complete.
 */
export function validateApplication(app: Application): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (app.items.length === 0) out.push(missing('items', 'at least one item line is required', '至少需要填写一项物项', 'Regs Art. 16 ¶1'));
  const seen = new Set<string>();
  app.items.forEach((it, i) => {
    if (seen.has(it.lineId)) out.push(missing(`items[${i}].lineId`, `item line "${it.lineId}" appears twice`, `物项行“${it.lineId}”重复`));
    seen.add(it.lineId);
    if (!it.determination) out.push(missing(`items[${i}].determination`, `item line "${it.lineId}" (${it.controlCode}) has no determination attached`, `物项行“${it.lineId}”（${it.controlCode}）未附管制判定结果`));
    else if (it.determination.outcome === 'PROHIBITED')
      out.push(missing(`items[${i}].determination`, `item line "${it.lineId}" (${it.controlCode}) is determined PROHIBITED; no licence can be applied for`, `物项行“${it.lineId}”（${it.controlCode}）判定为禁止出口，不能申请许可`));
    else if (it.determination.outcome === 'HOLD')
      out.push(missing(`items[${i}].determination`, `the determination of item line "${it.lineId}" is on hold; resolve it first`, `物项行“${it.lineId}”的判定处于待定状态，须先处理`));
  });
  if (!app.destination) out.push(missing('destination', 'the destination country is required', '须填写出口目的国家或地区', 'Regs Art. 16 ¶1'));
  if (app.endUsers.length === 0) out.push(missing('endUsers', 'at least one end user is required', '须填写最终用户', 'Regs Art. 16 ¶1'));
  if (app.form === 'individual' && app.endUsers.length > 1)
    out.push(missing('endUsers', `an individual licence covers one end user, but ${app.endUsers.length} are given`, `单项许可仅适用于单一最终用户，但填写了${app.endUsers.length}个`, 'Regs Art. 15 ¶2'));
  if (!app.endUse?.trim()) out.push(missing('endUse', 'the end use is required', '须填写最终用途', 'Regs Art. 16 ¶1'));

  if (!app.legalRepresentative) out.push(missing('legalRepresentative', "the legal representative's identity is required", '须提交法定代表人身份证明', 'Regs Art. 16 ¶1(1)'));
  else if (!app.legalRepresentative.identityDocument)
    out.push(missing('legalRepresentative.identityDocument', "the legal representative's identity document is missing", '缺少法定代表人身份证明文件', 'Regs Art. 16 ¶1(1)'));
  if (app.mainManagers.length === 0) out.push(missing('mainManagers', 'the identity of at least one main manager is required', '须提交主要经营管理人身份证明', 'Regs Art. 16 ¶1(1)'));
  app.mainManagers.forEach((m, i) => {
    if (!m.identityDocument) out.push(missing(`mainManagers[${i}].identityDocument`, `the identity document of main manager ${m.name} is missing`, `缺少主要经营管理人${m.name}的身份证明文件`, 'Regs Art. 16 ¶1(1)'));
  });
  if (!app.handler) out.push(missing('handler', "the handler's identity is required", '须提交经办人身份证明', 'Regs Art. 16 ¶1(1)'));
  else if (!app.handler.identityDocument) out.push(missing('handler.identityDocument', "the handler's identity document is missing", '缺少经办人身份证明文件', 'Regs Art. 16 ¶1(1)'));

  const needsExportDocs = app.form !== 'registration';
  if (needsExportDocs && !app.contract) out.push(missing('contract', 'a copy of the contract or agreement (or other proof) is required', '须提交合同、协议的副本或者其他证明文件', 'Regs Art. 16 ¶1(2)'));
  if (needsExportDocs && !app.technicalDocument)
    out.push(missing('technicalDocument', 'a technical description or test report of the items is required', '须提交两用物项的技术说明或者检测报告', 'Regs Art. 16 ¶1(3)'));
  if (needsExportDocs && app.endUserCertificateIds.length === 0)
    out.push(missing('endUserCertificateIds', 'an end-user and end-use certificate is required', '须提交最终用户和最终用途证明文件', 'Regs Art. 16 ¶1(4), Art. 24'));

  if (app.form === 'general') {
    const g = app.general;
    if (!g?.icpOperationReport) out.push(missing('general.icpOperationReport', 'a report on the operation of the internal compliance programme is required', '须提交两用物项出口管制内部合规制度运行情况说明', 'Regs Art. 16 ¶2(1)'));
    if (!g?.licenceUseReport) out.push(missing('general.licenceUseReport', 'a report on past licence applications and use is required', '须提交两用物项出口许可证件申领及使用情况说明', 'Regs Art. 16 ¶2(2)'));
    if (!g?.channelsAndEndUsersReport)
      out.push(missing('general.channelsAndEndUsersReport', 'a report on export channels and end users is required', '须提交两用物项出口渠道及最终用户有关情况说明', 'Regs Art. 16 ¶2(3)'));
    if (!g || g.fixedChannels.length === 0) out.push(missing('general.fixedChannels', 'the fixed export channels are required', '须列明相对固定的出口渠道', 'Regs Art. 16 ¶2'));
  }
  if (app.form === 'registration' && !app.art19Case)
    out.push(missing('art19Case', 'registration needs one of the Art. 19 cases (repair, testing, exhibition, civil-aircraft parts, MOFCOM-specified)', '登记填报须属于第十九条规定的情形之一', 'Regs Art. 19'));
  if (app.form !== 'registration' && app.art19Case)
    out.push(missing('art19Case', `an Art. 19 case belongs to a registration, not to a ${app.form} licence application`, '第十九条情形仅适用于登记填报', 'Regs Art. 19'));

  const watchListed = app.endUsers.filter((u) => u.watchListed);
  if (watchListed.length > 0) {
    const names = watchListed.map((u) => u.name).join(', ');
    if (app.form !== 'individual')
      out.push(missing('form', `${names} is on the watch list: only an individual licence can be applied for, not ${app.form}`, `${names}已列入关注名单，只能申请单项许可`, 'Regs Art. 26 ¶2'));
    if (!app.watchList?.riskAssessmentReport)
      out.push(missing('watchList.riskAssessmentReport', `a risk-assessment report on watch-listed ${names} is required`, `须提交对关注名单内${names}的风险评估报告`, 'Regs Art. 26 ¶2'));
    if (!app.watchList?.complianceUndertaking)
      out.push(missing('watchList.complianceUndertaking', 'an undertaking to comply with export-control law is required', '须作出遵守出口管制法律法规和相关要求的承诺', 'Regs Art. 26 ¶2'));
  }
  return out;
}

/** True when an end user of the application is on the watch list (Regs Art. 26: no time limit). */
export const involvesWatchList = (app: Application): boolean => app.endUsers.some((u) => u.watchListed);
