// Runs the real `exportctl` binary on the shipped calendar (2025 and 2026 State Council notices).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(repoRoot, 'bin', 'exportctl.js');

const run = (...args: string[]): { stdout: string; stderr: string; status: number | null } => {
  const r = spawnSync(process.execPath, [bin, 'calendar', ...args], { cwd: os.tmpdir(), encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};

describe('exportctl calendar', () => {
  it('add-working-days prints only the date (2025 Spring Festival; 2026 National Day)', () => {
    expect(run('add-working-days', '2025-01-27', '1')).toEqual({ stdout: '2025-02-05\n', stderr: '', status: 0 });
    expect(run('add-working-days', '2026-09-30', '1').stdout).toBe('2026-10-08\n');
  });

  it('working-days prints only the number (2025 National Day with make-up days 9.28 and 10.11)', () => {
    expect(run('working-days', '2025-09-26', '2025-10-12')).toEqual({ stdout: '6\n', stderr: '', status: 0 });
  });

  it('show lists the holidays and make-up working days with the notice', () => {
    const r = run('show', '2026');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm');
    expect(r.stdout).toContain('  2026-02-23 Mon  春节  Spring Festival');
    expect(r.stdout).toMatch(/make-up working days \(6, weekends that are worked\):\n {2}2026-01-04 Sun {2}元旦/);
  });

  it('bad input: a clear message and exit code 2', () => {
    const bad = run('add-working-days', '2025-02-30', '3');
    expect(bad).toEqual({ stdout: '', stderr: 'exportctl: field "date": 2025-02-30 is not a valid date (February 2025 has 28 days)\n', status: 2 });
    const outside = run('working-days', '2026-12-01', '2027-01-05');
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('2027-01-05 is outside the working-day calendar, which covers 2024-01-01 to 2026-12-31');
  });

  it('reads an edited calendar file given with --file, and names the broken field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exportctl-cal-'));
    try {
      const data = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data', 'calendar', 'cn-work-calendar.json'), 'utf8')) as { years: Array<{ makeUpWorkingDays?: Array<{ date: string }> }> };
      const day = data.years[1]?.makeUpWorkingDays?.[0];
      if (day) day.date = '2025-01-27';
      const file = path.join(dir, 'cal.json');
      fs.writeFileSync(file, JSON.stringify(data));
      const r = run('--file', file, 'add-working-days', '2025-01-24', '1');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${file} field "years[1].makeUpWorkingDays[0].date": 2025-01-27 is a weekday`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
