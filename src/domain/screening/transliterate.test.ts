import { describe, expect, it } from 'vitest';
import { chinesePersonPinyin, pinyinSyllables, scriptsOf, transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('reads simplified and traditional Chinese as the same pinyin', () => {
    expect(pinyinSyllables('电子科技')).toEqual(['dian', 'zi', 'ke', 'ji']);
    expect(pinyinSyllables('電子科技')).toEqual(['dian', 'zi', 'ke', 'ji']);
  });
  it('writes Chinese personal names as English-language lists do', () => {
    expect(chinesePersonPinyin('习近平')).toBe('xi jinping');
    expect(chinesePersonPinyin('欧阳修文')).toBe('ouyang xiuwen');
  });
  it('gives the Russian variants lists use (ks → x, -iy → -y)', () => {
    const texts = transliterate('Рособоронэкспорт').map((t) => t.text);
    expect(texts).toContain('rosoboroneksport');
    expect(texts).toContain('rosoboronexport');
    expect(transliterate('Дмитрий').map((t) => t.text)).toContain('dmitry');
  });
  it('romanises Korean with a McCune–Reischauer-like variant and customary surnames', () => {
    expect(transliterate('김정은').map((t) => t.text)).toEqual(['gim jeongeun', 'kim jongun']);
  });
  it('notes what it did', () => {
    expect(transliterate('李明')[0]?.note).toBe('zh→pinyin: 李明 → li ming');
  });
  it('detects scripts and returns nothing for Latin', () => {
    expect(scriptsOf('Müller')).toEqual([]);
    expect(scriptsOf('محمد')).toEqual(['arabic']);
    expect(transliterate('Müller')).toEqual([]);
  });
});
