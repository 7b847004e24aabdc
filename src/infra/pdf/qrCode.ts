/**
 * QR codes drawn as vector squares (no raster image): the module matrix comes from `qrcode`, and
 * each horizontal run of dark modules becomes one rectangle.
 */
import QRCode from 'qrcode';

/** Error correction M (15 %): survives a crease or a stamp over a printed licence. */
export const QR_ERROR_CORRECTION = 'M';
/** The light border a reader needs around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const { size } = qr.modules;
  return { size, dark: (row, col) => qr.modules.get(row, col) !== 0 };
}

/**
 * Draws the QR code of `text` with its top-left corner (quiet zone included) at (x, y), `size`
 * points square. Returns the matrix drawn.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): QrMatrix {
  const m = qrMatrix(text);
  const module = size / (m.size + 2 * QR_QUIET_ZONE);
  const ox = x + QR_QUIET_ZONE * module;
  const oy = y + QR_QUIET_ZONE * module;
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < m.size; row++) {
    let col = 0;
    while (col < m.size) {
      if (!m.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < m.size && m.dark(row, col)) col++;
      doc.rect(ox + start * module, oy + row * module, (col - start) * module, module);
    }
  }
  doc.fill('#000000');
  doc.restore();
  return m;
}
