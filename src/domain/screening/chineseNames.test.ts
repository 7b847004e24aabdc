import { describe, expect, it } from 'vitest';
import { analyseChineseOrgName } from './chineseNames.ts';

describe('analyseChineseOrgName', () => {
  it('splits place / trade name / industry word / legal form', () => {
    expect(analyseChineseOrgName('成都嘉石科技有限公司')).toEqual([
      { zh: '成都', role: 'place', latin: 'chengdu', pinyin: 'chengdu' },
      { zh: '嘉石', role: 'trade', latin: 'jiashi', pinyin: 'jiashi' },
      { zh: '科技', role: 'industry', latin: 'technology', pinyin: 'keji' },
      { zh: '有限公司', role: 'legal', latin: 'co ltd', pinyin: 'youxiangongsi' },
    ]);
  });
  it('handles traditional characters, English place names and several industry words', () => {
    const parts = analyseChineseOrgName('中國電子科技集團公司');
    expect(parts?.map((p) => [p.role, p.latin])).toEqual([
      ['place', 'china'],
      ['industry', 'electronics'],
      ['industry', 'technology'],
      ['industry', 'group'],
      ['legal', 'co'],
    ]);
  });
  it('keeps province and city with their administrative suffix', () => {
    expect(analyseChineseOrgName('四川省成都市嘉石科技有限公司')?.slice(0, 2).map((p) => p.latin)).toEqual(['sichuan', 'chengdu']);
  });
  it('returns null for a name with no organisation structure or not in Chinese', () => {
    expect(analyseChineseOrgName('王伟')).toBeNull();
    expect(analyseChineseOrgName('Huawei')).toBeNull();
  });
});
