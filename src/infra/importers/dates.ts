/**
 * Date parsing for list files. Lists give full or partial dates in several notations; impossible
 * dates (31.02.2020) are rejected, not rolled over.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** y, m, d → 'YYYY-MM-DD', or undefined when the day does not exist. */
export function ymd(y: number, m: number, d: number): string | undefined {
  return y >= 1000 && y <= 9999 && isValidDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/**
 * Parses the partial date notations found in lists into YYYY, YYYY-MM or YYYY-MM-DD:
 * '1960', '1960-03', '1960-03-12', '12 Mar 1960', 'Mar 1960', '12.03.1960', '03/12/1960' (US),
 * '2020-05-01T00:00:00'. Undefined when the text is not a date or names an impossible day.
 */
export function parsePartialDate(text: string, opts: { slashOrder?: 'mdy' | 'dmy' } = {}): string | undefined {
  const t = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})$/))) return m[1];
  if ((m = t.match(/^(\d{4})-(\d{2})$/))) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? t : undefined;
  if ((m = t.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:\d{2})?$/))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = t.match(/^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/))) {
    const mo = monthNumber(m[2] ?? '');
    return mo ? ymd(Number(m[3]), mo, Number(m[1])) : undefined;
  }
  if ((m = t.match(/^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/))) {
    const mo = monthNumber(m[1] ?? '');
    return mo ? ymd(Number(m[3]), mo, Number(m[2])) : undefined;
  }
  if ((m = t.match(/^([A-Za-z]{3,9})\.? (\d{4})$/))) {
    const mo = monthNumber(m[1] ?? '');
    return mo ? `${m[2]}-${pad(mo)}` : undefined;
  }
  if ((m = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return opts.slashOrder === 'dmy' ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
  }
  return undefined;
}
