/** How a party (exporter, importer, end user) is printed inside a form cell. */
import { type Cell, en, type Run, zh } from './layout.ts';
import type { Party } from './pdfInput.ts';

export function partyCell(p: Party): Cell {
  const runs: Run[] = [];
  if (p.name.zh) runs.push(zh(p.name.zh, { bold: true }));
  if (p.name.en) runs.push(p.name.zh ? en(p.name.en, { size: 8.5 }) : zh(p.name.en, { bold: true }));
  if (p.address?.zh) runs.push(zh(p.address.zh, { size: 8.5 }));
  if (p.address?.en) runs.push(en(p.address.en));
  runs.push(en(`${p.country.zh} ${p.country.en} (${p.country.code})`));
  if (p.registrationNumber) runs.push(en(`登记号 Registration No.: ${p.registrationNumber}`));
  const c = p.contact;
  if (c) {
    const who = [c.person, c.title].filter((s) => s !== undefined).join(', ');
    const reach = [c.phone ? `电话 Tel. ${c.phone}` : undefined, c.email ? `电邮 E-mail ${c.email}` : undefined].filter((s) => s !== undefined).join('  ');
    if (who) runs.push(en(`联系人 Contact: ${who}`));
    if (reach) runs.push(en(reach));
  }
  return runs;
}
