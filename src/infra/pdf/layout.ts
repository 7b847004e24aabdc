/**
 * A small layout kit for bilingual forms on PDFKit: stacked text runs (Chinese line, English line
 * beneath), bordered rows of cells that move to a new page as a whole, tables whose header row
 * repeats on each page, and section headings.
 */
import { FONT_BOLD, FONT_REGULAR } from './pdfDocument.ts';
import type { Bilingual } from './pdfInput.ts';

/** One piece of text in a cell; runs stack vertically and each wraps within the cell. */
export interface Run {
  text: string;
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}
export type Cell = readonly Run[];

export const INK = '#111111';
export const GREY = '#4a4a4a';
export const RULE = '#8c8c8c';
export const FILL = '#eef1f5';

/** Chinese (or primary) text. */
export const zh = (text: string, extra: Partial<Run> = {}): Run => ({ text, size: 9.5, color: INK, ...extra });
/** English text, printed beneath the Chinese. */
export const en = (text: string, extra: Partial<Run> = {}): Run => ({ text, size: 8, color: GREY, ...extra });
/** A bilingual label: Chinese in bold, English beneath. */
export const label = (b: Bilingual): Cell => [zh(b.zh, { bold: true, size: 8.5 }), en(b.en, { size: 7.5 })];
/** A bilingual value. */
export const both = (b: Bilingual, extra: Partial<Run> = {}): Cell => [zh(b.zh, extra), en(b.en, extra)];

export interface Column {
  width: number;
  fill?: string;
  align?: 'left' | 'center' | 'right';
}

const PAD_X = 4;
const PAD_Y = 3.5;
const RUN_GAP = 1.2;

export class FormLayout {
  readonly doc: PDFKit.PDFDocument;
  y: number;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.y = doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private setRun(run: Run): void {
    this.doc.font(run.bold ? FONT_BOLD : FONT_REGULAR).fontSize(run.size ?? 9.5);
  }

  /** The height a cell's runs take at a given width. */
  measure(cell: Cell, width: number): number {
    let h = 0;
    cell.forEach((run, i) => {
      if (run.text === '') return;
      this.setRun(run);
      h += this.doc.heightOfString(run.text, { width, lineGap: 0.6 }) + (i > 0 ? RUN_GAP : 0);
    });
    return h;
  }

  /** Draws a cell's runs from (x, y) within width. */
  drawCell(cell: Cell, x: number, y: number, width: number, align: 'left' | 'center' | 'right' = 'left'): void {
    let cy = y;
    cell.forEach((run, i) => {
      if (run.text === '') return;
      if (i > 0) cy += RUN_GAP;
      this.setRun(run);
      this.doc.fillColor(run.color ?? INK);
      this.doc.text(run.text, x, cy, { width, lineGap: 0.6, align: run.align ?? align });
      cy += this.doc.heightOfString(run.text, { width, lineGap: 0.6 });
    });
  }

  /** Starts a new page when `height` does not fit; returns true when it did. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
    return true;
  }

  space(h: number): void {
    this.y += h;
  }

  /** The height of a bordered row of cells. */
  rowHeight(cells: readonly Cell[], columns: readonly Column[]): number {
    let h = 0;
    cells.forEach((cell, i) => {
      const w = columns[i]?.width ?? 0;
      h = Math.max(h, this.measure(cell, w - 2 * PAD_X));
    });
    return h + 2 * PAD_Y;
  }

  /** Draws a bordered row at the cursor (the caller has made room) and moves the cursor below it. */
  drawRow(cells: readonly Cell[], columns: readonly Column[], height: number = this.rowHeight(cells, columns)): void {
    let x = this.left;
    columns.forEach((col, i) => {
      if (col.fill) this.doc.save().rect(x, this.y, col.width, height).fill(col.fill).restore();
      this.doc.save().rect(x, this.y, col.width, height).lineWidth(0.5).strokeColor(RULE).stroke().restore();
      const cell = cells[i];
      if (cell) this.drawCell(cell, x + PAD_X, this.y + PAD_Y, col.width - 2 * PAD_X, col.align);
      x += col.width;
    });
    this.y += height;
  }

  /** A bordered row kept whole: moves to a new page first when it does not fit. */
  row(cells: readonly Cell[], columns: readonly Column[]): void {
    const h = this.rowHeight(cells, columns);
    this.ensureSpace(h);
    this.drawRow(cells, columns, h);
  }

  /** Label/value rows; `pairs` label-value pairs per row share the width. */
  fields(rows: readonly (readonly [Bilingual, Cell])[][], labelWidth = 92): void {
    for (const row of rows) {
      const valueWidth = (this.width - labelWidth * row.length) / row.length;
      const columns: Column[] = row.flatMap(() => [{ width: labelWidth, fill: FILL }, { width: valueWidth }]);
      this.row(
        row.flatMap(([l, v]) => [label(l), v]),
        columns,
      );
    }
  }

  /** A table whose header row is repeated at the top of each page the table runs onto. */
  table(header: readonly Cell[], rows: readonly (readonly Cell[])[], columns: readonly Column[]): void {
    const headerColumns = columns.map((c) => ({ ...c, fill: FILL, align: 'center' as const }));
    const headerHeight = this.rowHeight(header, headerColumns);
    const first = rows[0];
    this.ensureSpace(headerHeight + (first ? this.rowHeight(first, columns) : 0));
    this.drawRow(header, headerColumns, headerHeight);
    for (const r of rows) {
      const h = this.rowHeight(r, columns);
      if (this.ensureSpace(h)) {
        this.ensureSpace(headerHeight + h);
        this.drawRow(header, headerColumns, headerHeight);
      }
      this.drawRow(r, columns, h);
    }
  }

  /** The height a table's header row and first body row take: what must follow its heading. */
  tableLeadHeight(header: readonly Cell[], rows: readonly (readonly Cell[])[], columns: readonly Column[]): number {
    const first = rows[0];
    return this.rowHeight(header, columns) + (first ? this.rowHeight(first, columns) : 0);
  }

  /**
   * A section heading: "一、许可事项" with the English beneath, on a shaded bar. It moves to a new
   * page unless `keepWith` points of what follows fit beneath it.
   */
  heading(title: Bilingual, keepWith = 48): void {
    const cell: Cell = [zh(title.zh, { bold: true, size: 10.5 }), en(title.en, { size: 8, bold: true })];
    const h = this.measure(cell, this.width - 2 * PAD_X) + 2 * PAD_Y;
    this.ensureSpace(h + 6 + keepWith);
    this.space(6);
    this.doc.save().rect(this.left, this.y, this.width, h).fill('#dde3ea').restore();
    this.drawCell(cell, this.left + PAD_X, this.y + PAD_Y, this.width - 2 * PAD_X);
    this.y += h;
  }

  /** Unbordered text across the width (or indented), kept whole on a page. */
  paragraph(cell: Cell, indent = 0, gapAfter = 3): void {
    const w = this.width - indent;
    const h = this.measure(cell, w);
    this.ensureSpace(h);
    this.drawCell(cell, this.left + indent, this.y, w);
    this.y += h + gapAfter;
  }
}
