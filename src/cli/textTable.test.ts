import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, truncate } from './textTable.ts';

describe('textTable', () => {
  it('counts Chinese characters as two cells', () => {
    expect(displayWidth('华为技术有限公司')).toBe(16);
    expect(displayWidth('Lǐ Fāngwěi')).toBe(10);
    expect(displayWidth('Рособоронэкспорт')).toBe(16);
  });

  it('aligns columns with mixed scripts', () => {
    const t = renderTable(['NAME', 'SCORE'], [['华为', '0.97'], ['HUAWEI', '1.00']], { rightAlign: [1] });
    expect(t.split('\n')).toEqual(['NAME    SCORE', '华为     0.97', 'HUAWEI   1.00']);
  });

  it('truncates to a width with an ellipsis', () => {
    expect(truncate('BANCO NACIONAL DE CUBA', 10)).toBe('BANCO NAC…');
    expect(displayWidth(truncate('中华人民共和国商务部', 7))).toBeLessThanOrEqual(7);
  });
});
