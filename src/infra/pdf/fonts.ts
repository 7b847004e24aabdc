/**
 * The fonts the licence and certificate PDFs are set in. Chinese and English text share one CJK
 * font (Noto Sans CJK SC covers Latin too), taken from Debian's `fonts-noto-cjk` package unless
 * `EXPORTCTL_CJK_FONT` names another file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors.ts';

/** One face of a font file; `family` is the PostScript name of the face inside a .ttc collection. */
export interface FontFace {
  path: string;
  family: string | undefined;
}

export interface CjkFonts {
  regular: FontFace;
  bold: FontFace;
}

export const CJK_FONT_ENV = 'EXPORTCTL_CJK_FONT';
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

export const DEFAULT_CJK_FONT: FontFace = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' };
export const DEFAULT_CJK_BOLD_FONT: FontFace = { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', family: 'NotoSansCJKsc-Bold' };

const isCollection = (file: string): boolean => path.extname(file).toLowerCase() === '.ttc';

/**
 * Reads `EXPORTCTL_CJK_FONT`: a font file path, with `#Face` appended when the file is a .ttc
 * collection (e.g. `/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#WenQuanYiMicroHei`).
 */
function parseOverride(value: string): FontFace {
  const hash = value.lastIndexOf('#');
  const file = hash >= 0 ? value.slice(0, hash) : value;
  const family = hash >= 0 ? value.slice(hash + 1).trim() || undefined : undefined;
  if (isCollection(file) && family === undefined)
    throw new AppError('INVALID_INPUT', `${CJK_FONT_ENV}="${value}" names a font collection (.ttc); append the face to use, e.g. "${file}#NotoSansCJKsc-Regular"`, {
      location: { field: CJK_FONT_ENV },
    });
  return { path: file, family };
}

/**
 * Finds the CJK fonts. With `EXPORTCTL_CJK_FONT` set, that one face serves for regular and bold
 * text; otherwise Noto Sans CJK SC Regular and Bold from `fonts-noto-cjk` are used. A missing file
 * is an UNAVAILABLE error naming the path and how to install it.
 */
export function locateCjkFonts(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = fs.existsSync): CjkFonts {
  const override = env[CJK_FONT_ENV]?.trim();
  if (override) {
    const face = parseOverride(override);
    if (!exists(face.path)) throw new AppError('UNAVAILABLE', `the CJK font file ${face.path} named by ${CJK_FONT_ENV} does not exist`, { details: { path: face.path } });
    return { regular: face, bold: face };
  }
  if (!exists(DEFAULT_CJK_FONT.path))
    throw new AppError(
      'UNAVAILABLE',
      `the CJK font ${DEFAULT_CJK_FONT.path} is missing: install the Debian package ${CJK_FONT_PACKAGE} (apt-get install ${CJK_FONT_PACKAGE}) or set ${CJK_FONT_ENV} to a font file with Chinese glyphs`,
      { details: { path: DEFAULT_CJK_FONT.path, package: CJK_FONT_PACKAGE } },
    );
  return { regular: DEFAULT_CJK_FONT, bold: exists(DEFAULT_CJK_BOLD_FONT.path) ? DEFAULT_CJK_BOLD_FONT : DEFAULT_CJK_FONT };
}

const fontBytes = new Map<string, Buffer>();

/** The bytes of a font file, read once per process (CJK collections are tens of megabytes). */
export function readFontFile(file: string): Buffer {
  let bytes = fontBytes.get(file);
  if (!bytes) {
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new AppError('UNAVAILABLE', `the font file ${file} cannot be read`, { cause: e, details: { path: file } });
    }
    fontBytes.set(file, bytes);
  }
  return bytes;
}
