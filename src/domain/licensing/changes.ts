/**
 * Changes to a licence during its validity (Regs Art. 18). A change of a key element (the kind of
 * item, the destination, the end user, the end use) needs a new application, the surrender of the
 * licence and a stop to exporting (¶2). Any other change is a change application, decided within 20
 * working days, during which the licence is not used (¶3).
 */
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import { type ClockStatus, clockStatus } from '../calendar/statutoryClock.ts';
import { CHANGE_APPLICATION, type LegalCitation, regs } from './legalFacts.ts';
import { type Licence, changeLicenceStatus } from './licence.ts';
import { type Bilingual, bi, illegalTransition, invalidLicensingInput } from './messages.ts';

export const KEY_ELEMENTS = ['item', 'destination', 'end_user', 'end_use'] as const;
export const NON_KEY_ELEMENTS = ['exporter_name', 'exporter_address', 'contract', 'consignee', 'shipping_route', 'port_of_export', 'quantity', 'value', 'other'] as const;
export type ChangeElement = (typeof KEY_ELEMENTS)[number] | (typeof NON_KEY_ELEMENTS)[number];

export const KEY_ELEMENT_RULE: LegalCitation = regs('Art. 18 ¶2', '需要改变两用物项的种类、出口目的国家和地区、最终用户、最终用途等关键要素的，应当依照本条例的规定重新申请两用物项出口许可，交回原出口许可证件，并暂时停止出口。');
export const NON_KEY_CHANGE_RULE: LegalCitation = regs('Art. 18 ¶3', '需要改变两用物项出口涉及的其他非关键要素的，应当向国务院商务主管部门提出变更两用物项出口许可申请……暂时停止使用出口许可证件。');

const ELEMENT_NAME: Record<ChangeElement, Bilingual> = {
  item: bi('the kind of item', '两用物项的种类'),
  destination: bi('the destination', '出口目的国家和地区'),
  end_user: bi('the end user', '最终用户'),
  end_use: bi('the end use', '最终用途'),
  exporter_name: bi("the exporter's name", '出口经营者名称'),
  exporter_address: bi("the exporter's address", '出口经营者地址'),
  contract: bi('the contract', '合同'),
  consignee: bi('the consignee', '收货人'),
  shipping_route: bi('the shipping route', '运输路线'),
  port_of_export: bi('the port of export', '出口口岸'),
  quantity: bi('the quantity', '数量'),
  value: bi('the value', '金额'),
  other: bi('another detail', '其他事项'),
};

export interface RequestedChange {
  element: ChangeElement;
  from: string;
  to: string;
}

export interface ChangeClassification {
  kind: 'key' | 'non_key';
  keyChanges: RequestedChange[];
  citation: LegalCitation;
  /** What the exporter has to do, in both languages. */
  path: Bilingual;
}

const isKey = (e: ChangeElement): boolean => (KEY_ELEMENTS as readonly string[]).includes(e);

/** Classifies the requested changes: any key element makes the whole request a key change. */
export function classifyChange(changes: readonly RequestedChange[]): ChangeClassification {
  if (changes.length === 0) throw invalidLicensingInput('changes', bi('name at least one change', '须列明至少一项变更'));
  changes.forEach((c, i) => {
    if (!(c.element in ELEMENT_NAME)) throw invalidLicensingInput(`changes[${i}].element`, bi(`"${c.element}" is not a licence element`, `“${c.element}”不是许可证要素`));
    if (c.from === c.to) throw invalidLicensingInput(`changes[${i}].to`, bi(`${ELEMENT_NAME[c.element].en} does not change (${c.to})`, `${ELEMENT_NAME[c.element].zh}没有变化`));
  });
  const keyChanges = changes.filter((c) => isKey(c.element));
  if (keyChanges.length > 0)
    return {
      kind: 'key',
      keyChanges,
      citation: KEY_ELEMENT_RULE,
      path: bi('apply for a new licence, surrender this licence and stop exporting meanwhile', '重新申请出口许可，交回原许可证件，并暂时停止出口'),
    };
  return {
    kind: 'non_key',
    keyChanges: [],
    citation: NON_KEY_CHANGE_RULE,
    path: bi(`submit a change application, decided within ${CHANGE_APPLICATION.workingDays} working days; the licence is not used meanwhile`, `提出变更申请，商务部在${CHANGE_APPLICATION.workingDays}个工作日内决定，期间暂停使用许可证件`),
  };
}

export interface ChangeApplication {
  licenceNumber: string;
  changes: RequestedChange[];
  reason: string;
  submittedOn: string;
  status: 'pending' | 'approved' | 'refused';
  decidedOn: string | null;
  decisionReason: string | null;
}

/**
 * Submits a change application for non-key elements: the licence is suspended while it is pending.
 * A key-element change is refused, naming the element and what to do instead.
 */
export function submitChangeApplication(licence: Licence, changes: readonly RequestedChange[], opts: { at: string; reason: string }): { application: ChangeApplication; licence: Licence } {
  const c = classifyChange(changes);
  if (c.kind === 'key') {
    const names = c.keyChanges.map((k) => ELEMENT_NAME[k.element]);
    throw illegalTransition(
      bi(
        `cannot submit a change application: changing ${names.map((n) => n.en).join(' and ')} of licence ${licence.number} is a key-element change (Regs ${KEY_ELEMENT_RULE.article}); ${c.path.en}`,
        `不能提出变更申请：改变许可证${licence.number}的${names.map((n) => n.zh).join('和')}属于关键要素变更（第十八条第二款），应当${c.path.zh}`,
      ),
      { keyElements: c.keyChanges.map((k) => k.element) },
    );
  }
  const reason = opts.reason.trim();
  if (!reason) throw invalidLicensingInput('reason', bi('the reason for the change is required', '须说明变更理由'));
  const suspended = changeLicenceStatus(licence, 'suspend', { at: opts.at, reason: `change application pending: ${reason}`, ground: 'change_application_pending' });
  return { application: { licenceNumber: licence.number, changes: [...changes], reason, submittedOn: opts.at, status: 'pending', decidedOn: null, decisionReason: null }, licence: suspended };
}

/**
 * Decides a change application. Approved: the caller issues a new licence and the old one is
 * surrendered (cancelled). Refused: the old licence is used again as it stands (Art. 18 ¶3).
 */
export function decideChangeApplication(app: ChangeApplication, licence: Licence, decision: { approve: boolean; at: string; reason: string }): { application: ChangeApplication; licence: Licence } {
  if (app.status !== 'pending') throw illegalTransition(bi(`the change application for ${app.licenceNumber} is already ${app.status}`, `许可证${app.licenceNumber}的变更申请已经决定`));
  const reason = decision.reason.trim();
  if (!reason) throw invalidLicensingInput('reason', bi('the reason for the decision is required', '须说明决定理由'));
  const decided: ChangeApplication = { ...app, status: decision.approve ? 'approved' : 'refused', decidedOn: decision.at, decisionReason: reason };
  const next = decision.approve
    ? changeLicenceStatus(licence, 'surrender', { at: decision.at, reason: `replaced by a new licence after an approved change: ${reason}` })
    : changeLicenceStatus(licence, 'reinstate', { at: decision.at, reason: `change refused, original licence applies: ${reason}` });
  return { application: decided, licence: next };
}

/** The 20-working-day clock of a change application (Regs Art. 18 ¶3), from acceptance. */
export const changeApplicationClock = (calendar: WorkCalendar, acceptedOn: string, today: string): ClockStatus =>
  clockStatus(calendar, { deadline: CHANGE_APPLICATION, start: acceptedOn, today });
