import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { renderEndUserCertificatePdf } from './certificatePdf.ts';
import { exampleCertificate } from './examples.ts';
import { END_USER_UNDERTAKINGS, GOVERNMENT_AUTHENTICATION } from './formWording.ts';
import { darkShare, hasPoppler, pageGray, pagePng, pdfText, pngSize, squeeze } from './popplerTestSupport.ts';

const input = { ...exampleCertificate(), specimen: false };

describe('renderEndUserCertificatePdf input', () => {
  it('needs the end user contact person who signs, naming the field', async () => {
    const err = await renderEndUserCertificatePdf({ ...input, endUser: { ...input.endUser, contact: { phone: '+49 000' } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INVALID_INPUT');
    expect((err as AppError).message).toContain('field "endUser.contact"');
  });

  it('needs at least one item line', async () => {
    const err = await renderEndUserCertificatePdf({ ...input, items: [] }).catch((e: unknown) => e);
    expect((err as AppError).message).toContain('field "items"');
  });

  it('the undertakings rest on ECL Art. 16 and Regs Art. 24–26', () => {
    const articles = END_USER_UNDERTAKINGS.flatMap((u) => u.basis.map((b) => `${b.instrument.en} ${b.article}`));
    expect(articles).toEqual(expect.arrayContaining(['Export Control Law Art. 16 ¶1', 'Regulations on Export Control of Dual-use Items Art. 24 ¶2', 'Regulations on Export Control of Dual-use Items Art. 25', 'Regulations on Export Control of Dual-use Items Art. 26 ¶1']));
  });
});

describe.skipIf(!hasPoppler())('renderEndUserCertificatePdf output (poppler)', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderEndUserCertificatePdf(input);
    text = squeeze(pdfText(pdf));
  });

  it('carries the title and the purpose with its articles in Chinese and English', () => {
    for (const s of ['最终用户和最终用途证明', 'End-User and End-Use Certificate', 'EUC-EXAMPLE-2025-017', '2025-02-14', '本证明由最终用户出具', 'Export Control Law Art. 15']) expect(text).toContain(squeeze(s));
  });

  it('is pre-filled with the parties, items, quantities, end use and site of use', () => {
    for (const s of [
      'Beispiel Glasveredelung GmbH (example)',
      'Erika Mustermann, Managing Director',
      'e.mustermann@example.de',
      'Muster Chemiehandel AG (example)',
      '江苏示例精细化工有限公司',
      '1C350.g',
      '氟化氢铵',
      '2,000 kg',
      '500 kg',
      '12 pcs',
      'EUR 9,480.00',
      'JS-BG-2025-004',
      '建筑玻璃的化学蚀刻',
      'Chemical etching and frosting of architectural glass',
      'Werk 2, Industriestraße 5',
    ])
      expect(text).toContain(squeeze(s));
  });

  it('prints every undertaking in both languages with its articles', () => {
    for (const u of END_USER_UNDERTAKINGS) {
      expect(text).toContain(squeeze(u.zh));
      expect(text).toContain(squeeze(u.en));
    }
    for (const s of ['不向任何第三方转让', '不用于设计、开发、生产或者使用大规模杀伤性武器及其运载工具', 'not be transferred to any third party', '出口管制法 Art. 16 ¶1', 'Regulations on Export Control of Dual-use Items Art. 26 ¶1'])
      expect(text).toContain(squeeze(s));
  });

  it('has signature and seal blocks for the end user', () => {
    for (const s of ['最终用户法定代表人或授权代表签字', "Signature of the end user's legal or authorised representative", '最终用户盖章', 'Seal of the end user']) expect(text).toContain(squeeze(s));
  });

  it('has the government authentication block when it is required, and not otherwise', async () => {
    expect(text).toContain(squeeze(GOVERNMENT_AUTHENTICATION.zh));
    expect(text).toContain(squeeze('Authentication by the government of the end user'));
    expect(text).toContain(squeeze('认证机构印章'));
    const without = squeeze(pdfText(await renderEndUserCertificatePdf({ ...input, governmentAuthenticationRequired: false, importer: undefined })));
    expect(without).not.toContain(squeeze(GOVERNMENT_AUTHENTICATION.zh));
    expect(without).not.toContain(squeeze('认证机构印章'));
    expect(without).toContain(squeeze('同最终用户'));
    expect(without).toContain(squeeze('The end user is the importer'));
  });

  it('renders page 1 as a non-blank A4 image', () => {
    const size = pngSize(pagePng(pdf, 1, 60));
    expect(Math.abs(size.width - 496)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - 702)).toBeLessThanOrEqual(1);
    const share = darkShare(pageGray(pdf, 1, 30));
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.4);
  });
});
