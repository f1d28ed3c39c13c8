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
}

const ISO_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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
 * text is not 'YYYY', 'YYYY-MM' or a real 'YYYY-MM-DD'. Never reads the local time zone.
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
  if (m[2] === undefined) {
    return { year, precision: 'year', start: utcMs(year, 0, 1), end: utcMs(year + 1, 0, 1) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { year, month, precision: 'month', start: utcMs(year, month - 1, 1), end: utcMs(year, month, 1) };
  }
  const day = Number(m[3]);
  const start = utcMs(year, month - 1, day);
  // Reject 1950-02-30 and the like: the day must survive the round trip.
  if (day < 1 || new Date(start).getUTCDate() !== day) return null;
  return { year, month, day, precision: 'day', start, end: utcMs(year, month - 1, day + 1) };
}

/** toIsoDay(ms) → 'YYYY-MM-DD' of the UTC calendar day that holds the instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
