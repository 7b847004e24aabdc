/** CSV reading and writing for batch screening (RFC 4180: quoted fields, doubled quotes, CRLF). */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export interface BatchRow {
  /** 1-based line in the uploaded file. */
  line: number;
  name: string;
  country?: string;
  schema?: string;
  birthDate?: string;
}

const HEADERS: Record<string, keyof Omit<BatchRow, 'line'>> = {
  name: 'name',
  名称: 'name',
  姓名: 'name',
  country: 'country',
  国家: 'country',
  schema: 'schema',
  type: 'schema',
  类型: 'schema',
  birthdate: 'birthDate',
  birth_date: 'birthDate',
  dob: 'birthDate',
  出生日期: 'birthDate',
};

/** Rows to screen. With a header row the columns are found by name; without one, column 1 is the name. */
export function batchRows(text: string): { rows: BatchRow[]; problems: Array<{ line: number; message: string }> } {
  const table = parseCsv(text);
  const first = table[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const hasHeader = first.some((h) => HEADERS[h] === 'name');
  const cols = new Map<keyof Omit<BatchRow, 'line'>, number>();
  if (hasHeader) first.forEach((h, i) => {
    const k = HEADERS[h];
    if (k && !cols.has(k)) cols.set(k, i);
  });
  else cols.set('name', 0);
  const rows: BatchRow[] = [];
  const problems: Array<{ line: number; message: string }> = [];
  table.slice(hasHeader ? 1 : 0).forEach((r, i) => {
    const line = i + (hasHeader ? 2 : 1);
    const get = (k: keyof Omit<BatchRow, 'line'>) => {
      const idx = cols.get(k);
      const v = idx === undefined ? undefined : r[idx]?.trim();
      return v ? v : undefined;
    };
    const name = get('name');
    if (!name) {
      problems.push({ line, message: 'name' });
      return;
    }
    rows.push({ line, name, country: get('country')?.toUpperCase(), schema: get('schema'), birthDate: get('birthDate') });
  });
  return { rows, problems };
}
