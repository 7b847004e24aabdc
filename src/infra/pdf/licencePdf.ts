/**
 * The dual-use items export licence as a PDF: Chinese first with English beneath, A4, with a QR
 * code that opens the licence's verification page. The renderer prints the licence as issued by
 * the licensing domain (number, verification code, validity, limits and remaining balances); it
 * decides nothing itself.
 */
import { z } from 'zod';
import { GENERAL_LICENCE_MAX_VALIDITY, INDIVIDUAL_LICENCE_MAX_VALIDITY, type LegalPeriod } from '../../domain/licensing/legalFacts.ts';
import { basisLine, LICENCE_NOTES } from './formWording.ts';
import { type Cell, type Column, en, FormLayout, GREY, label, zh, both } from './layout.ts';
import { createPdfDocument, finishPdf } from './pdfDocument.ts';
import { type Bilingual, BilingualZ, CountryZ, formatMoney, formatQuantity, IsoDateZ, ItemLineZ, licenceVerificationUrl, parsePdfInput, PartyZ } from './pdfInput.ts';
import { partyCell } from './partyCell.ts';
import { drawQrCode } from './qrCode.ts';
import type { CjkFonts } from './fonts.ts';

export const LicenceItemZ = ItemLineZ.extend({
  /** What remains of the quantity and value limits after the shipments recorded so far. */
  remaining: z.object({ quantity: z.number().nonnegative(), value: z.number().nonnegative() }),
});

export const LicencePdfInputZ = z
  .object({
    licenceNumber: z.string().trim().min(1).max(40),
    verificationCode: z.string().trim().min(1).max(40),
    /** Regs Art. 15: an individual (单项) or general (通用) licence. */
    form: z.enum(['individual', 'general']),
    exporter: PartyZ,
    importer: PartyZ,
    endUsers: z.array(PartyZ).min(1),
    endUse: BilingualZ,
    destination: CountryZ,
    validFrom: IsoDateZ,
    /** The last day the licence is valid (inclusive). */
    validTo: IsoDateZ,
    items: z.array(LicenceItemZ).min(1),
    /** The date the remaining balances were computed on; the issue date when absent. */
    balanceAsOf: IsoDateZ.optional(),
    conditions: z.array(BilingualZ).default([]),
    issuingAuthority: BilingualZ,
    issueDate: IsoDateZ,
    /** Public base address of the verification service, e.g. https://exportctl.example.org */
    verificationBaseUrl: z.url({ protocol: /^https?$/ }),
    /** Marks the PDF "样本 SPECIMEN" on every page. */
    specimen: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: `the licence ends (${v.validTo}) before it starts (${v.validFrom})` });
  });
export type LicencePdfInput = z.input<typeof LicencePdfInputZ>;
type Licence = z.infer<typeof LicencePdfInputZ>;

export const LICENCE_TITLE: Bilingual = { zh: '两用物项出口许可证', en: 'Dual-use Items Export Licence' };

const FORMS: Record<Licence['form'], { name: Bilingual; period: LegalPeriod }> = {
  individual: { name: { zh: '单项许可', en: 'Individual licence' }, period: INDIVIDUAL_LICENCE_MAX_VALIDITY },
  general: { name: { zh: '通用许可', en: 'General licence' }, period: GENERAL_LICENCE_MAX_VALIDITY },
};

/** Where the QR code sits on page 1 of the A4 licence (points from the top-left corner, quiet zone included). */
export const LICENCE_QR_BOX = { x: 461, y: 40, size: 92 } as const;

const L = (zhText: string, enText: string): Bilingual => ({ zh: zhText, en: enText });

function header(f: FormLayout, lic: Licence, url: string): void {
  const { doc } = f;
  const qr = LICENCE_QR_BOX;
  drawQrCode(doc, url, qr.x, qr.y, qr.size);
  f.drawCell([zh('扫码核验', { size: 7, align: 'center' }), en('Scan to verify', { size: 6.5, align: 'center' })], qr.x, qr.y + qr.size - 4, qr.size);

  const textWidth = f.width - LICENCE_QR_BOX.size - 10;
  f.drawCell([zh(lic.issuingAuthority.zh, { bold: true, size: 10.5 }), en(lic.issuingAuthority.en, { size: 8 })], f.left, f.y, textWidth);
  f.y += 38;
  f.drawCell([zh(LICENCE_TITLE.zh, { bold: true, size: 21, align: 'center' }), en(LICENCE_TITLE.en, { bold: true, size: 12.5, color: '#222222', align: 'center' })], f.left + 40, f.y, textWidth - 40);
  f.y = Math.max(f.y + 52, qr.y + qr.size + 22);
}

function validityCell(lic: Licence): Cell {
  const { period } = FORMS[lic.form];
  const c = period.citation;
  return [
    zh(`${lic.validFrom} 至 ${lic.validTo}`, { bold: true }),
    en(`from ${lic.validFrom} to ${lic.validTo} (both days included)`),
    zh(`${period.titleZh}（${c.instrument.zh} ${c.article}）`, { size: 7.5, color: GREY }),
    en(`${period.titleEn} (${c.instrument.en} ${c.article})`, { size: 7 }),
  ];
}

function itemsTable(f: FormLayout, lic: Licence, title: Bilingual): void {
  const w = f.width;
  const widths = [0.06, 0.15, 0.32, 0.15, 0.16].map((p) => Math.floor(w * p));
  const columns: Column[] = [
    { width: widths[0] ?? 0, align: 'center' },
    { width: widths[1] ?? 0 },
    { width: widths[2] ?? 0 },
    { width: widths[3] ?? 0, align: 'right' },
    { width: widths[4] ?? 0, align: 'right' },
    { width: w - widths.reduce((a, b) => a + b, 0), align: 'right' },
  ];
  const head: Cell[] = [
    label(L('序号', 'No.')),
    label(L('管制编码', 'Control code / HS ref.')),
    label(L('物项名称', 'Description')),
    label(L('许可数量', 'Quantity limit')),
    label(L('许可金额', 'Value limit')),
    label(L('剩余数量 / 金额', 'Remaining qty / value')),
  ];
  const rows = lic.items.map((it): Cell[] => [
    [zh(String(it.lineNo))],
    [zh(it.controlCode, { bold: true }), en(it.hsCode ? `HS ${it.hsCode}` : 'HS —')],
    both(it.description),
    [zh(formatQuantity(it.quantity, it.unit))],
    [zh(formatMoney(it.value, it.currency))],
    [zh(formatQuantity(it.remaining.quantity, it.unit)), zh(formatMoney(it.remaining.value, it.currency))],
  ]);
  f.heading(title, f.tableLeadHeight(head, rows, columns));
  f.table(head, rows, columns);
  const asOf = lic.balanceAsOf ?? lic.issueDate;
  f.space(2);
  f.paragraph([en(`剩余数量及金额截至 ${asOf}。 Remaining quantities and values as of ${asOf}.`, { size: 7.5 })]);
}

function numbered(f: FormLayout, entries: readonly Bilingual[], basis?: (i: number) => Bilingual | undefined): void {
  entries.forEach((e, i) => {
    const b = basis?.(i);
    const cell: Cell = [zh(`${i + 1}. ${e.zh}`), en(e.en, { size: 8 }), ...(b ? [en(`（${b.zh}）  (${b.en})`, { size: 6.8, color: '#666666' })] : [])];
    f.paragraph(cell, 4, 4);
  });
}

function signatureBlock(f: FormLayout, lic: Licence): void {
  const h = 86;
  f.ensureSpace(h + 10);
  f.space(8);
  const boxW = 230;
  const x = f.left + f.width - boxW;
  f.doc.save().rect(x, f.y, boxW, h).lineWidth(0.5).strokeColor('#8c8c8c').stroke().restore();
  f.drawCell(
    [zh('发证机关（盖章）', { bold: true, size: 9 }), en('Issuing authority (seal)', { size: 7.5 }), zh(lic.issuingAuthority.zh, { size: 9 }), en(lic.issuingAuthority.en, { size: 7.5 })],
    x + 6,
    f.y + 5,
    boxW - 12,
  );
  f.drawCell([zh(`签发日期 ${lic.issueDate}`, { size: 9 }), en(`Date of issue ${lic.issueDate}`, { size: 7.5 })], x + 6, f.y + h - 28, boxW - 12);
  f.y += h;
}

/** Renders a licence; the same input gives the same bytes. */
export async function renderLicencePdf(input: LicencePdfInput, fonts?: CjkFonts): Promise<Buffer> {
  const lic = parsePdfInput(LicencePdfInputZ, input, 'licence');
  const url = licenceVerificationUrl(lic.verificationBaseUrl, lic.licenceNumber, lic.verificationCode);
  const doc = createPdfDocument(
    { title: `${LICENCE_TITLE.zh} ${LICENCE_TITLE.en} ${lic.licenceNumber}`, subject: `${lic.exporter.name.zh ?? lic.exporter.name.en ?? ''} → ${lic.destination.en}`, author: lic.issuingAuthority.en, createdOn: lic.issueDate },
    fonts,
  );
  const f = new FormLayout(doc);
  header(f, lic, url);

  const form = FORMS[lic.form].name;
  f.fields([
    [
      [L('许可证号', 'Licence No.'), [zh(lic.licenceNumber, { bold: true, size: 11 })]],
      [L('核验码', 'Verification code'), [zh(lic.verificationCode, { bold: true, size: 11 })]],
    ],
    [
      [L('许可形式', 'Form of licence'), both(form)],
      [L('签发日期', 'Date of issue'), [zh(lic.issueDate)]],
    ],
    [[L('有效期', 'Validity'), validityCell(lic)]],
  ]);

  f.heading(L('一、当事方与最终用途', '1. Parties and end use'));
  f.fields([
    [[L('出口经营者', 'Exporter'), partyCell(lic.exporter)]],
    [[L('进口商', 'Importer'), partyCell(lic.importer)]],
    ...lic.endUsers.map((u, i): [Bilingual, Cell][] => [[lic.endUsers.length > 1 ? L(`最终用户 ${i + 1}`, `End user ${i + 1}`) : L('最终用户', 'End user'), partyCell(u)]]),
    [[L('目的国家（地区）', 'Destination'), [zh(`${lic.destination.zh}（${lic.destination.code}）`), en(`${lic.destination.en} (${lic.destination.code})`)]]],
    [[L('最终用途', 'End use'), both(lic.endUse)]],
  ]);

  itemsTable(f, lic, L('二、许可物项', '2. Licensed items'));

  f.heading(L('三、许可条件', '3. Conditions and provisos'));
  if (lic.conditions.length === 0) f.paragraph([zh('无'), en('None')], 4);
  else numbered(f, lic.conditions);

  f.heading(L('四、出口经营者须知', '4. Notes to the exporter'));
  numbered(f, LICENCE_NOTES, (i) => {
    const w = LICENCE_NOTES[i];
    return w ? basisLine(w) : undefined;
  });

  f.heading(L('五、核验', '5. Verification'));
  f.paragraph([zh('扫描右上角二维码，或访问以下网址并输入核验码，可核验本许可证的真实性和当前状态：'), en('Scan the QR code at the top right, or open the address below, to verify that this licence is genuine and see its current status:'), zh(url, { size: 8.5 })], 4);

  signatureBlock(f, lic);
  return finishPdf(doc, { footerLeft: `${LICENCE_TITLE.zh} ${lic.licenceNumber}`, specimen: lic.specimen });
}
