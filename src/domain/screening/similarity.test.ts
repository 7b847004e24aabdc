import { describe, expect, it } from 'vitest';
import { jaroWinkler, levenshteinRatio, tokenSimilarity } from './similarity.ts';
import { consonantSkeleton, phoneticKey } from './phonetic.ts';

describe('similarity', () => {
  it('computes standard Jaro-Winkler', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
  it('computes the Levenshtein ratio', () => {
    expect(levenshteinRatio('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 6);
  });
  it('scores one edit in a long token as a variant and two in a mid-length one as another name', () => {
    expect(tokenSimilarity('scholze', 'scholz')).toBeGreaterThanOrEqual(0.85);
    expect(tokenSimilarity('federman', 'federer')).toBeLessThan(0.8);
    expect(tokenSimilarity('castillo', 'castro')).toBeLessThan(0.8);
  });
});

describe('phonetic keys', () => {
  it('merges transliteration spellings', () => {
    expect(phoneticKey('rosoboroneksport')).toBe(phoneticKey('rosoboronexport'));
    expect(phoneticKey('dmitriy')).toBe(phoneticKey('dmitry'));
    expect(phoneticKey('khaled')).toBe(phoneticKey('haled'));
  });
  it('reduces names to consonants for scripts without short vowels', () => {
    expect(consonantSkeleton('mohamed')).toBe('mhmd');
    expect(consonantSkeleton('mhmd')).toBe('mhmd');
    expect(consonantSkeleton('david')).toBe(consonantSkeleton('dvd'));
  });
});
