/** File-system helpers of the importers: folder expansion, head sniffing, path display. */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { invalidInput } from '../../domain/errors.ts';

/** Expands folders recursively into their files (sorted, hidden files skipped); keeps files. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw invalidInput('no such file or folder', { file: p });
    }
    if (st.isDirectory()) {
      const entries = (await readdir(abs)).filter((e) => !e.startsWith('.')).sort();
      out.push(...(await expandPaths(entries.map((e) => path.join(abs, e)))));
    } else {
      out.push(abs);
    }
  }
  return [...new Set(out)];
}

/** The first `bytes` bytes of a file as UTF-8 (BOM removed). */
export async function readHead(file: string, bytes = 4096): Promise<string> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await fh.close();
  }
}

/** The first line of a file (without line ending). */
export async function firstLine(file: string): Promise<string> {
  const head = await readHead(file);
  return head.split(/\r?\n/, 1)[0] ?? '';
}

export const baseName = (file: string): string => path.basename(file).toLowerCase();

/** A path as shown in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Reads and parses a whole JSON file; malformed JSON is an INVALID_INPUT naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidInput(`malformed JSON: ${e instanceof Error ? e.message : String(e)}`, { file: displayPath(file) });
  }
}
