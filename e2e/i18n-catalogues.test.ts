/** The UI's English and Chinese catalogues: same keys, no empty strings, every key used in code exists. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import zh from '../web/src/i18n/zh.json' with { type: 'json' };
import { ROOT } from './harness.ts';

function flatten(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof obj === 'object' && obj !== null && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, obj);
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const enKeys = flatten(en);
const zhKeys = flatten(zh);

describe('web UI translations', () => {
  it('has the same keys in English and Chinese', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('has no empty or non-string values', () => {
    for (const [lang, keys] of [['en', enKeys], ['zh', zhKeys]] as const) {
      const bad = [...keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(bad).toEqual([]);
    }
  });

  it('translates Chinese strings into Chinese (no English left in zh.json)', () => {
    const untranslated = [...zhKeys].filter(([k, v]) => typeof v === 'string' && v === enKeys.get(k) && /[a-z]{4,}/i.test(v) && !/^[\w.{} /-]+$/.test(v.replace(/\{\{\w+\}\}/g, '')));
    expect(untranslated).toEqual([]);
  });

  it('defines every literal key the code asks for', () => {
    const src = sourceFiles(path.join(ROOT, 'web', 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const used = new Set([...src.matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)].map((m) => m[1] ?? ''));
    const has = (k: string) => enKeys.has(k) || enKeys.has(`${k}_other`);
    expect([...used].filter((k) => !has(k))).toEqual([]);
  });
});
