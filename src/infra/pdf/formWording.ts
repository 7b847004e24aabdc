/**
 * The fixed legal wording printed on the licence and on the end-user and end-use certificate,
 * in Chinese (the operative text, close to the words of the law) and English, each with the
 * article it rests on. Law texts: /work/shared/reference/law (出口管制法 2020, 两用物项出口管制条例 2024).
 */
import { ecl, type LegalCitation, regs } from '../../domain/licensing/legalFacts.ts';
import type { Bilingual } from './pdfInput.ts';

export interface Wording extends Bilingual {
  basis: readonly LegalCitation[];
}

/** Where an article reference is printed on a form: "出口管制法第十六条 / ECL Art. 16". */
export const basisLine = (w: Wording): Bilingual => ({
  zh: w.basis.map((c) => `${c.instrument.zh} ${c.article}`).join('；'),
  en: w.basis.map((c) => `${c.instrument.en} ${c.article}`).join('; '),
});

/** The end user's undertakings on the certificate. */
export const END_USER_UNDERTAKINGS: readonly Wording[] = [
  {
    zh: '上述物项仅用于本证明所载明的最终用途，未经中华人民共和国国务院商务主管部门允许，不擅自改变其最终用途。',
    en: "The items above will be used only for the end use stated in this certificate; their end use will not be changed without the permission of the competent commerce department of the State Council of the People's Republic of China.",
    basis: [
      ecl('Art. 16 ¶1', '管制物项的最终用户应当承诺，未经国家出口管制管理部门允许，不得擅自改变相关管制物项的最终用途或者向任何第三方转让。'),
      regs('Art. 24 ¶2', '两用物项的最终用户应当按照国务院商务主管部门要求作出承诺，未经国务院商务主管部门允许，不得擅自改变两用物项的最终用途或者向任何第三方转让。'),
    ],
  },
  {
    zh: '未经中华人民共和国国务院商务主管部门允许，不向任何第三方转让上述物项（包括转售、转借、转移或再出口）。',
    en: "The items above will not be transferred to any third party (including by resale, loan, transfer or re-export) without the permission of the competent commerce department of the State Council of the People's Republic of China.",
    basis: [
      ecl('Art. 16 ¶1', '未经国家出口管制管理部门允许，不得擅自……向任何第三方转让。'),
      regs('Art. 24 ¶2', '未经国务院商务主管部门允许，不得擅自……向任何第三方转让。'),
    ],
  },
  {
    zh: '上述物项不用于设计、开发、生产或者使用大规模杀伤性武器及其运载工具，不用于恐怖主义目的。',
    en: 'The items above will not be used to design, develop, produce or use weapons of mass destruction or their means of delivery, nor for terrorist purposes.',
    basis: [ecl('Art. 12 ¶3(2)–(3)', '被用于设计、开发、生产或者使用大规模杀伤性武器及其运载工具；被用于恐怖主义目的。')],
  },
  {
    zh: '最终用户或者最终用途已经改变或者可能改变的，立即书面告知出口经营者和进口商。',
    en: 'If the end user or the end use has changed or may change, the end user will inform the exporter and the importer in writing without delay.',
    basis: [
      ecl('Art. 16 ¶2', '出口经营者、进口商发现最终用户或者最终用途有可能改变的，应当按照规定立即报告国家出口管制管理部门。'),
      regs('Art. 25', '两用物项最终用户、最终用途已经改变或者可能改变；……应当立即停止出口，向国务院商务主管部门报告并配合核查。'),
    ],
  },
  {
    zh: '配合中华人民共和国国务院商务主管部门依法开展的最终用户和最终用途核查，在规定期限内提供有关证明材料。',
    en: "The end user will cooperate with end-user and end-use checks carried out by the competent commerce department of the State Council of the People's Republic of China in accordance with law, and provide the supporting documents within the time set.",
    basis: [regs('Art. 26 ¶1', '国务院商务主管部门依法开展两用物项最终用户和最终用途核查，有关组织和个人应当予以配合。')],
  },
];

/** The end user's declaration above the signature. */
export const END_USER_DECLARATION: Bilingual = {
  zh: '本最终用户保证上述内容真实、准确、完整，并遵守上述承诺。',
  en: 'The end user declares that the above is true, accurate and complete, and will abide by the undertakings above.',
};

/** Why a certificate is needed, printed under its title. */
export const CERTIFICATE_PURPOSE: Wording = {
  zh: '本证明由最终用户出具，供出口经营者申请两用物项出口许可时提交。',
  en: 'This certificate is issued by the end user, for the exporter to submit with its application for a dual-use items export licence.',
  basis: [
    ecl('Art. 15', '出口经营者应当向国家出口管制管理部门提交管制物项的最终用户和最终用途证明文件，有关证明文件由最终用户或者最终用户所在国家和地区政府机构出具。'),
    regs('Art. 24 ¶1', '出口经营者申请两用物项出口许可时应当提交最终用户出具的最终用户和最终用途证明文件。'),
  ],
};

/** The government authentication block, printed when the authority asks for it. */
export const GOVERNMENT_AUTHENTICATION: Wording = {
  zh: '兹证明上述最终用户和最终用途证明文件由该最终用户出具，所载内容属实。',
  en: 'It is hereby certified that the above end-user and end-use certificate was issued by the said end user and that its contents are true.',
  basis: [regs('Art. 24 ¶1', '国务院商务主管部门可以要求出口经营者同时提交由最终用户所在国家和地区政府机构出具或者认证的最终用户和最终用途证明文件。')],
};

/** The exporter's duties printed on every licence. */
export const LICENCE_NOTES: readonly Wording[] = [
  {
    zh: '出口经营者应当按照本许可证载明的范围、条件和有效期出口两用物项，并报告实际出口运输、运抵、安装、使用等情况。',
    en: 'The exporter shall export the dual-use items only within the scope, conditions and validity stated in this licence, and report the actual shipment, arrival, installation and use.',
    basis: [regs('Art. 18 ¶1', '出口经营者应当按照出口许可证件载明的范围、条件和有效期出口两用物项并报告实际出口运输、运抵、安装、使用等情况。')],
  },
  {
    zh: '需要改变物项种类、出口目的国家和地区、最终用户、最终用途等关键要素的，应当重新申请出口许可，交回本许可证，并暂时停止出口。',
    en: 'To change a key element — the type of item, the destination country or region, the end user or the end use — the exporter shall apply for a new licence, surrender this licence and stop exporting in the meantime.',
    basis: [regs('Art. 18 ¶2', '需要改变两用物项的种类、出口目的国家和地区、最终用户、最终用途等关键要素的，应当依照本条例的规定重新申请两用物项出口许可，交回原出口许可证件，并暂时停止出口。')],
  },
];
