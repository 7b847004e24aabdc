import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../app/lists/testSupport.ts';
import { runCli } from './cliTestSupport.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-cli-lists-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(['--data-dir', dataDir, 'lists', ...args]);

describe('exportctl lists (spawned)', () => {
  it('imports a folder, then treats identical content as a no-op', async () => {
    const first = await cli('import', path.dirname(FIXTURES.ofac2021));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ofac-sdn: imported version 1 — 4 records \(2 Organization, 1 Person, 1 Vessel\) from sdn\.csv/);
    const again = await cli('import', FIXTURES.ofac2021);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/ofac-sdn: unchanged — same content as version 1 .*nothing imported/);
  });

  it('refuses a corrupted file naming the line, exits non-zero and keeps the previous version', async () => {
    const bad = await cli('import', FIXTURES.ofacCorrupt);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ofac-corrupt[/\\]sdn\.csv:3: expected 12 columns, found 4/);
    const shown = await cli('--format', 'json');
    const sources = JSON.parse(shown.stdout) as { id: string; versions: unknown[]; current: { versionNo: number; recordCount: number } | null }[];
    const sdn = sources.find((s) => s.id === 'ofac-sdn');
    expect(sdn?.versions).toHaveLength(1);
    expect(sdn?.current).toMatchObject({ versionNo: 1, recordCount: 4 });
  });

  it('shows added, removed and changed entities between two versions', async () => {
    expect((await cli('import', FIXTURES.ofac2024)).stdout).toMatch(/imported version 2, replacing version 1 — 6 records/);
    const byDefault = await cli('diff', 'ofac-sdn');
    expect(byDefault.code).toBe(0);
    const out = byDefault.stdout;
    expect(out).toMatch(/^ofac-sdn: version 1 \(.*4 records\) → version 2 \(.*6 records\)/);
    expect(out).toMatch(/added \(3\):\n {2}\+ ofac-sdn:11447 {2}LI, Fangwei {2}\[Person\]/);
    expect(out).toMatch(/removed \(1\):\n {2}- ofac-sdn:1572 {2}NORIEGA, Manuel Antonio {2}\[Person\]/);
    expect(out).toMatch(/changed \(1\):\n {2}~ ofac-sdn:4243 {2}SAND SWAN → EBANO {2}\[Vessel\] {2}fields: names, countries, identifiers, remarks/);
    expect(out).toMatch(/unchanged: 2/);
  });

  it('lists sources with versions, counts and dates', async () => {
    const table = await cli();
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^SOURCE +VERSION +RECORDS +BY SCHEMA +IMPORTED +LIST DATE +TITLE/);
    expect(table.stdout).toMatch(/ofac-sdn +2 of 2 +6 +4 Organization, 1 Person, 1 Vessel +\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(table.stdout).toMatch(/un-sc +- +- +- +not imported/);
  });

  it('downloads a source from the URL set in the environment, and names the URL when the download fails', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/ofac/sdn.csv') res.end(fs.readFileSync(FIXTURES.ofac2021));
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const [ok, missing] = await Promise.all([
        runCli(['--data-dir', dataDir, 'lists', 'update', 'ofac-sdn'], { EXPORTCTL_LIST_URL_OFAC_SDN: `${base}/ofac/sdn.csv` }),
        runCli(['--data-dir', dataDir, 'lists', 'update', 'ofac-sdn'], { EXPORTCTL_LIST_URL_OFAC_SDN: `${base}/gone/sdn.csv` }),
      ]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/ofac-sdn: imported version 3, replacing version 2 — 4 records/);
      expect(missing.code).toBe(7);
      expect(missing.stderr).toContain(`download of ${base}/gone/sdn.csv failed: HTTP 404`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
