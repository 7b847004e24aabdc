import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { CJK_FONT_ENV, DEFAULT_CJK_BOLD_FONT, DEFAULT_CJK_FONT, locateCjkFonts } from './fonts.ts';

const only = (...files: string[]) => (f: string) => files.includes(f);

describe('locateCjkFonts', () => {
  it('uses Noto Sans CJK SC regular and bold from fonts-noto-cjk', () => {
    expect(locateCjkFonts({}, only(DEFAULT_CJK_FONT.path, DEFAULT_CJK_BOLD_FONT.path))).toEqual({ regular: DEFAULT_CJK_FONT, bold: DEFAULT_CJK_BOLD_FONT });
    expect(DEFAULT_CJK_FONT.family).toBe('NotoSansCJKsc-Regular');
  });

  it('sets bold text in the regular face when the bold file is missing', () => {
    expect(locateCjkFonts({}, only(DEFAULT_CJK_FONT.path)).bold).toEqual(DEFAULT_CJK_FONT);
  });

  it('fails UNAVAILABLE naming the path and the Debian package when the font is missing', () => {
    const err = (() => {
      try {
        locateCjkFonts({}, only());
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('UNAVAILABLE');
    expect((err as AppError).message).toContain(DEFAULT_CJK_FONT.path);
    expect((err as AppError).message).toContain('fonts-noto-cjk');
  });

  it('takes EXPORTCTL_CJK_FONT, with #Face for a collection', () => {
    expect(locateCjkFonts({ [CJK_FONT_ENV]: '/fonts/x.ttc#WenQuanYiMicroHei' }, only('/fonts/x.ttc'))).toEqual({
      regular: { path: '/fonts/x.ttc', family: 'WenQuanYiMicroHei' },
      bold: { path: '/fonts/x.ttc', family: 'WenQuanYiMicroHei' },
    });
    expect(locateCjkFonts({ [CJK_FONT_ENV]: '/fonts/y.ttf' }, only('/fonts/y.ttf')).regular).toEqual({ path: '/fonts/y.ttf', family: undefined });
  });

  it('rejects an override that is missing or a collection without a face', () => {
    expect(() => locateCjkFonts({ [CJK_FONT_ENV]: '/fonts/none.ttf' }, only())).toThrow(/does not exist/);
    expect(() => locateCjkFonts({ [CJK_FONT_ENV]: '/fonts/x.ttc' }, only('/fonts/x.ttc'))).toThrow(/append the face/);
  });
});
