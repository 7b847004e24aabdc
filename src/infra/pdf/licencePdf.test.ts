import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { exampleLicence } from './examples.ts';
import { LICENCE_NOTES } from './formWording.ts';
import { LICENCE_QR_BOX, renderLicencePdf } from './licencePdf.ts';
import { licenceVerificationUrl } from './pdfInput.ts';
import { darkShare, hasPoppler, pageCount, pageGray, pagePng, pdfText, pngSize, squeeze } from './popplerTestSupport.ts';
import { QR_QUIET_ZONE, qrMatrix } from './qrCode.ts';

const input = { ...exampleLicence(), specimen: false };
const url = licenceVerificationUrl('https://exportctl.example.org', 'EX2025-320100-000123', 'K7QM-4D2P-9XWA');

describe('renderLicencePdf input', () => {
  it('builds the verification address from the base URL, number and code', () => {
    expect(licenceVerificationUrl('https://exportctl.example.org/', 'A/1 2', 'X&Y')).toBe('https://exportctl.example.org/api/licences/A%2F1%202/verify?code=X%26Y');
  });

  it('rejects a licence that ends before it starts, naming the field', async () => {
    const err = await renderLicencePdf({ ...input, validTo: '2025-03-01' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INVALID_INPUT');
    expect((err as AppError).message).toContain('field "validTo"');
    expect((err as AppError).message).toContain('before it starts');
  });

  it('rejects a malformed control code on an item line, naming the line', async () => {
    const items = input.items.map((it, i) => (i === 1 ? { ...it, controlCode: 'ABC' } : it));
    const err = await renderLicencePdf({ ...input, items }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('INVALID_INPUT');
    expect((err as AppError).message).toContain('field "items[1].controlCode"');
  });

  it('rejects a registration voucher: it is not a licence form', async () => {
    const err = await renderLicencePdf({ ...input, form: 'registration' as 'general' }).catch((e: unknown) => e);
    expect((err as AppError).message).toContain('field "form"');
  });
});

describe.skipIf(!hasPoppler())('renderLicencePdf output (poppler)', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderLicencePdf(input);
    text = squeeze(pdfText(pdf));
  });

  it('is a PDF with the same bytes for the same input', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await renderLicencePdf(input)).equals(pdf)).toBe(true);
  });

  it('carries the title, number, verification code, form and validity in Chinese and English', () => {
    for (const s of ['两用物项出口许可证', 'Dual-use Items Export Licence', 'EX2025-320100-000123', 'K7QM-4D2P-9XWA', '单项许可', 'Individual licence', '2025-03-10至2026-03-09', 'from2025-03-10to2026-03-09'])
      expect(text).toContain(squeeze(s));
    // the validity rule with its article, from the licensing domain's legal facts
    expect(text).toContain(squeeze('单项许可的有效期不超过1年'));
    expect(text).toContain(squeeze('Art. 15 ¶2'));
  });

  it('names the parties, destination and end use', () => {
    for (const s of ['江苏示例精细化工有限公司', 'Jiangsu Example Fine Chemicals Co., Ltd.', '91320100EXAMPLE001', 'Muster Chemiehandel AG (example)', 'Beispiel Glasveredelung GmbH (example)', 'Musterstraße 12', '德国', 'Germany (DE)', '建筑玻璃的化学蚀刻', 'Chemical etching and frosting of architectural glass'])
      expect(text).toContain(squeeze(s));
  });

  it('lists each item with control code, HS reference, limits and remaining balance', () => {
    for (const s of ['1C350.g', 'HS 2826191010', '氟化氢铵', 'Ammonium hydrogen fluoride', '2,000 kg', 'EUR 5,600.00', '1,200 kg', 'EUR 3,360.00', '1C350.c', '500 kg', 'EUR 1,250.50', '2B230', '12 pcs', 'EUR 9,480.00', '截至 2025-06-30', 'as of 2025-06-30'])
      expect(text).toContain(squeeze(s));
  });

  it('prints the conditions, the exporter notes with their articles, the authority and the verification address', () => {
    for (const s of ['不得经第三国转运', 'No transhipment through a third country', LICENCE_NOTES[0]?.zh ?? '', 'Art. 18 ¶1', '示例发证机关（样本）', '发证机关（盖章）', url]) expect(text).toContain(squeeze(s));
  });

  it('numbers its pages in both languages', () => {
    const n = pageCount(pdf);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(text).toContain(squeeze(`第 ${n} 页 共 ${n} 页 Page ${n} of ${n}`));
  });

  it('renders page 1 as a non-blank A4 image', () => {
    const png = pagePng(pdf, 1, 60);
    const size = pngSize(png); // A4 at 60 dpi: 496 × 702 (± rounding)
    expect(Math.abs(size.width - 496)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - 702)).toBeLessThanOrEqual(1);
    const gray = pageGray(pdf, 1, 30);
    const share = darkShare(gray);
    expect(share).toBeGreaterThan(0.01); // text, rules and the QR code
    expect(share).toBeLessThan(0.4);
  });

  it('draws a QR code whose modules are those of the verification address', () => {
    const dpi = 216;
    const k = dpi / 72;
    const m = qrMatrix(url);
    const box = LICENCE_QR_BOX;
    const img = pageGray(pdf, 1, dpi, { x: Math.round(box.x * k), y: Math.round(box.y * k), width: Math.round(box.size * k), height: Math.round(box.size * k) });
    const modulePx = (box.size * k) / (m.size + 2 * QR_QUIET_ZONE);
    let mismatches = 0;
    for (let r = 0; r < m.size; r++)
      for (let c = 0; c < m.size; c++) {
        const px = Math.floor((c + QR_QUIET_ZONE + 0.5) * modulePx);
        const py = Math.floor((r + QR_QUIET_ZONE + 0.5) * modulePx);
        const dark = (img.pixels[py * img.width + px] ?? 255) < 128;
        if (dark !== m.dark(r, c)) mismatches++;
      }
    expect(mismatches).toBe(0);
  });

  it('marks a specimen on every page', async () => {
    const specimenPdf = await renderLicencePdf({ ...input, specimen: true });
    const specimen = squeeze(pdfText(specimenPdf));
    const pages = pageCount(specimenPdf);
    expect(specimen.split('样本SPECIMEN').length - 1).toBe(pages);
    expect(text).not.toContain('SPECIMEN');
  });

  it('lists several end users of a general licence and repeats the table header on a new page', async () => {
    const many = input.items.flatMap((it) => Array.from({ length: 12 }, (_, j) => ({ ...it, lineNo: it.lineNo * 100 + j })));
    const general = await renderLicencePdf({ ...input, form: 'general', endUsers: [...input.endUsers, { ...input.importer, name: { en: 'Second End User GmbH (example)' } }], items: many });
    const t = pdfText(general);
    expect(squeeze(t)).toContain('通用许可');
    expect(squeeze(t)).toContain(squeeze('最终用户 2'));
    expect(squeeze(t)).toContain(squeeze('Second End User GmbH (example)'));
    expect(squeeze(t)).toContain(squeeze('有效期不超过3年'));
    const pages = t.split('\f').filter((p) => p.trim() !== '');
    const withHeader = pages.filter((p) => squeeze(p).includes(squeeze('剩余数量 / 金额')));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    expect(squeeze(t)).toContain('3112B230'); // the last item line
  });
});
