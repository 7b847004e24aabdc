/**
 * The end-user and end-use certificate (最终用户和最终用途证明) as a PDF form, pre-filled from the
 * transaction for the end user to sign and seal: Chinese first with English beneath, the end
 * user's undertakings (ECL Art. 16, Regs Art. 24–26), and a block for authentication by the end
 * user's government when the licensing authority asks for it (Regs Art. 24 ¶1).
 */
import { z } from 'zod';
import { basisLine, CERTIFICATE_PURPOSE, END_USER_DECLARATION, END_USER_UNDERTAKINGS, GOVERNMENT_AUTHENTICATION } from './formWording.ts';
import { type Cell, type Column, en, FormLayout, GREY, label, RULE, zh, both } from './layout.ts';
import { createPdfDocument, finishPdf } from './pdfDocument.ts';
import { type Bilingual, BilingualZ, ContactZ, CountryZ, formatMoney, formatQuantity, IsoDateZ, ItemLineZ, LocalisedZ, parsePdfInput, PartyZ } from './pdfInput.ts';
import { partyCell } from './partyCell.ts';
import type { CjkFonts } from './fonts.ts';

export const EndUserCertificatePdfInputZ = z.object({
  /** The exporter's reference for this certificate. */
  reference: z.string().trim().min(1).max(60),
  /** The date the form was pre-filled (also the PDF's creation date). */
  preparedOn: IsoDateZ,
  exporter: PartyZ,
  /** The end user signs the certificate, so its contact person is required. */
  endUser: PartyZ.extend({ contact: ContactZ.refine((c) => c.person !== undefined, "name the end user's contact person") }),
  /** The importer / consignee; absent when the end user imports the items itself. */
  importer: PartyZ.optional(),
  items: z.array(ItemLineZ).min(1),
  contractReference: z.string().trim().min(1).max(300).optional(),
  endUse: BilingualZ,
  siteOfUse: z.object({ address: LocalisedZ, country: CountryZ }),
  /** The licensing authority asked for the certificate to be authenticated by the end user's government. */
  governmentAuthenticationRequired: z.boolean(),
  /** Marks the PDF "样本 SPECIMEN" on every page. */
  specimen: z.boolean().default(false),
});
export type EndUserCertificatePdfInput = z.input<typeof EndUserCertificatePdfInputZ>;
type Certificate = z.infer<typeof EndUserCertificatePdfInputZ>;

export const CERTIFICATE_TITLE: Bilingual = { zh: '最终用户和最终用途证明', en: 'End-User and End-Use Certificate' };

const L = (zhText: string, enText: string): Bilingual => ({ zh: zhText, en: enText });

function header(f: FormLayout, c: Certificate): void {
  const refWidth = 170;
  f.drawCell([en(`编号 Ref.: ${c.reference}`, { size: 8, color: '#222222' }), en(`填制日期 Prepared on: ${c.preparedOn}`, { size: 8, color: '#222222' })], f.left + f.width - refWidth, f.y, refWidth, 'right');
  f.y += 30;
  f.drawCell([zh(CERTIFICATE_TITLE.zh, { bold: true, size: 20, align: 'center' }), en(CERTIFICATE_TITLE.en, { bold: true, size: 12.5, color: '#222222', align: 'center' })], f.left, f.y, f.width);
  f.y += 50;
  const b = basisLine(CERTIFICATE_PURPOSE);
  f.paragraph([zh(CERTIFICATE_PURPOSE.zh, { size: 8.5 }), en(CERTIFICATE_PURPOSE.en, { size: 7.5 }), en(`（${b.zh}）  (${b.en})`, { size: 6.8, color: '#666666' })], 0, 2);
}

function itemsTable(f: FormLayout, c: Certificate, title: Bilingual): void {
  const w = f.width;
  const widths = [0.06, 0.17, 0.41, 0.16].map((p) => Math.floor(w * p));
  const columns: Column[] = [
    { width: widths[0] ?? 0, align: 'center' },
    { width: widths[1] ?? 0 },
    { width: widths[2] ?? 0 },
    { width: widths[3] ?? 0, align: 'right' },
    { width: w - widths.reduce((a, b) => a + b, 0), align: 'right' },
  ];
  const head: Cell[] = [label(L('序号', 'No.')), label(L('管制编码', 'Control code / HS ref.')), label(L('物项名称', 'Description')), label(L('数量', 'Quantity')), label(L('金额', 'Value'))];
  const rows = c.items.map((it): Cell[] => [
    [zh(String(it.lineNo))],
    [zh(it.controlCode, { bold: true }), en(it.hsCode ? `HS ${it.hsCode}` : 'HS —')],
    both(it.description),
    [zh(formatQuantity(it.quantity, it.unit))],
    [zh(formatMoney(it.value, it.currency))],
  ]);
  f.heading(title, f.tableLeadHeight(head, rows, columns));
  f.table(head, rows, columns);
  if (c.contractReference) {
    f.space(3);
    f.paragraph([en(`合同编号 Contract: ${c.contractReference}`, { size: 8 })]);
  }
}

function undertakings(f: FormLayout): void {
  f.paragraph([zh('本最终用户郑重承诺：', { bold: true }), en('The end user solemnly undertakes that:', { bold: true })], 0, 4);
  END_USER_UNDERTAKINGS.forEach((u, i) => {
    const b = basisLine(u);
    f.paragraph([zh(`${i + 1}. ${u.zh}`), en(u.en), en(`（${b.zh}）  (${b.en})`, { size: 6.8, color: '#666666' })], 6, 5);
  });
}

interface BlankBox {
  title: Bilingual;
  /** Labelled lines to fill in by hand, at the foot of the box. */
  lines: readonly Bilingual[];
}

const BOX_GAP = 10;
const LINE_PITCH = 24;
const boxTitle = (b: BlankBox): Cell => [zh(b.title.zh, { bold: true, size: 8.5 }), en(b.title.en, { size: 7.5 })];
const boxWidth = (f: FormLayout, n: number): number => (f.width - BOX_GAP * (n - 1)) / n;

/** The height of a row of blank boxes: at least `minHeight`, and enough for each title and its lines. */
function blankBoxesHeight(f: FormLayout, boxes: readonly BlankBox[], minHeight: number): number {
  const w = boxWidth(f, boxes.length);
  return Math.max(minHeight, ...boxes.map((b) => 4 + f.measure(boxTitle(b), w - 10) + 6 + b.lines.length * LINE_PITCH + 2));
}

/** Boxes side by side, each a labelled space to sign, stamp or fill in by hand. */
function blankBoxes(f: FormLayout, boxes: readonly BlankBox[], height: number): void {
  f.ensureSpace(height);
  const w = boxWidth(f, boxes.length);
  boxes.forEach((box, i) => {
    const x = f.left + i * (w + BOX_GAP);
    f.doc.save().rect(x, f.y, w, height).lineWidth(0.6).strokeColor(RULE).stroke().restore();
    f.drawCell(boxTitle(box), x + 5, f.y + 4, w - 10);
    const lineTop = f.y + height - box.lines.length * LINE_PITCH - 2;
    box.lines.forEach((l, j) => {
      const ly = lineTop + j * LINE_PITCH;
      f.drawCell([zh(l.zh, { size: 7.5, color: GREY }), en(l.en, { size: 6.8 })], x + 5, ly, 80);
      f.doc.save().moveTo(x + 88, ly + 17).lineTo(x + w - 8, ly + 17).lineWidth(0.4).strokeColor(RULE).stroke().restore();
    });
  });
  f.y += height;
}

function signature(f: FormLayout, c: Certificate): void {
  f.paragraph([zh(END_USER_DECLARATION.zh), en(END_USER_DECLARATION.en)], 0, 6);
  const contact = c.endUser.contact;
  const prefilled = [contact.person, contact.title].filter((s) => s !== undefined).join(', ');
  if (prefilled) f.paragraph([en(`签署人（预填） Signatory (pre-filled): ${prefilled}`, { size: 8 })], 0, 4);
  const boxes: BlankBox[] = [
    {
      title: L('最终用户法定代表人或授权代表签字', "Signature of the end user's legal or authorised representative"),
      lines: [L('姓名', 'Name'), L('职务', 'Title'), L('签字', 'Signature'), L('日期', 'Date')],
    },
    { title: L('最终用户盖章', 'Seal of the end user'), lines: [L('日期', 'Date')] },
  ];
  blankBoxes(f, boxes, blankBoxesHeight(f, boxes, 120));
}

/** Printed whole on one page: the authority fills it in after the end user has signed. */
function governmentAuthentication(f: FormLayout): void {
  const b = basisLine(GOVERNMENT_AUTHENTICATION);
  const text: Cell = [zh(GOVERNMENT_AUTHENTICATION.zh), en(GOVERNMENT_AUTHENTICATION.en), en(`（${b.zh}）  (${b.en})`, { size: 6.8, color: '#666666' })];
  const boxes: BlankBox[] = [
    { title: L('认证机构', 'Authenticating authority'), lines: [L('机构名称', 'Authority'), L('官员姓名', 'Official'), L('职务', 'Title'), L('签字', 'Signature'), L('日期', 'Date')] },
    { title: L('认证机构印章', 'Seal of the authority'), lines: [L('认证编号', 'Reference')] },
  ];
  const boxesHeight = blankBoxesHeight(f, boxes, 140);
  f.heading(L('六、最终用户所在国家（地区）政府机构认证', "6. Authentication by the government of the end user's country or region"), f.measure(text, f.width) + 6 + boxesHeight);
  f.paragraph(text, 0, 6);
  blankBoxes(f, boxes, boxesHeight);
}

/** Renders a pre-filled certificate form; the same input gives the same bytes. */
export async function renderEndUserCertificatePdf(input: EndUserCertificatePdfInput, fonts?: CjkFonts): Promise<Buffer> {
  const c = parsePdfInput(EndUserCertificatePdfInputZ, input, 'endUserCertificate');
  const endUserName = c.endUser.name.en ?? c.endUser.name.zh ?? '';
  const doc = createPdfDocument({ title: `${CERTIFICATE_TITLE.zh} ${CERTIFICATE_TITLE.en} ${c.reference}`, subject: endUserName, author: endUserName, createdOn: c.preparedOn }, fonts);
  const f = new FormLayout(doc);
  header(f, c);

  f.heading(L('一、当事方', '1. Parties'));
  f.fields([
    [[L('最终用户', 'End user'), partyCell(c.endUser)]],
    [[L('进口商 / 收货人', 'Importer / consignee'), c.importer ? partyCell(c.importer) : [zh('同最终用户'), en('The end user is the importer')]]],
    [[L('出口经营者', 'Exporter'), partyCell(c.exporter)]],
  ]);

  itemsTable(f, c, L('二、物项', '2. Items'));

  f.heading(L('三、最终用途与使用地点', '3. End use and site of use'));
  const site = c.siteOfUse;
  f.fields([
    [[L('最终用途', 'End use'), both(c.endUse)]],
    [
      [
        L('使用地点', 'Site of use'),
        [...(site.address.zh ? [zh(site.address.zh)] : []), ...(site.address.en ? [site.address.zh ? en(site.address.en) : zh(site.address.en)] : []), en(`${site.country.zh} ${site.country.en} (${site.country.code})`)],
      ],
    ],
  ]);

  f.heading(L('四、最终用户承诺', '4. Undertakings of the end user'));
  undertakings(f);

  f.heading(L('五、签署', '5. Signature'), 90);
  signature(f, c);

  if (c.governmentAuthenticationRequired) governmentAuthentication(f);
  return finishPdf(doc, { footerLeft: `${CERTIFICATE_TITLE.zh} ${c.reference}`, specimen: c.specimen });
}
