/**
 * Chinese-script queries for mainland companies that English-language lists file only under their
 * pinyin-based English name, and the reverse. The English names are listed as written in the US DoD
 * Section 1260H list (data/lists/us-dod-1260h/sanctions.csv, "Clean Name" column); the Chinese
 * names are the companies' registered names. The "unrelated" queries share place, industry word
 * and legal form with a listed name but not its trade name.
 */
import { describe, expect, it } from 'vitest';
import { makeParty, type Party } from '../lists/party.ts';
import { buildScreeningIndex, DEFAULT_THRESHOLD, screen } from './screen.ts';
import { formatExplanation } from './explain.ts';

const LISTED: ReadonlyArray<readonly [ref: string, english: string, registered: string]> = [
  ['huawei', 'Huawei Technologies Co., Ltd.', '华为技术有限公司'],
  ['cetc', 'China Electronics Technology Group Corporation', '中国电子科技集团公司'],
  ['dahua', 'Zhejiang Dahua Technology Co., Ltd.', '浙江大华技术股份有限公司'],
  ['knownsec', 'Beijing Zhidao Chuangyu Information Technology Co., Ltd.', '北京知道创宇信息技术股份有限公司'],
  ['dji-baiwang', 'Shenzhen Dajiang Baiwang Technology Co., Ltd.', '深圳市大疆百旺科技有限公司'],
  ['unitree', 'Hangzhou Yushu Technology Co., Ltd.', '杭州宇树科技股份有限公司'],
  ['meiya', 'Xiamen Meiya Zhongmin Electronic Technology Co., Ltd.', '厦门市美亚中敏电子科技有限公司'],
  ['jianan', 'Sichuan Jian’an Industry Co., Ltd.', '四川建安工业有限责任公司'],
];

const company = (source: string, ref: string, name: string): Party =>
  makeParty({ source, sourceRef: ref, schema: 'Company', names: [{ value: name, kind: 'primary' }] });

/** English-listed parties, plus a sibling sharing the trade name and listed Chinese-only parties. */
const english = [
  ...LISTED.map(([ref, en]) => company('us-dod-1260h', ref, en)),
  company('us-dod-1260h', 'huawei-holding', 'Huawei Investment & Holding Co., Ltd.'),
];
const chineseListed = LISTED.map(([ref, , zh]) => company('zh', ref, zh));
const index = buildScreeningIndex([...english, ...chineseListed]);
const hitsFor = (name: string, sources: string[]) => screen(index, { name, sources, threshold: 0.3 });

describe('Chinese organisation name → English-listed entity', () => {
  for (const [ref, en, zh] of LISTED) {
    it(`${zh} finds ${en}`, () => {
      const hit = hitsFor(zh, ['us-dod-1260h'])[0];
      expect(hit?.entityId).toBe(`us-dod-1260h:${ref}`);
      expect(hit?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    });
  }

  it('explains the match part by part: trade name, industry word, legal form', () => {
    const hit = hitsFor('华为技术有限公司', ['us-dod-1260h'])[0];
    expect(hit?.score).toBe(1);
    const tokens = hit?.explanation.tokens ?? [];
    expect(tokens.find((t) => t.query === 'huawei')?.listed).toBe('huawei');
    expect(tokens.find((t) => t.query === 'technology')).toMatchObject({ listed: 'technologies', note: 'industry word (equivalent)' });
    expect(tokens.filter((t) => t.note === 'legal form').map((t) => t.query)).toEqual(['co', 'ltd']);
    // The legal form weighs less than the industry word, which weighs less than the trade name.
    const w = (q: string) => tokens.find((t) => t.query === q)?.weight ?? 0;
    expect(w('co')).toBeLessThan(w('technology'));
    expect(w('technology')).toBeLessThan(w('huawei'));
    expect(hit?.explanation.transliterations[0]).toBe('zh→en: 华为技术有限公司 → 华为=huawei (trade) / 技术=technology (industry) / 有限公司=co ltd (legal)');
    const text = hit === undefined ? '' : formatExplanation(hit);
    expect(text).toContain('huawei technology co ltd');
    expect(text).toContain('[industry word (equivalent)]');
  });

  it('reads traditional characters like simplified ones', () => {
    expect(hitsFor('華為技術有限公司', ['us-dod-1260h'])[0]).toMatchObject({ entityId: 'us-dod-1260h:huawei', score: 1 });
  });

  it('does not let a sibling sharing only the trade name reach the threshold', () => {
    const sibling = hitsFor('华为技术有限公司', ['us-dod-1260h']).find((h) => h.entityId === 'us-dod-1260h:huawei-holding');
    expect(sibling?.score ?? 0).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it.each([
    ['华阳技术有限公司', 'huawei'],
    ['浙江大立科技股份有限公司', 'dahua'],
    ['杭州宇航科技股份有限公司', 'unitree'],
    ['厦门市美亚中星电子科技有限公司', 'meiya'],
    ['深圳市百旺科技有限公司', 'dji-baiwang'],
  ])('an unrelated company with the same place, industry word and legal form (%s) stays below the threshold', (query) => {
    for (const hit of hitsFor(query, ['us-dod-1260h', 'zh'])) expect(hit.score, `${query} ~ ${hit.matchedName}`).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

describe('pinyin and English queries', () => {
  it.each(['Huawei Jishu Youxian Gongsi', 'Hua Wei Ji Shu You Xian Gong Si', 'Huáwéi Jìshù Yǒuxiàn Gōngsī', 'HUAWEI TECHNOLOGIES CO LTD'])(
    '%s finds the English listing and the Chinese one',
    (query) => {
      const ids = screen(index, { name: query }).map((h) => h.entityId);
      expect(ids.slice(0, 2).sort()).toEqual(['us-dod-1260h:huawei', 'zh:huawei']);
    },
  );

  it('an English query finds a party listed only under its Chinese name', () => {
    for (const [ref, en] of LISTED) {
      const hit = hitsFor(en, ['zh'])[0];
      expect(hit?.entityId, en).toBe(`zh:${ref}`);
      expect(hit?.score ?? 0, en).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    }
    const short = hitsFor('Huawei Technologies', ['zh'])[0];
    expect(short?.entityId).toBe('zh:huawei');
    expect(short?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});
