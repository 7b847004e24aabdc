/** The batch page's CSV reader and writer (runs in Node; the module has no browser dependency). */
import { describe, expect, it } from 'vitest';
import { batchRows, parseCsv, toCsv } from '../web/src/csv.ts';

describe('batch CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffname,country\r\n"Banco Nacional de Cuba, S.A.",CU\r\n"He said ""hi""",\n')).toEqual([
      ['name', 'country'],
      ['Banco Nacional de Cuba, S.A.', 'CU'],
      ['He said "hi"', ''],
    ]);
  });

  it('finds columns by header (English or Chinese) and reports rows without a name', () => {
    const { rows, problems } = batchRows('名称,国家,出生日期\n美国国家民主基金会,us,\n,CN,\nMarco Rubio,US,1971-05-28\n');
    expect(rows).toEqual([
      { line: 2, name: '美国国家民主基金会', country: 'US', schema: undefined, birthDate: undefined },
      { line: 4, name: 'Marco Rubio', country: 'US', schema: undefined, birthDate: '1971-05-28' },
    ]);
    expect(problems).toEqual([{ line: 3, message: 'name' }]);
  });

  it('treats the first column as the name when there is no header', () => {
    expect(batchRows('ROSOBORONEKSPORT OAO\nFreedom House\n').rows.map((r) => r.name)).toEqual(['ROSOBORONEKSPORT OAO', 'Freedom House']);
  });

  it('writes cells that need it quoted', () => {
    expect(toCsv([['a,b', 'say "x"', 3]])).toBe('"a,b","say ""x""",3\r\n');
  });
});
