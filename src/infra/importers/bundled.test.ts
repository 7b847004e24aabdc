import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findSource, LIST_FORMATS } from '../../domain/lists/sources.ts';
import { parseListFiles } from './index.ts';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/lists');
const ManifestZ = z.array(
  z.object({
    source: z.string(),
    format: z.enum(LIST_FORMATS),
    path: z.string(),
    snapshotDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    origin: z.string().min(1),
    licence: z.string().min(1),
  }),
);

describe('bundled list snapshot (data/lists)', async () => {
  const manifest = ManifestZ.parse(JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')));

  it('names known sources, one folder each', () => {
    for (const m of manifest) expect(findSource(m.source), m.source).toBeDefined();
    expect(new Set(manifest.map((m) => m.path)).size).toBe(manifest.length);
  });

  it('every entry parses as its declared format and source', async () => {
    const started = Date.now();
    let total = 0;
    for (const m of manifest) {
      const lists = await parseListFiles([path.join(dataDir, m.path)]);
      expect(lists.map((l) => [l.format, l.sourceId]), m.path).toEqual([[m.format, m.source]]);
      expect(lists[0]?.parties.length, m.path).toBeGreaterThan(0);
      total += lists[0]?.parties.length ?? 0;
    }
    expect(total).toBe(36_645); // 36,652 records; 7 CSL entities are filed on two sub-lists each
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
