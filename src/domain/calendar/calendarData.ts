/**
 * The shape of the PRC working-day calendar data (`data/calendar/cn-work-calendar.json`): one entry
 * per year with the State Council's holiday notice, its days off and its make-up working days
 * (调休). The file is editable; it is validated against this schema every time it is loaded.
 */
import { z } from 'zod';
import { isoDateProblem } from './isoDate.ts';

export const CALENDAR_SCHEMA_VERSION = 1;

export const isoDateSchema = z.string().superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A listed day with the festival it belongs to, in Chinese and English. */
export const calendarDaySchema = z.strictObject({
  date: isoDateSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});

export const holidayNoticeSchema = z.strictObject({
  issuer: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
});

const yearField = z.number().int().min(1949).max(9999);

/** A year whose holiday notice is in the data: its working days are known. */
export const publishedYearSchema = z.strictObject({
  year: yearField,
  status: z.literal('published'),
  notice: holidayNoticeSchema,
  /** Days off under the notice (weekdays and the weekends inside a holiday block). */
  holidays: z.array(calendarDaySchema),
  /** Weekend days that are working days under the notice (调休). */
  makeUpWorkingDays: z.array(calendarDaySchema),
});

/** A year listed before its notice exists: its working days are unknown, so it is not covered. */
export const pendingYearSchema = z.strictObject({
  year: yearField,
  status: z.literal('notice-not-published'),
  note: z.string().min(1),
});

export const calendarYearSchema = z.discriminatedUnion('status', [publishedYearSchema, pendingYearSchema]);

export const calendarSourceSchema = z.strictObject({
  description: z.string().min(1),
  repository: z.string().min(1),
  snapshot: z.string().min(1),
  licence: z.string().min(1),
  files: z.array(z.strictObject({ year: yearField, path: z.string().min(1), commit: z.string().min(1) })),
});

export const calendarDataSchema = z.strictObject({
  schemaVersion: z.literal(CALENDAR_SCHEMA_VERSION),
  jurisdiction: z.literal('CN'),
  /** Version of this data set; change it whenever the days change. */
  dataVersion: z.string().min(1),
  source: calendarSourceSchema,
  years: z.array(calendarYearSchema).min(1),
});

export type CalendarDay = z.infer<typeof calendarDaySchema>;
export type PublishedYear = z.infer<typeof publishedYearSchema>;
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarData = z.infer<typeof calendarDataSchema>;
