import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, fixture } from './testKit.ts';

async function tmpFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exportctl-own-'));
  const f = path.join(dir, name);
  await writeFile(f, text);
  return f;
}

describe("exportctl's own list format", () => {
  it('CSV with a source comment line', async () => {
    const [list] = await parseListFiles([fixture('exportctl', 'internal-blocked.csv')]);
    expect(list?.sourceId).toBe('acme-blocked');
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    expect(parties[0]).toMatchObject({
      id: 'acme-blocked:IB-001',
      schema: 'Company',
      countries: ['RU'],
      identifiers: [{ type: 'inn', value: '7704730655' }],
      listedOn: '2025-03-01',
    });
    expect(parties[0]?.names).toContainEqual({ value: '某某科技有限公司', kind: 'original', lang: 'zh' });
  });

  it('JSON wrapper with source', async () => {
    const [list] = await parseListFiles([fixture('exportctl', 'mofcom-announcement.json')]);
    expect(list?.sourceId).toBe('cn-mofcom-pending');
    assertValidParties(list?.parties ?? []);
    expect(list?.parties[0]?.lists).toEqual(['MOFCOM export control list']);
  });

  it('--source overrides; without any source the file is refused', async () => {
    const csv = 'id,schema,name,aliases,name_zh,countries,birth_date,identifiers,programs,lists,listed_on,remarks\nX1,Person,John Doe,,,US,1970,,,,,\n';
    const f = await tmpFile('l.csv', csv);
    await expect(parseListFiles([f])).rejects.toThrow(/no source id/);
    const [list] = await parseListFiles([f], 'my-list');
    expect(list?.parties[0]?.id).toBe('my-list:X1');
  });

  it('names the line and field of bad values', async () => {
    const f = await tmpFile('l.csv', '# source: t\nid,schema,name,aliases,name_zh,countries,birth_date,identifiers,programs,lists,listed_on,remarks\nX1,Person,John Doe,,,Atlantis,,,,,,\n');
    await expect(parseListFiles([f])).rejects.toThrow(/l\.csv:3 field "countries": unknown country "Atlantis"/);
    const g = await tmpFile('l.csv', '# source: t\nid,schema,name,aliases,name_zh,countries,birth_date,identifiers,programs,lists,listed_on,remarks\nX1,Person,John Doe,,,,1970-02-30,,,,,\n');
    await expect(parseListFiles([g])).rejects.toThrow(/l\.csv:3 field "birth_date": unparseable date/);
    const j = await tmpFile('l.json', JSON.stringify({ source: 't', parties: [{ sourceRef: 'a', schema: 'Person', names: [] }] }));
    await expect(parseListFiles([j])).rejects.toThrow(/<parties\[0\]> field "names"/);
  });
});
