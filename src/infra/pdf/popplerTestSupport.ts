/**
 * Test helpers over poppler-utils: the text of a PDF (`pdftotext -layout`) and its pages as
 * images (`pdftoppm`). CI installs poppler-utils; tests skip when it is absent locally.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const hasPoppler = (): boolean => spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;

function run(cmd: string, args: readonly string[], input?: Buffer): Buffer {
  const r = spawnSync(cmd, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return r.stdout;
}

/** The text of every page, laid out as on the page. */
export const pdfText = (pdf: Buffer): string => run('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], pdf).toString('utf8');

/** The text with all white space removed, for finding phrases that wrap across lines. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

export const pageCount = (pdf: Buffer): number => {
  const m = /Pages:\s+(\d+)/.exec(run('pdfinfo', ['-'], pdf).toString('utf8'));
  return m ? Number(m[1]) : 0;
};

function withTempPdf<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `page` as PNG bytes at `dpi`. */
export const pagePng = (pdf: Buffer, page: number, dpi: number): Buffer =>
  withTempPdf(pdf, (file, dir) => {
    run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'page')]);
    return fs.readFileSync(path.join(dir, 'page.png'));
  });

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface GrayImage {
  width: number;
  height: number;
  /** 0 = black … 255 = white, row by row. */
  pixels: Buffer;
}

/** Page `page` (or a crop of it, in pixels at `dpi`) as a grayscale image. */
export const pageGray = (pdf: Buffer, page: number, dpi: number, crop?: { x: number; y: number; width: number; height: number }): GrayImage =>
  withTempPdf(pdf, (file, dir) => {
    const cropArgs = crop ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.width), '-H', String(crop.height)] : [];
    run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', ...cropArgs, file, path.join(dir, 'page')]);
    return parsePgm(fs.readFileSync(path.join(dir, 'page.pgm')));
  });

/** Parses a binary (P5) PGM with 8-bit samples, as pdftoppm -gray writes it. */
export function parsePgm(bytes: Buffer): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString('latin1', 0, 64));
  if (!header || header[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** The share of pixels darker than mid-grey. */
export const darkShare = (img: GrayImage): number => {
  let dark = 0;
  for (const p of img.pixels) if (p < 128) dark++;
  return dark / img.pixels.length;
};
