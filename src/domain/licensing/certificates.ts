/**
 * End-user and end-use certificates (最终用户和最终用途证明文件): issued by the end user, or issued or
 * authenticated by its government when MOFCOM asks (Export Control Law Art. 15, Regs Art. 24). A
 * received certificate is recorded once and reused across applications; it is flagged when it has
 * expired, when the document presented no longer matches the recorded content hash (altered), or
 * when the application's end user or end use differs from the certificate. A report that the end
 * use or end user has changed or may change stops use of the licences it affects (Law Art. 16,
 * Regs Art. 25).
 */
import { type Licence, changeLicenceStatus, effectiveStatus } from './licence.ts';
import { type Bilingual, bi, invalidLicensingInput } from './messages.ts';

export interface EndUseCertificate {
  id: string;
  issuerKind: 'end_user' | 'government';
  /** Authenticated by the end user's government (Regs Art. 24 ¶1). */
  governmentAuthenticated: boolean;
  endUser: { name: string; country: string };
  endUse: string;
  /** Control codes the certificate covers. */
  controlCodes: string[];
  issuedOn: string;
  /** Last day of validity; null when the certificate states none. */
  expiresOn: string | null;
  receivedOn: string;
  /** SHA-256 of the document as received. */
  contentHash: string;
  /** The end user's undertaking not to change the end use or transfer to third parties (Regs Art. 24 ¶2). */
  noTransferUndertaking: boolean;
}

export type CertificateFlagCode = 'EXPIRED' | 'ALTERED' | 'END_USER_CHANGED' | 'END_USE_CHANGED' | 'ITEM_NOT_COVERED' | 'NOT_AUTHENTICATED' | 'NO_UNDERTAKING' | 'NOT_YET_ISSUED';

export interface CertificateFlag {
  code: CertificateFlagCode;
  message: Bilingual;
}

export interface CertificateUse {
  asOf: string;
  endUser: { name: string; country: string };
  endUse: string;
  controlCodes: readonly string[];
  /** SHA-256 of the document presented now, to compare with the recorded one. */
  presentedHash?: string;
  /** MOFCOM asked for a certificate issued or authenticated by the end user's government. */
  governmentAuthenticationRequired?: boolean;
}

const norm = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** Everything that stops the certificate from supporting this use. Empty when it may be used. */
export function certificateFlags(cert: EndUseCertificate, use: CertificateUse): CertificateFlag[] {
  const out: CertificateFlag[] = [];
  if (cert.issuedOn > use.asOf) out.push({ code: 'NOT_YET_ISSUED', message: bi(`certificate ${cert.id} is dated ${cert.issuedOn}, after ${use.asOf}`, `证明文件${cert.id}的出具日期${cert.issuedOn}晚于${use.asOf}`) });
  if (cert.expiresOn !== null && use.asOf > cert.expiresOn) out.push({ code: 'EXPIRED', message: bi(`certificate ${cert.id} expired on ${cert.expiresOn}`, `证明文件${cert.id}已于${cert.expiresOn}失效`) });
  if (use.presentedHash !== undefined && use.presentedHash !== cert.contentHash)
    out.push({ code: 'ALTERED', message: bi(`the document presented differs from certificate ${cert.id} as received on ${cert.receivedOn}`, `所提交文件与${cert.receivedOn}收到的证明文件${cert.id}不一致，可能被变造`) });
  if (norm(use.endUser.name) !== norm(cert.endUser.name) || use.endUser.country !== cert.endUser.country)
    out.push({ code: 'END_USER_CHANGED', message: bi(`the end user is ${use.endUser.name} (${use.endUser.country}), but certificate ${cert.id} is for ${cert.endUser.name} (${cert.endUser.country})`, `最终用户为${use.endUser.name}，与证明文件${cert.id}载明的${cert.endUser.name}不符`) });
  if (norm(use.endUse) !== norm(cert.endUse)) out.push({ code: 'END_USE_CHANGED', message: bi(`the end use "${use.endUse}" differs from "${cert.endUse}" on certificate ${cert.id}`, `最终用途“${use.endUse}”与证明文件${cert.id}载明的“${cert.endUse}”不符`) });
  const uncovered = use.controlCodes.filter((c) => !cert.controlCodes.includes(c));
  if (uncovered.length > 0) out.push({ code: 'ITEM_NOT_COVERED', message: bi(`certificate ${cert.id} does not cover ${uncovered.join(', ')}`, `证明文件${cert.id}未涵盖${uncovered.join('、')}`) });
  if (use.governmentAuthenticationRequired && cert.issuerKind !== 'government' && !cert.governmentAuthenticated)
    out.push({ code: 'NOT_AUTHENTICATED', message: bi(`certificate ${cert.id} must be issued or authenticated by the end user's government (Regs Art. 24 ¶1)`, `证明文件${cert.id}须由最终用户所在国家和地区政府机构出具或者认证`) });
  if (!cert.noTransferUndertaking) out.push({ code: 'NO_UNDERTAKING', message: bi(`certificate ${cert.id} lacks the end user's undertaking not to change the end use or transfer the items (Regs Art. 24 ¶2)`, `证明文件${cert.id}缺少最终用户不擅自改变最终用途或向第三方转让的承诺`) });
  return out;
}

export const END_USE_CHANGE_KINDS = ['end_use_changed', 'end_user_changed', 'may_change', 'certificate_forged_altered_or_expired', 'certificate_obtained_improperly'] as const;
export type EndUseChangeKind = (typeof END_USE_CHANGE_KINDS)[number];

export interface EndUseChangeReport {
  reportedOn: string;
  reportedBy: string;
  kind: EndUseChangeKind;
  /** The end user concerned, as named on the licences. */
  endUser: string;
  /** Licences named by the reporter; licences to the same end user are affected too. */
  licenceNumbers: string[];
  details: string;
}

export interface AffectedLicence {
  number: string;
  because: Bilingual;
}

const KIND: Record<EndUseChangeKind, Bilingual> = {
  end_use_changed: bi('the end use has changed', '最终用途已经改变'),
  end_user_changed: bi('the end user has changed', '最终用户已经改变'),
  may_change: bi('the end use or end user may change', '最终用户、最终用途可能改变'),
  certificate_forged_altered_or_expired: bi('the end-use certificate is forged, altered or expired', '最终用户和最终用途证明文件存在伪造、变造、失效等情形'),
  certificate_obtained_improperly: bi('the end-use certificate was obtained improperly', '以不正当手段获取最终用户和最终用途证明文件'),
};

/**
 * Applies an exporter's report of a (possible) change of end use or end user: every usable licence
 * named in the report or issued for the same end user stops being used (suspended with ground
 * `end_use_change_reported`) until MOFCOM decides under Regs Art. 18.
 */
export function reportEndUseChange(report: EndUseChangeReport, licences: readonly Licence[]): { affected: AffectedLicence[]; licences: Licence[] } {
  if (!report.details.trim()) throw invalidLicensingInput('details', bi('the report must say what was found', '报告须说明发现的情况'));
  const affected: AffectedLicence[] = [];
  const updated = licences.map((l) => {
    const named = report.licenceNumbers.includes(l.number);
    const sameUser = l.endUsers.some((u) => norm(u) === norm(report.endUser));
    if (!named && !sameUser) return l;
    if (effectiveStatus(l, report.reportedOn) !== 'active') return l;
    const because = named
      ? bi(`named in the report: ${KIND[report.kind].en}`, `报告中列明：${KIND[report.kind].zh}`)
      : bi(`issued for end user ${report.endUser}: ${KIND[report.kind].en}`, `许可最终用户为${report.endUser}：${KIND[report.kind].zh}`);
    affected.push({ number: l.number, because });
    return changeLicenceStatus(l, 'suspend', { at: report.reportedOn, reason: `${because.en} (reported by ${report.reportedBy}: ${report.details.trim()}; Regs Art. 25)`, ground: 'end_use_change_reported' });
  });
  return { affected, licences: updated };
}
