/** Reads the PRC working-day calendar from its JSON data file and validates it. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidInput } from '../../domain/errors.ts';
import { type WorkCalendar, buildWorkCalendar } from '../../domain/calendar/workCalendar.ts';

/** The calendar shipped with exportctl: data/calendar/cn-work-calendar.json. */
export const DEFAULT_CALENDAR_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/calendar/cn-work-calendar.json');

export function loadCalendar(file: string = DEFAULT_CALENDAR_FILE): WorkCalendar {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw invalidInput(`cannot read the calendar file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw invalidInput(`not valid JSON: ${(e as Error).message}`, { file });
  }
  return buildWorkCalendar(json, file);
}
