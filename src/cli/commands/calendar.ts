/**
 * `exportctl calendar …`: PRC working-day arithmetic on the State Council holiday calendar.
 *   add-working-days DATE N   prints the date N working days after DATE (DATE not counted)
 *   working-days FROM TO      prints the number of working days after FROM up to and including TO
 *   show YEAR                 lists the year's holidays and make-up working days (调休)
 */
import type { Command } from 'commander';
import { invalidInput } from '../../domain/errors.ts';
import { weekdayName } from '../../domain/calendar/isoDate.ts';
import type { WorkCalendar } from '../../domain/calendar/workCalendar.ts';
import { DEFAULT_CALENDAR_FILE, loadCalendar } from '../../infra/calendar/loadCalendar.ts';

function calendarOf(cmd: Command): WorkCalendar {
  const file = cmd.parent?.opts<{ file?: string }>().file;
  return loadCalendar(file ?? DEFAULT_CALENDAR_FILE);
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw invalidInput(`"${text}" is not a whole number of working days (0 or more)`, { field: 'n' });
  return Number(text);
}

function showYear(cal: WorkCalendar, yearText: string): string {
  if (!/^\d{4}$/.test(yearText)) throw invalidInput(`"${yearText}" is not a year (YYYY)`, { field: 'year' });
  const y = cal.years.find((e) => e.year === Number(yearText));
  if (!y) {
    const listed = cal.years.map((e) => e.year).join(', ');
    throw invalidInput(`${yearText} is not in the working-day calendar (years listed: ${listed})`, { field: 'year' });
  }
  if (y.status === 'notice-not-published') return `${y.year}: no State Council holiday notice in the calendar data; working days cannot be computed.\n${y.note}\n`;
  const line = (d: { date: string; nameZh: string; nameEn: string }): string => `  ${d.date} ${weekdayName(d.date)}  ${d.nameZh}  ${d.nameEn}`;
  return [
    `${y.year}: ${y.notice.title}`,
    `  ${y.notice.url}`,
    `holidays (${y.holidays.length} days off):`,
    ...y.holidays.map(line),
    `make-up working days (${y.makeUpWorkingDays.length}, weekends that are worked):`,
    ...y.makeUpWorkingDays.map(line),
    `calendar data version ${cal.dataVersion}; covers ${cal.coveredFrom} to ${cal.coveredTo}`,
    '',
  ].join('\n');
}

export function registerCalendarCommand(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('PRC working days (工作日) under the State Council holiday notices, with make-up working days (调休)')
    .option('--file <path>', 'calendar data file', DEFAULT_CALENDAR_FILE);

  calendar
    .command('add-working-days')
    .description('print the date N working days after DATE (DATE itself not counted)')
    .argument('<DATE>', 'start date, YYYY-MM-DD')
    .argument('<N>', 'number of working days, 0 or more')
    .action((date: string, n: string, _opts: unknown, cmd: Command) => {
      const count = parseCount(n);
      process.stdout.write(`${calendarOf(cmd).addWorkingDays(date, count)}\n`);
    });

  calendar
    .command('working-days')
    .description('print the number of working days after FROM up to and including TO')
    .argument('<FROM>', 'YYYY-MM-DD')
    .argument('<TO>', 'YYYY-MM-DD, not before FROM')
    .action((from: string, to: string, _opts: unknown, cmd: Command) => {
      process.stdout.write(`${calendarOf(cmd).workingDaysBetween(from, to)}\n`);
    });

  calendar
    .command('show')
    .description("list a year's holidays and make-up working days, with the notice they come from")
    .argument('<YEAR>', 'YYYY')
    .action((year: string, _opts: unknown, cmd: Command) => {
      process.stdout.write(showYear(calendarOf(cmd), year));
    });
}
