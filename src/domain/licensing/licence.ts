/**
 * Export licences (出口许可证件): issued with a number and a verification code, valid within the
 * limits of Regs Art. 15, with per-item quantity and value limits that shipments use up. A shipment
 * outside the licence's scope, validity or balance, or on a licence that cannot be used, is refused
 * with every reason named. An individual licence lapses once its export is done (Art. 15 ¶2).
 */
import { addDays } from '../calendar/isoDate.ts';
import type { LicenceForm } from '../determination/types.ts';
import { GENERAL_LICENCE_MAX_VALIDITY, INDIVIDUAL_LICENCE_MAX_VALIDITY, type LegalPeriod, lastDayOfPeriod } from './legalFacts.ts';
import { type Bilingual, bi, illegalTransition, invalidLicensingInput, joinMessages } from './messages.ts';

export const LICENCE_STATUSES = ['active', 'suspended', 'revoked', 'surrendered', 'expired', 'spent'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/**
 * Why use of a licence is stopped: an order of MOFCOM when review factors change (Regs Art. 18 ¶4),
 * a pending change application (Art. 18 ¶3), or a reported change of end use or end user (Art. 25).
 */
export const SUSPENSION_GROUNDS = ['authority_order', 'change_application_pending', 'end_use_change_reported'] as const;
export type SuspensionGround = (typeof SUSPENSION_GROUNDS)[number];

export interface LicenceLine {
  lineId: string;
  controlCode: string;
  description: string;
  unit: string;
  currency: string;
  quantityLimit: number;
  valueLimit: number;
  quantityUsed: number;
  valueUsed: number;
}

export interface ShipmentLine {
  lineId: string;
  quantity: number;
  value: number;
}

export interface Shipment {
  declarationNumber: string;
  /** Export date of the customs declaration. */
  date: string;
  customsOffice: string;
  lines: ShipmentLine[];
  /** For an individual licence: this shipment completes its one export. */
  completesExport?: boolean;
}

export interface LicenceHistoryEntry {
  at: string;
  action: 'issue' | 'shipment' | LifecycleAction | 'spent';
  from: LicenceStatus | null;
  to: LicenceStatus;
  reason: string;
}

export interface Licence {
  number: string;
  verificationCode: string;
  form: LicenceForm;
  applicationId: string;
  exporterId: string;
  destination: string;
  endUsers: string[];
  endUse: string;
  conditions: string[];
  issuedOn: string;
  /** First and last day of validity, both included. */
  validFrom: string;
  validTo: string;
  status: LicenceStatus;
  suspension: { ground: SuspensionGround; reason: string; on: string } | null;
  lines: LicenceLine[];
  shipments: Shipment[];
  history: LicenceHistoryEntry[];
}

export interface IssueInput {
  form: LicenceForm;
  applicationId: string;
  exporterId: string;
  destination: string;
  endUsers: string[];
  endUse: string;
  conditions: string[];
  issuedOn: string;
  validFrom: string;
  validTo: string;
  lines: { lineId: string; controlCode: string; description: string; unit: string; currency: string; quantity: number; value: number }[];
}

export interface IssueDeps {
  /** The next number of the issuing authority's licence sequence for the year of issue. */
  sequence: number;
  /** A source of random bytes (crypto.getRandomValues in production). */
  randomBytes: (n: number) => Uint8Array;
}

/** Crockford base-32 without I, L, O, U: unambiguous when read out or typed by customs. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 12-character verification code in three groups (XXXX-XXXX-XXXX), 60 bits of randomness. */
export function verificationCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(12);
  if (bytes.length < 12) throw invalidLicensingInput('randomBytes', bi('the random source returned too few bytes', '随机数来源返回的字节不足'));
  let out = '';
  for (let i = 0; i < 12; i++) out += CODE_ALPHABET[(bytes[i] ?? 0) % 32];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

const FORM_LETTER: Record<LicenceForm, string> = { individual: 'S', general: 'G', registration: 'R' };

/** The licence number: DU-<year>-<S|G|R>-<sequence, 6 digits> (S individual 单项, G general 通用, R registration voucher). */
export function licenceNumber(form: LicenceForm, issuedOn: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 999_999) throw invalidLicensingInput('sequence', bi(`licence sequence ${sequence} is not between 1 and 999999`, `许可证序号${sequence}超出范围`));
  return `DU-${issuedOn.slice(0, 4)}-${FORM_LETTER[form]}-${String(sequence).padStart(6, '0')}`;
}

const MAX_VALIDITY: Partial<Record<LicenceForm, LegalPeriod>> = { individual: INDIVIDUAL_LICENCE_MAX_VALIDITY, general: GENERAL_LICENCE_MAX_VALIDITY };

/** Round to micro-units so that decimal quantities add up exactly. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Issues a licence for an approved application; validity beyond the legal maximum is refused. */
export function issueLicence(input: IssueInput, deps: IssueDeps): Licence {
  if (input.validTo < input.validFrom) throw invalidLicensingInput('validTo', bi(`validity ends on ${input.validTo}, before it starts on ${input.validFrom}`, `有效期截止日${input.validTo}早于起始日${input.validFrom}`));
  if (input.validFrom < input.issuedOn) throw invalidLicensingInput('validFrom', bi(`validity cannot start on ${input.validFrom}, before the licence is issued on ${input.issuedOn}`, `有效期不能早于发证日期${input.issuedOn}`));
  const max = MAX_VALIDITY[input.form];
  if (max) {
    const last = lastDayOfPeriod(input.validFrom, max.years);
    if (input.validTo > last)
      throw invalidLicensingInput(
        'validTo',
        bi(`a ${input.form} licence is valid for at most ${max.years} year(s) (${max.citation.article}): from ${input.validFrom} it may run to ${last}, not ${input.validTo}`, `${input.form === 'individual' ? '单项' : '通用'}许可有效期不超过${max.years}年（第十五条）：自${input.validFrom}起最迟至${last}`),
      );
  }
  if (input.lines.length === 0) throw invalidLicensingInput('lines', bi('a licence needs at least one item line', '许可证须至少载明一项物项'));
  if (input.form === 'individual' && input.endUsers.length !== 1) throw invalidLicensingInput('endUsers', bi('an individual licence is for exactly one end user (Regs Art. 15 ¶2)', '单项许可仅适用于单一最终用户'));
  const lines = input.lines.map((l, i): LicenceLine => {
    if (!(l.quantity > 0)) throw invalidLicensingInput(`lines[${i}].quantity`, bi('the quantity limit must be positive', '数量上限须大于零'));
    if (!(l.value >= 0)) throw invalidLicensingInput(`lines[${i}].value`, bi('the value limit cannot be negative', '金额上限不能为负'));
    return { lineId: l.lineId, controlCode: l.controlCode, description: l.description, unit: l.unit, currency: l.currency, quantityLimit: l.quantity, valueLimit: l.value, quantityUsed: 0, valueUsed: 0 };
  });
  const { lines: _lines, ...rest } = input;
  return {
    ...rest,
    number: licenceNumber(input.form, input.issuedOn, deps.sequence),
    verificationCode: verificationCode(deps.randomBytes),
    status: 'active',
    suspension: null,
    lines,
    shipments: [],
    history: [{ at: input.issuedOn, action: 'issue', from: null, to: 'active', reason: `issued for application ${input.applicationId}` }],
  };
}

/** The status on `asOf`: an active or suspended licence past its last day is expired even before anyone records it. */
export function effectiveStatus(l: Licence, asOf: string): LicenceStatus {
  if ((l.status === 'active' || l.status === 'suspended') && asOf > l.validTo) return 'expired';
  return l.status;
}

export interface LineBalance {
  lineId: string;
  controlCode: string;
  unit: string;
  currency: string;
  quantity: { limit: number; used: number; remaining: number };
  value: { limit: number; used: number; remaining: number };
}

/** What is left on each line of the licence. */
export const remainingBalance = (l: Licence): LineBalance[] =>
  l.lines.map((x) => ({
    lineId: x.lineId,
    controlCode: x.controlCode,
    unit: x.unit,
    currency: x.currency,
    quantity: { limit: x.quantityLimit, used: x.quantityUsed, remaining: round(x.quantityLimit - x.quantityUsed) },
    value: { limit: x.valueLimit, used: x.valueUsed, remaining: round(x.valueLimit - x.valueUsed) },
  }));

export type UseRefusalCode =
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'SUSPENDED'
  | 'REVOKED'
  | 'SURRENDERED'
  | 'SPENT'
  | 'ITEM_NOT_ON_LICENCE'
  | 'OVER_QUANTITY'
  | 'OVER_VALUE'
  | 'WRONG_VERIFICATION_CODE';

export interface UseRefusal {
  code: UseRefusalCode;
  message: Bilingual;
}

const SUSPENSION_ZH: Record<SuspensionGround, string> = { authority_order: '商务部通知暂停使用', change_application_pending: '变更申请审查期间暂停使用', end_use_change_reported: '报告最终用途或最终用户可能改变后停止使用' };

/** Why the licence cannot be used on `date` at all (status and validity). */
function statusRefusals(l: Licence, date: string, asOf: string): UseRefusal[] {
  const out: UseRefusal[] = [];
  const status = effectiveStatus(l, asOf);
  if (status === 'suspended' && l.suspension)
    out.push({ code: 'SUSPENDED', message: bi(`licence ${l.number} is suspended since ${l.suspension.on} (${l.suspension.ground.replaceAll('_', ' ')}): ${l.suspension.reason}`, `许可证${l.number}自${l.suspension.on}起暂停使用（${SUSPENSION_ZH[l.suspension.ground]}）：${l.suspension.reason}`) });
  if (status === 'revoked') out.push({ code: 'REVOKED', message: bi(`licence ${l.number} has been revoked`, `许可证${l.number}已被撤销`) });
  if (status === 'surrendered') out.push({ code: 'SURRENDERED', message: bi(`licence ${l.number} has been surrendered`, `许可证${l.number}已交回`) });
  if (status === 'spent') out.push({ code: 'SPENT', message: bi(`${l.form} licence ${l.number} is spent: its one export is done (Regs Art. 15 ¶2)`, `许可证${l.number}已完成出口，自动失效（第十五条第二款）`) });
  if (date < l.validFrom) out.push({ code: 'NOT_YET_VALID', message: bi(`licence ${l.number} is valid from ${l.validFrom}, not yet on ${date}`, `许可证${l.number}自${l.validFrom}起有效，${date}尚未生效`) });
  if (date > l.validTo || status === 'expired') out.push({ code: 'EXPIRED', message: bi(`licence ${l.number} expired after ${l.validTo}`, `许可证${l.number}已于${l.validTo}到期`) });
  return out;
}

function lineRefusals(l: Licence, lines: readonly ShipmentLine[]): UseRefusal[] {
  const out: UseRefusal[] = [];
  const totals = new Map<string, { q: number; v: number }>();
  for (const s of lines) {
    const t = totals.get(s.lineId) ?? { q: 0, v: 0 };
    totals.set(s.lineId, { q: round(t.q + s.quantity), v: round(t.v + s.value) });
  }
  for (const [lineId, t] of totals) {
    const line = l.lines.find((x) => x.lineId === lineId);
    if (!line) {
      out.push({ code: 'ITEM_NOT_ON_LICENCE', message: bi(`item line ${lineId} is not on licence ${l.number}`, `物项行${lineId}不在许可证${l.number}范围内`) });
      continue;
    }
    const qLeft = round(line.quantityLimit - line.quantityUsed);
    const vLeft = round(line.valueLimit - line.valueUsed);
    if (t.q > qLeft) out.push({ code: 'OVER_QUANTITY', message: bi(`${line.controlCode}: ${t.q} ${line.unit} exceeds the remaining ${qLeft} ${line.unit} of ${line.quantityLimit}`, `${line.controlCode}：数量${t.q}${line.unit}超过剩余数量${qLeft}${line.unit}（许可数量${line.quantityLimit}）`) });
    if (t.v > vLeft) out.push({ code: 'OVER_VALUE', message: bi(`${line.controlCode}: value ${t.v} ${line.currency} exceeds the remaining ${vLeft} ${line.currency} of ${line.valueLimit}`, `${line.controlCode}：金额${t.v}${line.currency}超过剩余金额${vLeft}${line.currency}（许可金额${line.valueLimit}）`) });
  }
  return out;
}

function validateShipment(l: Licence, s: Shipment, asOf: string): void {
  if (!s.declarationNumber.trim()) throw invalidLicensingInput('declarationNumber', bi('the customs declaration number is required', '须填写报关单号'));
  if (!s.customsOffice.trim()) throw invalidLicensingInput('customsOffice', bi('the customs office is required', '须填写海关'));
  if (s.date > asOf) throw invalidLicensingInput('date', bi(`the shipment date ${s.date} is in the future (today is ${asOf})`, `出口日期${s.date}晚于今天${asOf}`));
  if (s.lines.length === 0) throw invalidLicensingInput('lines', bi('a shipment needs at least one line', '出口记录须至少有一项'));
  s.lines.forEach((x, i) => {
    if (!(x.quantity > 0)) throw invalidLicensingInput(`lines[${i}].quantity`, bi('the shipped quantity must be positive', '出口数量须大于零'));
    if (!(x.value >= 0)) throw invalidLicensingInput(`lines[${i}].value`, bi('the shipped value cannot be negative', '出口金额不能为负'));
  });
  if (l.shipments.some((x) => x.declarationNumber === s.declarationNumber))
    throw illegalTransition(bi(`declaration ${s.declarationNumber} is already recorded against licence ${l.number}`, `报关单${s.declarationNumber}已登记在许可证${l.number}下`));
}

/** Why the shipment cannot be made on the licence; empty when it can. */
export function shipmentRefusals(l: Licence, s: Shipment, asOf: string): UseRefusal[] {
  return [...statusRefusals(l, s.date, asOf), ...lineRefusals(l, s.lines)];
}

/** Records a shipment and decrements the balances, or refuses it naming every reason. */
export function recordShipment(l: Licence, s: Shipment, asOf: string): { licence: Licence; balance: LineBalance[] } {
  validateShipment(l, s, asOf);
  const refusals = shipmentRefusals(l, s, asOf);
  if (refusals.length > 0) {
    const m = joinMessages(refusals.map((r) => r.message));
    throw illegalTransition(bi(`shipment ${s.declarationNumber} refused: ${m.en}`, `出口（报关单${s.declarationNumber}）被拒绝：${m.zh}`), { refusals: refusals.map((r) => r.code) });
  }
  const lines = l.lines.map((line) => {
    const mine = s.lines.filter((x) => x.lineId === line.lineId);
    return { ...line, quantityUsed: round(line.quantityUsed + mine.reduce((a, x) => a + x.quantity, 0)), valueUsed: round(line.valueUsed + mine.reduce((a, x) => a + x.value, 0)) };
  });
  const history: LicenceHistoryEntry[] = [...l.history, { at: s.date, action: 'shipment', from: l.status, to: l.status, reason: `declaration ${s.declarationNumber} at ${s.customsOffice}` }];
  let next: Licence = { ...l, lines, shipments: [...l.shipments, s], history };
  const singleExport = l.form === 'individual' || l.form === 'registration';
  const allUsed = lines.every((x) => x.quantityUsed >= x.quantityLimit);
  if (singleExport && (s.completesExport === true || allUsed)) {
    next = { ...next, status: 'spent', history: [...history, { at: s.date, action: 'spent', from: l.status, to: 'spent', reason: 'the export is done (Regs Art. 15 ¶2)' }] };
  }
  return { licence: next, balance: remainingBalance(next) };
}

export interface CustomsQuery {
  verificationCode: string;
  controlCode: string;
  quantity: number;
  value?: number;
  /** The export date declared; defaults to asOf. */
  date?: string;
}

export interface CustomsAnswer {
  valid: boolean;
  licenceNumber: string;
  reasons: UseRefusal[];
  /** Remaining balance of the matching line, when there is one. */
  remaining: { quantity: number; value: number; unit: string; currency: string } | null;
}

/** Answers customs: may this licence cover this quantity of this item today, and if not, why not. */
export function verifyForCustoms(l: Licence, q: CustomsQuery, asOf: string): CustomsAnswer {
  const date = q.date ?? asOf;
  const reasons: UseRefusal[] = [];
  if (q.verificationCode.trim().toUpperCase() !== l.verificationCode)
    return { valid: false, licenceNumber: l.number, reasons: [{ code: 'WRONG_VERIFICATION_CODE', message: bi(`the verification code does not match licence ${l.number}`, `验证码与许可证${l.number}不符`) }], remaining: null };
  reasons.push(...statusRefusals(l, date, asOf));
  const line = l.lines.find((x) => x.controlCode === q.controlCode);
  if (!line) reasons.push({ code: 'ITEM_NOT_ON_LICENCE', message: bi(`${q.controlCode} is not on licence ${l.number}`, `${q.controlCode}不在许可证${l.number}范围内`) });
  else reasons.push(...lineRefusals(l, [{ lineId: line.lineId, quantity: q.quantity, value: q.value ?? 0 }]));
  const remaining = line ? { quantity: round(line.quantityLimit - line.quantityUsed), value: round(line.valueLimit - line.valueUsed), unit: line.unit, currency: line.currency } : null;
  return { valid: reasons.length === 0, licenceNumber: l.number, reasons, remaining };
}

export const LIFECYCLE_ACTIONS = ['suspend', 'reinstate', 'revoke', 'surrender', 'expire'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

const FROM: Record<LifecycleAction, readonly LicenceStatus[]> = {
  suspend: ['active'],
  reinstate: ['suspended'],
  revoke: ['active', 'suspended'],
  surrender: ['active', 'suspended'],
  expire: ['active', 'suspended'],
};
const TO: Record<LifecycleAction, LicenceStatus> = { suspend: 'suspended', reinstate: 'active', revoke: 'revoked', surrender: 'surrendered', expire: 'expired' };
const ACTION_ZH: Record<LifecycleAction, string> = { suspend: '暂停使用', reinstate: '恢复使用', revoke: '撤销', surrender: '交回', expire: '到期失效' };
const STATUS_ZH: Record<LicenceStatus, string> = { active: '有效', suspended: '暂停使用', revoked: '已撤销', surrendered: '已交回', expired: '已过期', spent: '已完成出口' };

/** Suspends, reinstates, revokes, surrenders or expires a licence; each needs its reason. */
export function changeLicenceStatus(l: Licence, action: LifecycleAction, opts: { at: string; reason: string; ground?: SuspensionGround }): Licence {
  const reason = opts.reason.trim();
  if (!reason) throw invalidLicensingInput('reason', bi(`the reason to ${action} the licence is required`, `须说明${ACTION_ZH[action]}的理由`));
  if (!FROM[action].includes(l.status))
    throw illegalTransition(bi(`cannot ${action} licence ${l.number}: it is ${l.status}`, `不能${ACTION_ZH[action]}许可证${l.number}：当前状态为${STATUS_ZH[l.status]}`), { status: l.status, action });
  if (action === 'expire' && opts.at <= l.validTo)
    throw illegalTransition(bi(`cannot expire licence ${l.number}: it is valid until ${l.validTo}`, `许可证${l.number}有效期至${l.validTo}，尚未到期`));
  if (action === 'suspend' && !opts.ground) throw invalidLicensingInput('ground', bi('the ground of the suspension is required', '须说明暂停使用的依据'));
  const suspension = action === 'suspend' && opts.ground ? { ground: opts.ground, reason, on: opts.at } : action === 'reinstate' ? null : l.suspension;
  return { ...l, status: TO[action], suspension, history: [...l.history, { at: opts.at, action, from: l.status, to: TO[action], reason }] };
}

/** The first day after validity: when the licence expires if it is still active. */
export const expiresOn = (l: Licence): string => addDays(l.validTo, 1);
