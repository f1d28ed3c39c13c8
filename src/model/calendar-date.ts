import type { Precision } from './milestone.js';

/** A parsed calendar date. `start` and `end` are UTC milliseconds: [start, end) covers the date at its precision. */
export interface CalendarDate {
  year: number;
  /** 1–12, when the precision is month or day. */
  month?: number;
  /** 1–31, when the precision is day. */
  day?: number;
  precision: Precision;
  /** UTC milliseconds of the first instant of the date. */
  start: number;
  /** UTC milliseconds of the first instant after the date (exclusive end). */
  end: number;
  /** EDTF's doubt, written after the date: '~' approximate ('1951~'), '?' uncertain ('1957-05-20?'), '%' both. */
  qualifier?: '~' | '?' | '%';
}

/** The open end of a period (EDTF): ongoing, to today. Only an end may be open. */
export const OPEN_END = '..';

const ISO_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

function utcMs(year: number, monthIndex: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not (and costs a Date object).
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Dates already parsed: one dataset repeats its dates (normalize, then the index, then the labels). */
const parsed = new Map<string, Readonly<CalendarDate> | null>();

/**
 * parseCalendarDate('1950-01-30') → the calendar date at its precision, or null when the
 * text is not 'YYYY', 'YYYY-MM' or a real 'YYYY-MM-DD', each with an optional qualifier (`~`, `?`
 * or `%`, as EDTF level 1 writes doubt: '1951~' is "c. 1951"). Never reads the local time zone.
 * The result is shared between callers: read it, never change it.
 */
export function parseCalendarDate(text: unknown): Readonly<CalendarDate> | null {
  if (typeof text !== 'string') return null;
  let date = parsed.get(text);
  if (date === undefined) {
    if (parsed.size >= 50_000) parsed.clear();
    parsed.set(text, (date = parse(text)));
  }
  return date;
}

function parse(text: string): CalendarDate | null {
  const m = ISO_CALENDAR_DATE.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? 1);
  const day = Number(m[3] ?? 1);
  const start = utcMs(year, month - 1, day);
  // Reject month 13, 1950-02-30 and the like: month and day must survive the round trip.
  if (month < 1 || month > 12 || day < 1 || new Date(start).getUTCDate() !== day) return null;
  const date: CalendarDate =
    m[2] === undefined
      ? { year, precision: 'year', start, end: utcMs(year + 1, 0, 1) }
      : m[3] === undefined
        ? { year, month, precision: 'month', start, end: utcMs(year, month, 1) }
        : { year, month, day, precision: 'day', start, end: utcMs(year, month - 1, day + 1) };
  if (m[4]) date.qualifier = m[4] as CalendarDate['qualifier'];
  return date;
}

/** toIsoDay(ms) → 'YYYY-MM-DD' of the UTC calendar day that holds the instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
