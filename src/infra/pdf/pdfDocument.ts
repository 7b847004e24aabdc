/**
 * An A4 PDFKit document set up for the bilingual forms: the CJK fonts registered, the metadata
 * and creation date taken from the input (never the clock, so the same input gives the same
 * bytes), and a finishing pass that prints page numbers and, for specimens, a watermark.
 */
import PDFDocument from 'pdfkit';
import { AppError } from '../../domain/errors.ts';
import { type CjkFonts, type FontFace, locateCjkFonts, readFontFile } from './fonts.ts';

export const FONT_REGULAR = 'cjk-regular';
export const FONT_BOLD = 'cjk-bold';

export const PAGE_MARGIN = { top: 46, bottom: 58, left: 50, right: 50 } as const;

export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
  /** ISO date (YYYY-MM-DD) recorded as the document's creation date, at 00:00 UTC. */
  createdOn: string;
}

function registerFace(doc: PDFKit.PDFDocument, name: string, face: FontFace): void {
  try {
    doc.registerFont(name, readFontFile(face.path), face.family);
    doc.font(name);
  } catch (e) {
    if (e instanceof AppError) throw e;
    const which = face.family ? `face "${face.family}" of ${face.path}` : face.path;
    throw new AppError('UNAVAILABLE', `the font ${which} cannot be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e, details: { path: face.path } });
  }
}

export function createPdfDocument(meta: PdfMeta, fonts: CjkFonts = locateCjkFonts()): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...PAGE_MARGIN },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: meta.title, Subject: meta.subject, Author: meta.author, Creator: 'exportctl', Producer: 'exportctl (PDFKit)', CreationDate: new Date(`${meta.createdOn}T00:00:00Z`) },
  });
  registerFace(doc, FONT_BOLD, fonts.bold);
  registerFace(doc, FONT_REGULAR, fonts.regular);
  return doc;
}

export interface FinishOptions {
  /** The text at the bottom left of every page (e.g. the document number). */
  footerLeft: string;
  /** Print a diagonal "样本 SPECIMEN" mark on every page. */
  specimen?: boolean;
}

/** Prints "第 n 页 共 m 页 / Page n of m" and the footer on every page, then returns the bytes. */
export function finishPdf(doc: PDFKit.PDFDocument, opts: FinishOptions): Promise<Buffer> {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const page = doc.page;
    // Text below the bottom margin would otherwise start a new page.
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    const y = page.height - 38;
    const width = page.width - PAGE_MARGIN.left - PAGE_MARGIN.right;
    doc.save().moveTo(PAGE_MARGIN.left, y - 6).lineTo(page.width - PAGE_MARGIN.right, y - 6).lineWidth(0.5).strokeColor('#999999').stroke().restore();
    doc.font(FONT_REGULAR).fontSize(7.5).fillColor('#555555');
    doc.text(opts.footerLeft, PAGE_MARGIN.left, y, { width: width / 2, lineBreak: false });
    const n = i - range.start + 1;
    doc.text(`第 ${n} 页 共 ${range.count} 页  Page ${n} of ${range.count}`, PAGE_MARGIN.left + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    if (opts.specimen) {
      doc.font(FONT_BOLD).fontSize(7.5).fillColor('#c00000');
      doc.text('样本 SPECIMEN', PAGE_MARGIN.left + width / 2 - 60, y, { width: 120, align: 'center', lineBreak: false });
      doc.save().fillOpacity(0.1).fillColor('#c00000').font(FONT_BOLD).fontSize(64);
      doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
      doc.text('样本 SPECIMEN', 0, page.height / 2 - 40, { width: page.width, align: 'center', lineBreak: false });
      doc.restore();
    }
    page.margins.bottom = bottom;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
