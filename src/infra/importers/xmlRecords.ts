/**
 * Streaming XML reading for list importers: saxes walks the file, and every element named in
 * `recordNames` is handed over as a small tree once closed. Malformed or truncated XML becomes an
 * INVALID_INPUT error naming the file, line and the element being read.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { invalidInput, isAppError } from '../../domain/errors.ts';
import { displayPath } from './files.ts';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  line: number;
}

/** Text of the first child with this name (trimmed), or undefined when absent or empty. */
export function childText(node: XmlNode, name: string): string | undefined {
  const t = node.children.find((c) => c.name === name)?.text.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);

/** Texts of the VALUE children of a child element (UN `<NATIONALITY><VALUE>…`). */
export function childValues(node: XmlNode, name: string): string[] {
  return childrenNamed(node, name)
    .flatMap((c) => childrenNamed(c, 'VALUE'))
    .map((v) => v.text.replace(/\s+/g, ' ').trim())
    .filter((v) => v !== '');
}

export interface XmlWalk {
  rootName: string | undefined;
  rootAttrs: Record<string, string>;
}

export async function walkXml(file: string, recordNames: ReadonlySet<string>, onRecord: (node: XmlNode) => void): Promise<XmlWalk> {
  const shown = displayPath(file);
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  const walk: XmlWalk = { rootName: undefined, rootAttrs: {} };
  let inRecord = 0;
  let failure: unknown;

  const where = (): string | undefined => stack[stack.length - 1]?.name ?? walk.rootName;
  parser.on('error', (err) => {
    if (failure === undefined) {
      const msg = err.message.replace(/^[^:]*:\d+:\d+: /, '');
      const element = where();
      failure = invalidInput(`malformed XML: ${msg}`, element ? { file: shown, line: parser.line, element } : { file: shown, line: parser.line });
    }
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    if (walk.rootName === undefined) {
      walk.rootName = tag.name;
      walk.rootAttrs = attrs;
    }
    if (recordNames.has(tag.name)) inRecord++;
    stack.push({ name: tag.name, attrs, children: [], text: '', line: parser.line });
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top && inRecord > 0) top.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (!node) return;
    const parent = stack[stack.length - 1];
    if (recordNames.has(node.name)) {
      inRecord--;
      if (inRecord === 0) {
        try {
          onRecord(node);
        } catch (e) {
          if (failure === undefined) failure = e;
        }
        return;
      }
    }
    if (inRecord > 0 && parent) parent.children.push(node);
  });

  try {
    const stream = createReadStream(file, { encoding: 'utf8' });
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(chunk);
      if (failure !== undefined) break;
    }
    if (failure === undefined) parser.close();
  } catch (e) {
    if (isAppError(e)) throw e;
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') throw invalidInput('file not found', { file: shown });
    if (failure === undefined) throw e;
  }
  if (failure !== undefined) throw failure;
  if (walk.rootName === undefined) throw invalidInput('empty XML document', { file: shown });
  return walk;
}
