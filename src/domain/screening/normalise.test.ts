import { describe, expect, it } from 'vitest';
import { foldText, reorderLastFirst } from './normalise.ts';

describe('foldText', () => {
  it('applies NFKC, folds case and diacritics, drops joining apostrophes and collapses punctuation', () => {
    expect(foldText('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(foldText("Xi'an  Co., Ltd.")).toBe('xian co ltd');
    expect(foldText('Ｆｕｌｌｗｉｄｔｈ ＬＴＤ')).toBe('fullwidth ltd');
    expect(foldText('Straße Łódź Ørsted')).toBe('strasse lodz orsted');
  });
  it('keeps non-Latin letters (transliteration comes later)', () => {
    expect(foldText('ООО «Ромашка»')).toBe('ооо ромашка');
  });
});

describe('reorderLastFirst', () => {
  const never = () => false;
  it('turns "LAST, First" into "First LAST"', () => {
    expect(reorderLastFirst('PUTIN, Vladimir Vladimirovich', never)).toBe('Vladimir Vladimirovich PUTIN');
  });
  it('leaves a company suffix after the comma alone', () => {
    expect(reorderLastFirst('Acme, Inc.', (t) => t === 'Inc.')).toBe('Acme, Inc.');
  });
});
