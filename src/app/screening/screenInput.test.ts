import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Hit } from '../../domain/screening/screen.ts';
import { formatRow, outputPreamble, parseBirthDate, readScreeningInput, screenedRow } from './screenInput.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
};

// Names from OFAC's SDN list (ent_num 11447, 18782) and the PRC unreliable entity list.
const GOOD = `id,name,country,schema,birth_date
c1,"LI, Fangwei",China,person,1972-09-18
c2,Рособоронэкспорт,RU,organization,
c3,洛克希德·马丁公司,us,,
c4,Lǐ Fāngwěi,,,1972
`;

describe('readScreeningInput', () => {
  it('reads rows with optional columns, normalising country and schema', async () => {
    const rows = await readScreeningInput(file('good.csv', GOOD));
    expect(rows).toEqual([
      { line: 2, id: 'c1', name: 'LI, Fangwei', country: 'CN', schema: 'person', birthDate: '1972-09-18' },
      { line: 3, id: 'c2', name: 'Рособоронэкспорт', country: 'RU', schema: 'organization' },
      { line: 4, id: 'c3', name: '洛克希德·马丁公司', country: 'US' },
      { line: 5, id: 'c4', name: 'Lǐ Fāngwěi', birthDate: '1972' },
    ]);
  });

  it('accepts a header with only id and name, in any order', async () => {
    expect(await readScreeningInput(file('min.csv', 'name,id\nEBANO,v1\n'))).toEqual([{ line: 2, id: 'v1', name: 'EBANO' }]);
  });

  it('refuses a file without a name column, naming the header line', async () => {
    await expect(readScreeningInput(file('noname.csv', 'id,company\n1,EBANO\n'))).rejects.toThrow(/noname\.csv:1 field "name": missing column\(s\) name/);
  });

  it('refuses an unknown column', async () => {
    await expect(readScreeningInput(file('extra.csv', 'id,name,birthdate\n1,EBANO,\n'))).rejects.toThrow(/unknown column\(s\) "birthdate"/);
  });

  it('lists every bad row by line before screening anything', async () => {
    const text = 'id,name,country,birth_date\nok,EBANO,,\nr3,,CU,\nr4,TIFON,Narnia,\nr5,SAND SWAN,,1972-02-30\nr6,too,many,columns,here\nok,AGAIN,,\n';
    const err = await readScreeningInput(file('bad.csv', text)).catch((e: unknown) => e);
    const msg = String(err);
    expect(msg).toMatch(/bad\.csv:3: 5 invalid row\(s\), nothing screened/);
    expect(msg).toMatch(/line 3: field "name": empty name/);
    expect(msg).toMatch(/line 4: field "country": unknown country "Narnia"/);
    expect(msg).toMatch(/line 5: field "birth_date": "1972-02-30" is not a date: 1972-02 has 29 days/);
    expect(msg).toMatch(/line 6: expected 4 columns \(id,name,country,birth_date\), found 5/);
    expect(msg).toMatch(/line 7: field "id": id "ok" already used on line 2/);
  });

  it('refuses an empty file and a file with only a header', async () => {
    await expect(readScreeningInput(file('empty.csv', ''))).rejects.toThrow(/empty file/);
    await expect(readScreeningInput(file('header.csv', 'id,name\n'))).rejects.toThrow(/no rows to screen/);
  });
});

describe('parseBirthDate', () => {
  it('accepts partial dates and refuses impossible ones', () => {
    expect(parseBirthDate('2000-02-29', { field: 'birth_date' })).toBe('2000-02-29');
    expect(parseBirthDate('1972-09', { field: 'birth_date' })).toBe('1972-09');
    expect(() => parseBirthDate('1900-02-29', { field: 'birth_date' })).toThrow(/1900-02 has 28 days/);
    expect(() => parseBirthDate('1972-13-01', { field: 'birth_date' })).toThrow(/no month 13/);
    expect(() => parseBirthDate('18/09/1972', { field: 'birth_date' })).toThrow(/not a date/);
  });
});

describe('output', () => {
  const hit = (entityId: string, score: number, name: string): Hit => ({
    source: 'ofac-sdn',
    entityId,
    sourceRef: entityId.split(':')[1] ?? '',
    schema: 'Organization',
    name,
    matchedName: name,
    score,
    explanation: { query: 'q', queryVariant: 'q', listedVariant: 'q', transliterations: [], tokens: [], nameScore: score, qualifiers: [] },
  });
  const row = screenedRow('c1', [hit('ofac-sdn:306', 0.85, 'BANCO NACIONAL DE CUBA'), hit('ofac-sdn:173', 0.93, 'ANGLO-CARIBBEAN CO., LTD.')]);

  it('sorts hits best first', () => {
    expect(row.hits.map((h) => h.score)).toEqual([0.93, 0.85]);
  });

  it('writes one JSON line per row with the documented fields', () => {
    const line = formatRow(row, 'jsonl');
    expect(line.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(line) as { id: string; hits: unknown[] };
    expect(parsed.id).toBe('c1');
    expect(parsed.hits).toHaveLength(2);
    expect(parsed.hits[0]).toEqual({ explanation: row.hits[0]?.explanation,  source: 'ofac-sdn', entityId: 'ofac-sdn:173', sourceRef: '173', name: 'ANGLO-CARIBBEAN CO., LTD.', matchedName: 'ANGLO-CARIBBEAN CO., LTD.', score: 0.93 });
    expect(formatRow({ id: 'c2', hits: [] }, 'jsonl')).toBe('{"id":"c2","hits":[]}\n');
  });

  it('writes one CSV line per hit, quoting where needed', () => {
    expect(outputPreamble('csv')).toBe('id,source,entity_id,source_ref,name,matched_name,score\n');
    expect(formatRow(row, 'csv')).toBe('c1,ofac-sdn,ofac-sdn:173,173,"ANGLO-CARIBBEAN CO., LTD.","ANGLO-CARIBBEAN CO., LTD.",0.93\nc1,ofac-sdn,ofac-sdn:306,306,BANCO NACIONAL DE CUBA,BANCO NACIONAL DE CUBA,0.85\n');
    expect(formatRow({ id: 'c2', hits: [] }, 'csv')).toBe('');
  });
});
