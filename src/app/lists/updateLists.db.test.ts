import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.ts';
import { ListRepository } from '../../infra/db/repositories/listRepository.ts';
import { FIXTURES, TEST_ACTOR } from './testSupport.ts';
import { downloadUrls, updateLists, urlEnvName } from './updateLists.ts';

// A local stand-in for treasury.gov: serves the fixture sdn.csv files, a 404 and a hanging URL.
let server: http.Server;
let base = '';
const pending: http.ServerResponse[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/2021/sdn.csv') res.end(readFileSync(FIXTURES.ofac2021));
    else if (req.url === '/2024/sdn.csv') res.end(readFileSync(FIXTURES.ofac2024));
    else if (req.url === '/corrupt/sdn.csv') res.end(readFileSync(FIXTURES.ofacCorrupt));
    else if (req.url === '/hang/sdn.csv') pending.push(res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const r of pending) r.destroy();
  await new Promise((resolve) => server.close(resolve));
});

it('names the override variable after the source id', () => {
  expect(urlEnvName('ofac-sdn')).toBe('EXPORTCTL_LIST_URL_OFAC_SDN');
  expect(downloadUrls('ofac-sdn', { EXPORTCTL_LIST_URL_OFAC_SDN: ' http://a/sdn.csv, http://a/alt.csv ' })).toEqual(['http://a/sdn.csv', 'http://a/alt.csv']);
  expect(downloadUrls('ofac-sdn', {})[0]).toBe('https://www.treasury.gov/ofac/downloads/sdn.csv');
});

describeEachEngine('updateLists', (get) => {
  const run = (path: string, opts: { timeoutMs?: number } = {}) =>
    updateLists(get().db, { sourceIds: ['ofac-sdn'], actor: TEST_ACTOR, at: new Date('2026-03-01T00:00:00Z'), env: { EXPORTCTL_LIST_URL_OFAC_SDN: `${base}${path}` }, ...opts });

  it('downloads and imports a source', async () => {
    const [out] = await run('/2021/sdn.csv');
    expect(out).toMatchObject({ sourceId: 'ofac-sdn', status: 'imported', version: { versionNo: 1, recordCount: 4 } });
  });

  it('imports nothing when the download is unchanged', async () => {
    const [out] = await run('/2021/sdn.csv');
    expect(out?.status).toBe('unchanged');
  });

  it('fails naming the URL on an HTTP error, importing nothing', async () => {
    await expect(run('/missing/sdn.csv')).rejects.toThrow(new RegExp(`download of ${base}/missing/sdn\\.csv failed: HTTP 404`));
    expect((await new ListRepository(get().db.kysely).currentVersion('ofac-sdn'))?.versionNo).toBe(1);
  });

  it('fails naming the URL on a timeout', async () => {
    await expect(run('/hang/sdn.csv', { timeoutMs: 300 })).rejects.toThrow(new RegExp(`download of ${base}/hang/sdn\\.csv timed out`));
  });

  it('fails on a malformed download, keeping the current version', async () => {
    await expect(run('/corrupt/sdn.csv')).rejects.toThrow(/sdn\.csv:3/);
    expect((await new ListRepository(get().db.kysely).currentVersion('ofac-sdn'))?.versionNo).toBe(1);
  });

  it('imports a new version when the download changed', async () => {
    const [out] = await run('/2024/sdn.csv');
    expect(out).toMatchObject({ status: 'imported', version: { versionNo: 2, recordCount: 6 } });
  });

  it('refuses a source without a download URL, naming the variable to set', async () => {
    await expect(updateLists(get().db, { sourceIds: ['cn-mofcom'], actor: TEST_ACTOR, at: new Date(), env: {} })).rejects.toThrow(/EXPORTCTL_LIST_URL_CN_MOFCOM/);
  });
});
