import { OPEN_END, parseCalendarDate } from '../model/calendar-date.js';
import type { Precision } from '../model/milestone.js';
import type { TickLevel } from '../layout/types.js';
import { language } from './languages.js';

// Dates in the element's three languages are written from tables, in each newsroom's style, not with
// Intl.DateTimeFormat: the first formatter costs about 15 ms of ICU start-up on the first frame's path,
// and ICU's Vietnamese ("30 tháng 6, 1923") is not how Vietnamese newsrooms write dates.
// Other languages, which the element never passes today, fall back to Intl, created lazily and cached.

type Parsed = NonNullable<ReturnType<typeof parseCalendarDate>>;
type Kind = Precision | 'tick-month' | 'tick-day' | 'tick-day-year';

/** Day, month (1–12) and year of a UTC instant: calendar dates are UTC midnights, so no zone moves them. */
const parts = (ms: number): [number, number, number] => {
  const d = new Date(ms);
  return [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
};

/** How a language writes dates: one function per form, from day, month (1–12) and year. */
export interface DateStyle {
  day(d: number, m: number, y: number): string;
  month(m: number, y: number): string;
  tickMonth(m: number, y: number): string;
  tickDay(d: number, m: number, y?: number): string;
  /** A range within one month / one year of one precision, or null to write both dates in full. */
  sameMonth(d1: number, d2: number, m: number, y: number): string;
  sameYear(d1: number, m1: number, d2: number, m2: number, y: number): string;
  monthsOfYear(m1: number, m2: number, y: number): string;
  /** A year alone, where the style marks it (Russian "1951 г."); else the number. */
  year?(y: number): string;
  /** An approximate date ('1951~'), given as written at its precision: "c. 1951". */
  about(text: string, precision: Precision, m: number, y: number): string;
  /** The end of an ongoing period ('..'): "2012 – today". */
  now: string;
}

const split = (names: string): string[] => ['', ...names.split(' ')];
const EN = split('January February March April May June July August September October November December');
// Jan … Aug, Sept, Oct …: the first three letters, four for September (BBC and Reuters style).
const EN_SHORT = EN.map((name) => name.slice(0, name[3] === 't' ? 4 : 3));
/** English, always at hand; Vietnamese and Russian are in their language's module (vi.ts, ru.ts), loaded with it. */
const STYLES: Record<string, DateStyle> = {
  // 30 January 1950; June 1923; 23–31 July 1980; 28 February – 2 March 2001; June–August 1979.
  en: {
    day: (d, m, y) => `${d} ${EN[m]} ${y}`,
    month: (m, y) => `${EN[m]} ${y}`,
    tickMonth: (m, y) => `${EN_SHORT[m]} ${y}`,
    tickDay: (d, m, y) => `${d} ${EN_SHORT[m]}${y ? ` ${y}` : ''}`,
    sameMonth: (d1, d2, m, y) => `${d1}–${d2} ${EN[m]} ${y}`,
    sameYear: (d1, m1, d2, m2, y) => `${d1} ${EN[m1]} – ${d2} ${EN[m2]} ${y}`,
    monthsOfYear: (m1, m2, y) => `${EN[m1]}–${EN[m2]} ${y}`,
    about: (text) => `c. ${text}`,
    now: 'today',
  },
};

/** The date style of a language with one, once it is at hand (languages.ts). */
const styleOf = (lang: string): DateStyle | undefined => STYLES[lang] ?? language(lang)?.dates;

const INTL_OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  'tick-month': { year: 'numeric', month: 'short' },
  'tick-day': { month: 'short', day: 'numeric' },
  'tick-day-year': { year: 'numeric', month: 'short', day: 'numeric' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

function intl(lang: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(lang, { ...INTL_OPTIONS[kind], timeZone: 'UTC' })));
  return f;
}

/** A date at its precision, with its doubt: "c. 1951" (approximate), "20 May 1957 (?)" (uncertain), both for '%'. */
function format({ start, precision, qualifier }: Parsed, lang: string): string {
  const style = styleOf(lang);
  const [d, m, y] = parts(start);
  let text = !style ? intl(lang, precision).format(start) : precision === 'day' ? style.day(d, m, y) : precision === 'month' ? style.month(m, y) : (style.year?.(y) ?? String(y));
  if (qualifier && qualifier !== '?') text = style ? style.about(text, precision, m, y) : `~${text}`;
  return qualifier && qualifier !== '~' ? `${text}\u00a0(?)` : text;
}

/**
 * formatCalendarDate('1950-01-30', 'en') → '30 January 1950'; '1923-06' → 'June 1923'; '1923' → '1923'.
 * Formats at the date's precision in UTC, so no viewer's time zone moves it. Unparseable text is returned as is.
 * From the one-file bundle, Vietnamese and Russian are written in their newsrooms' style once an element has
 * spoken them (their file has loaded); before that, and for other languages, as Intl writes them.
 */
export function formatCalendarDate(date: string, lang: string): string {
  const parsed = parseCalendarDate(date);
  return parsed ? format(parsed, lang) : date;
}

/**
 * formatDateRange('2024-06-19', '2024-06-20', 'en') → '19–20 June 2024': what two dates of one precision
 * share is written once; 'June 1979 – 9 May 1985' otherwise, or when either is in doubt; '2012 – today' for
 * an ongoing period ('..'); without an end, one date.
 */
export function formatDateRange(date: string, endDate: string | undefined, lang: string): string {
  const start = parseCalendarDate(date);
  const end = endDate === undefined ? null : parseCalendarDate(endDate);
  const style = styleOf(lang);
  if (endDate === OPEN_END) return `${formatCalendarDate(date, lang)} – ${style?.now ?? '…'}`;
  if (!start || !end) return endDate ? `${formatCalendarDate(date, lang)} – ${endDate}` : formatCalendarDate(date, lang);
  if (start.precision === end.precision && !start.qualifier && !end.qualifier) {
    if (!style) return intl(lang, start.precision).formatRange(start.start, end.start);
    const [d1, m1, y1] = parts(start.start);
    const [d2, m2, y2] = parts(end.start);
    if (start.precision === 'year') return `${y1}–${y2}`;
    if (y1 === y2 && start.precision === 'month') return style.monthsOfYear(m1, m2, y1);
    if (y1 === y2) return m1 === m2 ? style.sameMonth(d1, d2, m1, y1) : style.sameYear(d1, m1, d2, m2, y1);
  }
  return `${format(start, lang)} – ${format(end, lang)}`;
}

/**
 * formatTick(time, level, lang, withYear) → the axis label of a tick at UTC ms `time`: '1980', 'Jul 1980',
 * '23 Jul', or with `withYear` '23 Jul 1980' (month, year and decade labels always show the year).
 */
export function formatTick(time: number, level: TickLevel, lang: string, withYear = false): string {
  const style = styleOf(lang);
  const kind: Kind = level === 'month' ? 'tick-month' : level === 'day' ? (withYear ? 'tick-day-year' : 'tick-day') : 'year';
  if (!style) return intl(lang, kind).format(time);
  const [d, m, y] = parts(time);
  return kind === 'tick-month' ? style.tickMonth(m, y) : level === 'day' ? style.tickDay(d, m, withYear ? y : undefined) : String(y);
}

/**
 * dateLabel('1950-02', undefined, 'ru') → 'Февраль 1950 г.': formatDateRange for a date that starts a line (a card,
 * the detail), capitalised as Russian and Vietnamese write it there; inside a sentence the range stays lower case.
 */
export function dateLabel(date: string, endDate: string | undefined, lang: string): string {
  const text = formatDateRange(date, endDate, lang);
  // English starts with a number or a month's name, or "c." that stays lower case.
  return lang === 'en' ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
