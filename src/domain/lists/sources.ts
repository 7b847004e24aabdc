/**
 * The registry of party-list sources exportctl knows: who publishes each list, in which format,
 * and where the official file is downloaded from. URLs are defaults; deployments override them
 * (config `lists.urls`, env `EXPORTCTL_LIST_URL_<ID>`).
 */
export const LIST_FORMATS = [
  'ofac-csv', // OFAC legacy CSV set: sdn.csv (+ add.csv, alt.csv, sdn_comments.csv) or cons_*.csv
  'un-xml', // UN Security Council consolidated list XML
  'csl-csv', // US Consolidated Screening List CSV (trade.gov)
  'csl-json', // US Consolidated Screening List JSON
  'bis-dpl-tsv', // BIS Denied Persons List TSV
  'ftm-json', // OpenSanctions FollowTheMoney JSON lines
  'eu-journal-csv', // EU Official Journal sanctions annex tables, one CSV per regulation
  'uk-tables', // UK Sanctions List as normalised tables (subjects / subject_names / subject_dobs)
  'cn-csv', // compiled PRC lists (MOFCOM control list, watch list, unreliable entity list, countermeasures)
  'compiled-csv', // compiled US lists (BIS MIEU, DoD 1260H, NDAA 1286)
  'exportctl-csv', // exportctl's own format for lists kept by hand
  'exportctl-json',
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ListSource {
  id: string;
  title: string;
  titleZh: string;
  publisher: string;
  jurisdiction: string;
  format: ListFormat;
  /** Official download URL(s), when the source publishes machine-readable files. */
  urls: string[];
}

export const KNOWN_SOURCES: readonly ListSource[] = [
  { id: 'cn-mofcom', title: 'PRC export control lists, unreliable entity list and countermeasures', titleZh: '中国出口管制管控名单、关注名单、不可靠实体清单及反制清单', publisher: 'MOFCOM / MFA (compiled)', jurisdiction: 'CN', format: 'cn-csv', urls: [] },
  { id: 'un-sc', title: 'UN Security Council Consolidated List', titleZh: '联合国安理会综合制裁名单', publisher: 'United Nations Security Council', jurisdiction: 'UN', format: 'un-xml', urls: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'] },
  { id: 'ofac-sdn', title: 'OFAC Specially Designated Nationals List', titleZh: '美国财政部特别指定国民名单', publisher: 'US Treasury OFAC', jurisdiction: 'US', format: 'ofac-csv', urls: ['https://www.treasury.gov/ofac/downloads/sdn.csv', 'https://www.treasury.gov/ofac/downloads/add.csv', 'https://www.treasury.gov/ofac/downloads/alt.csv', 'https://www.treasury.gov/ofac/downloads/sdn_comments.csv'] },
  { id: 'ofac-cons', title: 'OFAC Consolidated (non-SDN) Sanctions List', titleZh: '美国财政部非SDN综合名单', publisher: 'US Treasury OFAC', jurisdiction: 'US', format: 'ofac-csv', urls: ['https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv', 'https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv', 'https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv', 'https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv'] },
  { id: 'us-csl', title: 'US Consolidated Screening List', titleZh: '美国综合筛查名单', publisher: 'US Department of Commerce ITA', jurisdiction: 'US', format: 'csl-csv', urls: ['https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv'] },
  { id: 'us-bis-dpl', title: 'BIS Denied Persons List', titleZh: '美国商务部拒绝人员名单', publisher: 'US Department of Commerce BIS', jurisdiction: 'US', format: 'bis-dpl-tsv', urls: ['https://www.bis.doc.gov/dpl/dpl.txt'] },
  { id: 'us-bis-mieu', title: 'BIS Military-Intelligence End-User List', titleZh: '美国军事情报最终用户清单', publisher: 'US Department of Commerce BIS (compiled)', jurisdiction: 'US', format: 'compiled-csv', urls: [] },
  { id: 'us-dod-1260h', title: 'DoD Section 1260H Chinese Military Companies', titleZh: '美国国防部1260H清单', publisher: 'US Department of Defense (compiled)', jurisdiction: 'US', format: 'compiled-csv', urls: [] },
  { id: 'us-ndaa-1286', title: 'NDAA FY2019 Section 1286 list', titleZh: '美国NDAA第1286条清单', publisher: 'US Department of Defense (compiled)', jurisdiction: 'US', format: 'compiled-csv', urls: [] },
  { id: 'eu-journal', title: 'EU sanctions annexes (Official Journal)', titleZh: '欧盟制裁附件名单', publisher: 'European Union', jurisdiction: 'EU', format: 'eu-journal-csv', urls: [] },
  { id: 'opensanctions', title: 'OpenSanctions FollowTheMoney dataset', titleZh: 'OpenSanctions 数据集', publisher: 'OpenSanctions (compiled)', jurisdiction: 'INT', format: 'ftm-json', urls: [] },
  { id: 'uk-sanctions', title: 'UK Sanctions List', titleZh: '英国制裁名单', publisher: 'UK FCDO', jurisdiction: 'GB', format: 'uk-tables', urls: [] },
];

export function findSource(id: string): ListSource | undefined {
  return KNOWN_SOURCES.find((s) => s.id === id);
}
