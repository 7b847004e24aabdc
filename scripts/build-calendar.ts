/**
 * Builds data/calendar/cn-work-calendar.json from the holiday-cn year files (NateScarlet/holiday-cn,
 * one JSON file per State Council holiday notice). Rerunnable: the output depends only on the input
 * files and the provenance below.
 *
 *   npx tsx scripts/build-calendar.ts [SOURCE_DIR] [OUT_FILE]
 *
 * SOURCE_DIR defaults to ../shared/data/calendar/NateScarlet-holiday-cn (beside the repository).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { CalendarData, CalendarDay, CalendarYear } from '../src/domain/calendar/calendarData.ts';
import { CALENDAR_SCHEMA_VERSION } from '../src/domain/calendar/calendarData.ts';
import { buildWorkCalendar } from '../src/domain/calendar/workCalendar.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'data', 'calendar', 'NateScarlet-holiday-cn'));
const outFile = path.resolve(process.argv[3] ?? path.join(repoRoot, 'data', 'calendar', 'cn-work-calendar.json'));

/** Provenance of the year files (from the shared data README). */
const SOURCE = {
  description: 'PRC public holidays and make-up working days, scraped from the State Council holiday notices on gov.cn',
  repository: 'https://github.com/NateScarlet/holiday-cn',
  snapshot: 'd4e53bf2143de9a85bbd0a916c6c4adac32b075f (2026-08-07)',
  licence: 'MIT (© 2019 NateScarlet)',
  files: [
    { year: 2024, path: '2024.json', commit: 'b00e2d38a807d0120a22887898d703abdd0a30bb' },
    { year: 2025, path: '2025.json', commit: '6d06f199f8beacf3454beeb63a48a436e0ae198d' },
    { year: 2026, path: '2026.json', commit: 'dcecbce230a57639cc8967ec9e2465e744880fd8' },
    { year: 2027, path: '2027.json', commit: '51527f6a20f656f68c34fc3df59890d7defc536b' },
  ],
};
const DATA_VERSION = '2026-08-07';

/** English names of the festivals as the notices name them. */
const ENGLISH_NAMES: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival (Tomb-Sweeping Day)',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '国庆节、中秋节': 'National Day and Mid-Autumn Festival',
};

const sourceYearSchema = z.object({
  year: z.number().int(),
  papers: z.array(z.string()),
  days: z.array(z.object({ name: z.string(), date: z.string(), isOffDay: z.boolean() })),
});

function convertYear(file: string): CalendarYear {
  const parsed = sourceYearSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'not a holiday-cn year file'}`);
  const { year, papers, days } = parsed.data;
  const url = papers[0];
  if (url === undefined) {
    if (days.length > 0) throw new Error(`${file}: days are listed without a notice`);
    return {
      year,
      status: 'notice-not-published',
      note: `The State Council had not published the ${year} holiday arrangement when the source was taken (snapshot ${SOURCE.snapshot}); it is normally published in October–November of the preceding year.`,
    };
  }
  if (papers.length > 1) throw new Error(`${file}: more than one notice; extend the converter to record them all`);
  const toDay = (d: { name: string; date: string }): CalendarDay => {
    const nameEn = ENGLISH_NAMES[d.name];
    if (nameEn === undefined) throw new Error(`${file}: no English name for festival "${d.name}" (${d.date}); add it to ENGLISH_NAMES`);
    return { date: d.date, nameZh: d.name, nameEn };
  };
  const byDate = (a: CalendarDay, b: CalendarDay): number => a.date.localeCompare(b.date);
  return {
    year,
    status: 'published',
    notice: { issuer: '国务院办公厅 (General Office of the State Council)', title: `国务院办公厅关于${year}年部分节假日安排的通知`, url },
    holidays: days.filter((d) => d.isOffDay).map(toDay).sort(byDate),
    makeUpWorkingDays: days.filter((d) => !d.isOffDay).map(toDay).sort(byDate),
  };
}

const data: CalendarData = {
  schemaVersion: CALENDAR_SCHEMA_VERSION,
  jurisdiction: 'CN',
  dataVersion: DATA_VERSION,
  source: SOURCE,
  years: SOURCE.files.map((f) => convertYear(path.join(sourceDir, f.path))),
};
buildWorkCalendar(data, outFile); // refuses inconsistent data before anything is written
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify(data, null, 2)}\n`);
for (const y of data.years) {
  const summary = y.status === 'published' ? `${y.holidays.length} days off, ${y.makeUpWorkingDays.length} make-up working days` : 'notice not published';
  process.stdout.write(`${y.year}: ${summary}\n`);
}
process.stdout.write(`wrote ${path.relative(process.cwd(), outFile)}\n`);
