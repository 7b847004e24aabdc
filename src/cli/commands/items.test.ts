import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../domain/errors.ts';
import { registerItemsCommand } from './items.ts';
import { registerListsCommand } from './lists.ts';

const fx = (name: string): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../infra/controllists/fixtures', name);
let dataDir = '';

async function run(...args: string[]): Promise<string> {
  const program = new Command('exportctl').option('--data-dir <dir>').option('--database-url <url>').exitOverride();
  registerItemsCommand(program);
  registerListsCommand(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'exportctl', '--data-dir', dataDir, ...args]);
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
  return out;
}

describe('exportctl items', () => {
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-items-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists the bundled lists with completeness and verification status', async () => {
    const out = await run('items', 'lists');
    expect(out).toMatch(/cn-dual-use-licence-catalogue\s.*PARTIAL.*712/);
    expect(out).toMatch(/hs-2022\s.*COMPLETE/);
    expect(out).toMatch(/6 of 7 lists are PARTIAL/);
  });

  it('searches by HS code and shows an entry with its notes; category 0 differs between lists', async () => {
    const hs = await run('items', 'search', '2811119000');
    expect(hs).toMatch(/1C350\.a.*氟化氢.*machine-extracted.*HS 2811119000 \(HS2022\)/);
    const germanium = await run('items', 'show', '3C002.a');
    expect(germanium).toMatch(/status: unverified/);
    expect(germanium).toMatch(/moved here from 3C001\.h/);
    const eu0 = await run('items', 'show', '0A001', '--list', 'eu-annex-i');
    expect(eu0).toMatch(/Nuclear reactors/);
    expect(await run('items', 'show', '0A901', '--list', 'cn-dual-use-licence-catalogue')).not.toMatch(/identical code/);
  });

  it('imports a new version and diffs it against the bundled one', async () => {
    const imported = await run('items', 'import', fx('cn-excerpt.json'));
    expect(imported).toMatch(/cn-dual-use-licence-catalogue: imported version 2, replacing version 1 — 5 entries/);
    expect(await run('items', 'import', fx('cn-excerpt.json'))).toMatch(/unchanged/);
    const diff = await run('items', 'diff', 'cn-dual-use-licence-catalogue');
    expect(diff).toMatch(/version 1 .* → version 2 .*: 0 added, 707 removed, 0 changed, 5 unchanged/);
    await run('items', 'import', fx('cn-excerpt-v2.json'));
    const d23 = await run('items', 'diff', 'cn-dual-use-licence-catalogue', '2', '3');
    expect(d23).toMatch(/\+ 1C004/);
    expect(d23).toMatch(/- 1B201\.b/);
    expect(d23).toMatch(/~ 1C350\.a {2}title, verificationStatus/);
    // `exportctl lists diff` answers for item lists as for party lists.
    expect(await run('lists', 'diff', 'cn-dual-use-licence-catalogue', '2', '3')).toBe(d23);
  });

  it('exports a version in the format it imports: re-importing the export changes nothing', async () => {
    const file = path.join(dataDir, 'export.json');
    await run('items', 'export', 'cn-dual-use-licence-catalogue', '3', '--output', file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { code: string }[] };
    expect(exported.entries.map((e) => e.code)).toContain('1C004');
    expect(await run('items', 'import', file)).toMatch(/unchanged/);
  });

  it('rejects a malformed list file naming file and line', async () => {
    const e = await run('items', 'import', fx('cn-excerpt-badcode.json')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).message).toMatch(/^cn-excerpt-badcode\.json:34 field "entries\.3\.code": "3c001\.h" is not a control code/);
  });
});
