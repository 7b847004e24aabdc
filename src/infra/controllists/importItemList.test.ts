import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { checkAgainstList, readItemListFile } from './importItemList.ts';

const fx = (name: string): string => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

async function failure(name: string): Promise<AppError> {
  try {
    await readItemListFile(fx(name));
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`${name} was accepted`);
}

describe('readItemListFile — JSON', () => {
  it('reads the excerpt of the bundled PRC catalogue with its HS and EU cross-references', async () => {
    const r = await readItemListFile(fx('cn-excerpt.json'));
    expect(r.list?.id).toBe('cn-dual-use-licence-catalogue');
    expect(r.entries.map((e) => e.code)).toEqual(['1B201.b', '1C350.a', '1C450.c.21', '3C001.h', '3C002.a']);
    const hf = r.entries.find((e) => e.code === '1C350.a');
    expect(hf?.crossRefs).toContainEqual({ kind: 'indicative_hs', target: { list: 'hs-2022', code: '2811119000' }, hsEdition: 'HS2022' });
    expect(r.entries.find((e) => e.code === '3C002.a')?.verificationStatus).toBe('unverified');
  });

  it('names file, line and field of a malformed code', async () => {
    const e = await failure('cn-excerpt-badcode.json');
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.location).toMatchObject({ file: 'cn-excerpt-badcode.json', line: 34, field: 'entries.3.code' });
    expect(e.message).toMatch(/3c001\.h.*capital A–E/);
  });

  it('names the line of an unknown verification status', async () => {
    const e = await failure('cn-excerpt-badstatus.json');
    expect(e.location).toMatchObject({ line: 33, field: 'entries.2.verificationStatus' });
  });

  it('rejects duplicate codes, pointing at the second occurrence', async () => {
    const e = await failure('cn-excerpt-duplicate.json');
    expect(e.location).toMatchObject({ line: 35, field: 'entries.4.code' });
    expect(e.message).toMatch(/duplicate code 1C350\.a \(first at entry 2\)/);
  });

  it('reports the line of a JSON syntax error', async () => {
    const e = await failure('cn-excerpt-syntax.json');
    expect(e.message).toMatch(/not valid JSON/);
    expect(e.location?.line).toBe(31);
  });

  it('rejects unknown file types', async () => {
    const e = await failure('README.md');
    expect(e.message).toMatch(/expected \.json/);
  });
});

describe('readItemListFile — CSV', () => {
  it('reads entries with the list header from the sidecar', async () => {
    const r = await readItemListFile(fx('cn-csv.csv'));
    expect(r.format).toBe('csv');
    expect(r.list?.codeScheme).toBe('prc');
    expect(r.lines).toEqual([2, 3, 4]);
    expect(r.entries[2]).toMatchObject({ code: '1C004', parentCode: null, title: { zh: 'γ-丁内酯' } });
    expect(r.entries[2]?.crossRefs).toEqual([
      { kind: 'indicative_hs', target: { list: 'hs-2022', code: '8101991001' }, hsEdition: 'HS2022' },
      { kind: 'indicative_hs', target: { list: 'hs-2022', code: '8101999001' }, hsEdition: 'HS2022' },
      { kind: 'identical_code', target: { list: 'eu-annex-i', code: '1C004' } },
    ]);
  });

  it('names the line and column of HS codes without their edition', async () => {
    const e = await failure('cn-csv-bad.csv');
    expect(e.location).toMatchObject({ file: 'cn-csv-bad.csv', line: 3, field: 'hs_edition' });
  });

  it('checks CSV codes against the scheme of a stored list', async () => {
    const r = await readItemListFile(fx('cn-csv.csv'));
    if (!r.list) throw new Error('sidecar missing');
    const eu = { ...r.list, codeScheme: 'hs' as const };
    expect(() => checkAgainstList(r, eu)).toThrow(/cn-csv\.csv:2 field "code"/);
  });
});
