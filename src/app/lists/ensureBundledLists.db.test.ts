import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';
import { ensureBundledLists, readManifest } from './ensureBundledLists.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';

// A manifest in the shape of data/lists/manifest.json, pointing at the fixture folder.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-manifest-'));
const manifest = path.join(dir, 'manifest.json');
fs.writeFileSync(
  manifest,
  JSON.stringify({
    entries: [{ source: 'ofac-sdn', format: 'ofac-csv', path: path.relative(dir, path.dirname(FIXTURES.ofac2024)), snapshotDate: '2024-05-03', origin: 'https://www.treasury.gov/ofac/downloads/sdn.csv', licence: 'public domain' }],
  }),
);
const badManifest = path.join(dir, 'bad.json');
fs.writeFileSync(badManifest, JSON.stringify([{ source: 'ofac-sdn', format: 'ofac-csv', path: 'x', snapshotDate: '3 May 2024', origin: '', licence: '' }]));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('names the field of a malformed manifest', async () => {
  await expect(readManifest(badManifest)).rejects.toThrow(/bad\.json field "0\.snapshotDate": expected YYYY-MM-DD/);
  expect(await readManifest(path.join(dir, 'absent.json'))).toBeUndefined();
});

describeEachEngine('ensureBundledLists', (get) => {
  it('imports every bundled list into an empty database, with its snapshot date', async () => {
    const out = await ensureBundledLists(get().db, { actor: TEST_ACTOR, at: new Date('2026-01-01T00:00:00Z'), manifestPath: manifest });
    expect(out.map((o) => [o.sourceId, o.status, o.version.snapshotDate, o.version.recordCount])).toEqual([['ofac-sdn', 'imported', '2024-05-03', 6]]);
  });

  it('does nothing once any list is stored', async () => {
    expect(await ensureBundledLists(get().db, { actor: TEST_ACTOR, at: new Date('2026-01-02T00:00:00Z'), manifestPath: manifest })).toEqual([]);
    expect((await new ListRepository(get().db.kysely).versions()).length).toBe(1);
  });
});
