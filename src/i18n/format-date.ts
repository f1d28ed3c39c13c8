import { parseCalendarDate } from '../model/calendar-date.js';
import type { Precision } from '../model/milestone.js';
import type { TickLevel } from '../layout/types.js';

const formats = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Record<Precision | 'tick-month' | 'tick-day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  'tick-month': { year: 'numeric', month: 'short' },
  'tick-day': { month: 'short', day: 'numeric' },
};

function formatter(lang: string, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    // Calendar dates are UTC instants at midnight: formatting them in UTC keeps the day in every zone.
    f = new Intl.DateTimeFormat(lang, { ...OPTIONS[kind], timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

type Parsed = NonNullable<ReturnType<typeof parseCalendarDate>>;
const parts = (ms: number): [number, number, number] => {
  const d = new Date(ms);
  return [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
};

/**
 * Vietnamese newsroom style, which ICU does not give ("30 tháng 6, 1923"): 30/6/1923, tháng 6/1923, 1923;
 * ranges 19–20/6/2024, 28/2–2/3/2001, tháng 6–8/1979, 2019–2020.
 */
function viDate({ start, precision }: Parsed): string {
  const [d, m, y] = parts(start);
  return precision === 'day' ? `${d}/${m}/${y}` : precision === 'month' ? `tháng ${m}/${y}` : `${y}`;
}

function viRange(a: Parsed, b: Parsed): string {
  const [d1, m1, y1] = parts(a.start);
  const [d2, m2, y2] = parts(b.start);
  if (a.precision === 'day' && y1 === y2) return m1 === m2 ? `${d1}–${d2}/${m1}/${y1}` : `${d1}/${m1}–${d2}/${m2}/${y1}`;
  if (a.precision === 'month' && y1 === y2) return `tháng ${m1}–${m2}/${y1}`;
  if (a.precision === 'year') return `${y1}–${y2}`;
  return `${viDate(a)} – ${viDate(b)}`;
}

/**
 * formatCalendarDate('1950-01-30', 'en') → '30 January 1950'; '1923-06' → 'June 1923'; '1923' → '1923'.
 * Formats at the date's precision in UTC, so no viewer's time zone moves it. Unparseable text is returned as is.
 */
export function formatCalendarDate(date: string, lang: string): string {
  const parsed = parseCalendarDate(date);
  if (!parsed) return date;
  if (lang === 'vi') return viDate(parsed);
  // 'en' alone gives "January 30, 1950"; the newsroom style of our datasets is day-month-year.
  const locale = lang === 'en' ? 'en-GB' : lang;
  return formatter(locale, parsed.precision).format(parsed.start);
}

/**
 * formatDateRange('2024-06-19', '2024-06-20', 'en') → '19–20 June 2024' (Intl's range format when both
 * dates have one precision); 'June 1979 – 9 May 1985' otherwise; without an end, one date.
 */
export function formatDateRange(date: string, endDate: string | undefined, lang: string): string {
  const start = parseCalendarDate(date);
  const end = endDate === undefined ? null : parseCalendarDate(endDate);
  if (!start || !end) return endDate ? `${formatCalendarDate(date, lang)} – ${endDate}` : formatCalendarDate(date, lang);
  if (start.precision === end.precision && lang === 'vi') return viRange(start, end);
  if (start.precision === end.precision) return formatter(lang === 'en' ? 'en-GB' : lang, start.precision).formatRange(start.start, end.start);
  return `${formatCalendarDate(date, lang)} – ${formatCalendarDate(endDate!, lang)}`;
}

/** formatTick(time, level, lang) → the axis label of a tick at UTC ms `time`. */
export function formatTick(time: number, level: TickLevel, lang: string): string {
  if (lang === 'vi' && (level === 'month' || level === 'day')) {
    const [d, m, y] = parts(time);
    return level === 'month' ? `${m}/${y}` : `${d}/${m}`;
  }
  const locale = lang === 'en' ? 'en-GB' : lang;
  const kind = level === 'month' ? 'tick-month' : level === 'day' ? 'tick-day' : 'year';
  return formatter(locale, kind).format(time);
}
