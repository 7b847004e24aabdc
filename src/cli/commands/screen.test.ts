import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../app/lists/testSupport.ts';
import { runCli } from './cliTestSupport.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-cli-screen-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-cli-screen-io-'));
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});
const screen = (...args: string[]) => runCli(['--data-dir', dataDir, 'screen', ...args]);
const file = (name: string, text: string): string => {
  const p = path.join(work, name);
  fs.writeFileSync(p, text);
  return p;
};

beforeAll(async () => {
  const r = await runCli(['--data-dir', dataDir, 'lists', 'import', FIXTURES.ofac2024]);
  expect(r.code).toBe(0);
});

describe('exportctl screen NAME (spawned)', () => {
  it('finds OFAC entries from a Chinese-script name, a pinyin name with tone marks and a Cyrillic name, with an explanation', async () => {
    const [han, pinyin, cyrillic] = await Promise.all([screen('李方伟'), screen('Lǐ Fāngwěi'), screen('Рособоронэкспорт', '--explain')]);
    for (const r of [han, pinyin, cyrillic]) expect(r.code).toBe(0);
    expect(han.stdout).toMatch(/1 hit for "李方伟" .* against ofac-sdn v1 \(6 records/);
    expect(han.stdout).toMatch(/^1 +\d\.\d{3} +ofac-sdn +11447 +Person +LI, Fangwei/m);
    expect(han.stdout).toMatch(/transliteration: .*李方伟 → li fangwei/);
    expect(pinyin.stdout).toMatch(/^1 +\d\.\d{3} +ofac-sdn +11447 +Person +LI, Fangwei/m);
    expect(pinyin.stdout).toMatch(/query "Lǐ Fāngwěi" as "li fangwei" ~ listed "fangwei li"/);
    expect(cyrillic.stdout).toMatch(/^1 +\d\.\d{3} +ofac-sdn +18782 +Organization +ROSOBORONEKSPORT OAO/m);
    expect(cyrillic.stdout).toMatch(/transliteration: .*Рособоронэкспорт → rosoboroneksport/);
    expect(cyrillic.stdout).toMatch(/tokens:\n +rosoboroneksport +~ rosoboroneksport/);
  });

  it('prints {query, hits} as JSON and exits 10 with --fail-on-hit', async () => {
    const r = await screen('ROSOBORONEXPORT', '--country', 'Russia', '--format', 'json', '--fail-on-hit');
    expect(r.code).toBe(10);
    const out = JSON.parse(r.stdout) as { query: { name: string; country: string }; hits: { entityId: string; score: number; explanation: { tokens: unknown[] } }[] };
    expect(out.query).toMatchObject({ name: 'ROSOBORONEXPORT', country: 'RU' });
    expect(out.hits[0]?.entityId).toBe('ofac-sdn:18782');
    expect(out.hits[0]?.explanation.tokens.length).toBeGreaterThan(0);
  });

  it('refuses an unknown country, an impossible date and a threshold outside 0..1 with clear messages', async () => {
    const [country, date, threshold] = await Promise.all([
      screen('EBANO', '--country', 'Atlantis'),
      screen('LI Fangwei', '--birth-date', '1972-02-30'),
      screen('EBANO', '--threshold', '1.5'),
    ]);
    expect([country.code, date.code, threshold.code]).toEqual([2, 2, 2]);
    expect(country.stderr).toMatch(/field "country": unknown country "Atlantis"/);
    expect(date.stderr).toMatch(/field "birth-date": "1972-02-30" is not a date: 1972-02 has 29 days/);
    expect(threshold.stderr).toMatch(/threshold must be a number from 0 to 1, got "1\.5"/);
  });
});

describe('exportctl screen --lists-from (spawned)', () => {
  it('screens list files directly, recognising an OFAC folder without its companion files; exit 0 without hits', async () => {
    const folder = path.dirname(FIXTURES.ofac2021);
    const [hit, none] = await Promise.all([screen('Banco Nacional de Cuba', '--lists-from', folder, '--fail-on-hit'), screen('Zhejiang Example Textiles', '--lists-from', folder, '--fail-on-hit')]);
    expect(hit.code).toBe(10);
    expect(hit.stdout).toMatch(/against ofac-sdn from sdn\.csv \(4 records\)/);
    expect(hit.stdout).toMatch(/ofac-sdn +306 +Organization +BANCO NACIONAL DE CUBA/);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^No hit for "Zhejiang Example Textiles"/);
  });
});

describe('exportctl screen --input (spawned)', () => {
  it('writes one JSON line per row in input order, with a progress bar and summary on stderr', async () => {
    const input = file('parties.csv', 'id,name,country,schema,birth_date\nc1,李方伟,CN,person,1972-09-18\nc2,Acme Widgets Ltd,GB,organization,\nc3,Рособоронэкспорт,RU,,\nc4,EBANO,,vessel,\n');
    const output = path.join(work, 'hits.jsonl');
    const r = await screen('--input', input, '--output', output);
    expect(r.code).toBe(0);
    const lines = fs.readFileSync(output, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; hits: { entityId: string; score: number; matchedName: string }[] });
    expect(lines.map((l) => l.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(lines[0]?.hits[0]?.entityId).toBe('ofac-sdn:11447');
    expect(lines[1]?.hits).toEqual([]);
    expect(lines[2]?.hits[0]?.entityId).toBe('ofac-sdn:18782');
    expect(lines[3]?.hits[0]).toMatchObject({ entityId: 'ofac-sdn:4243', matchedName: 'EBANO' });
    for (const l of lines) expect(l.hits.map((h) => h.score)).toEqual([...l.hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(r.stderr).toMatch(/screening \[.*\] 100% \| 4\/4 names/);
    expect(r.stderr).toMatch(/screened 4 rows: 3 with hits; [\d.]+ s \(\d+ names\/s on \d+ threads?/);
  });

  it('writes one CSV row per hit', async () => {
    const input = file('two.csv', 'id,name\nv1,EBANO\nb1,"Banco Nacional de Cuba"\n');
    const r = await screen('--input', input, '--format', 'csv');
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('id,source,entity_id,source_ref,name,matched_name,score');
    expect(rows[1]).toMatch(/^v1,ofac-sdn,ofac-sdn:4243,4243,EBANO,EBANO,[01](\.\d+)?$/);
    expect(rows[2]).toMatch(/^b1,ofac-sdn,ofac-sdn:306,306,BANCO NACIONAL DE CUBA,BANCO NACIONAL DE CUBA,/);
  });

  it('names the bad rows of a malformed input and screens nothing', async () => {
    const input = file('bad.csv', 'id,name,country\n1,EBANO,PA\n2,,CU\n3,TIFON,Narnia\n');
    const output = path.join(work, 'never.jsonl');
    const r = await screen('--input', input, '--output', output);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:3: 2 invalid row\(s\), nothing screened/);
    expect(r.stderr).toMatch(/line 3: field "name": empty name/);
    expect(r.stderr).toMatch(/line 4: field "country": unknown country "Narnia"/);
    expect(fs.existsSync(output)).toBe(false);
  });
});
