/**
 * Plain-text tables for the terminal. Column widths count East Asian wide characters (Han, kana,
 * Hangul, full-width forms) as two cells so Chinese names line up.
 */

/** Display width of a string in terminal cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cuts a string to at most `max` cells, marking the cut with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

const pad = (s: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

/**
 * Renders rows under a header, columns separated by two spaces. `rightAlign` lists the column
 * indexes to align right (numbers); `maxWidth` caps a column's width.
 */
export function renderTable(header: string[], rows: string[][], opts: { rightAlign?: number[]; maxWidth?: Record<number, number> } = {}): string {
  const cells = [header, ...rows].map((r) => r.map((c, i) => truncate(c, opts.maxWidth?.[i] ?? Number.POSITIVE_INFINITY)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  return cells
    .map((r) =>
      r
        .map((c, i) => pad(c, widths[i] ?? 0, opts.rightAlign?.includes(i) ?? false))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
