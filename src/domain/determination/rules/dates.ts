/** Calendar arithmetic on YYYY-MM-DD strings (no clock, no time zone). */

/** The same calendar day `years` later (29 Feb → 28 Feb in a common year). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '02-28';
  return `${String(y).padStart(4, '0')}-${md}`;
}
