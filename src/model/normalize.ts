import { OPEN_END, parseCalendarDate, type CalendarDate } from './calendar-date.js';
import { isLocalizedText } from './localized-text.js';
import type { DataProblem, Era, LocalizedText, Milestone, MilestoneCorrection, MilestoneMedia, MilestoneSource } from './milestone.js';
import { toHttpUrl, toImageUrl } from './safe-url.js';

/** What `normalize()` returns: the valid milestones in date order, and why the others were left out. */
export interface NormalizeResult {
  milestones: Milestone[];
  problems: DataProblem[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reason an item is left out; thrown only inside this module and caught per item. */
class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function text(value: unknown, field: string): LocalizedText {
  if (!isLocalizedText(value)) {
    throw new FieldError(field, `${field} must be non-empty text or an object of language → text (got ${describe(value)})`);
  }
  return typeof value === 'string' ? value : { ...value };
}

function optionalText(value: unknown, field: string): LocalizedText | undefined {
  return value === undefined ? undefined : text(value, field);
}

function media(value: unknown): MilestoneMedia | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') throw new FieldError('media', 'media must be an object with src and alt');
  const m = value as Record<string, unknown>;
  const src = toImageUrl(m.src);
  if (src === null) throw new FieldError('media.src', `media.src must be an http(s) URL or a relative path (got ${describe(m.src)})`);
  const result: MilestoneMedia = { src, alt: text(m.alt, 'media.alt') };
  const caption = optionalText(m.caption, 'media.caption');
  const credit = optionalText(m.credit, 'media.credit');
  if (caption !== undefined) result.caption = caption;
  if (credit !== undefined) result.credit = credit;
  return result;
}

function sources(value: unknown): MilestoneSource[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new FieldError('sources', 'sources must be a list of { label, url }');
  return value.map((source: unknown, i) => {
    const s = (source ?? {}) as Record<string, unknown>;
    const url = toHttpUrl(s.url);
    if (url === null) throw new FieldError(`sources[${i}].url`, `sources[${i}].url must be an absolute http(s) URL (got ${describe(s.url)})`);
    return { label: text(s.label, `sources[${i}].label`), url };
  });
}

/** A valid milestone and its start (UTC ms), so the date is read once. */
function milestone(value: unknown, seen: Set<string>): { m: Milestone; start: number } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FieldError('', `a milestone must be an object (got ${describe(value)})`);
  }
  const item = value as Record<string, unknown>;
  if (typeof item.id !== 'string' || !ID.test(item.id)) {
    throw new FieldError('id', `id must be lowercase letters, digits and single hyphens (got ${describe(item.id)})`);
  }
  if (seen.has(item.id)) throw new FieldError('id', `id "${item.id}" is used by an earlier milestone`);
  const start = calendarDate(item.date, 'date');
  const result: Milestone = { id: item.id, date: (item.date as string).trim(), title: text(item.title, 'title') };
  if (item.endDate !== undefined) {
    // '..': ongoing.
    const end = item.endDate === OPEN_END ? start : calendarDate(item.endDate, 'endDate');
    if (end.end <= start.start) throw new FieldError('endDate', `endDate ${describe(item.endDate)} is before date ${describe(item.date)}`);
    result.endDate = (item.endDate as string).trim();
  }
  const description = optionalText(item.description, 'description');
  if (description !== undefined) result.description = description;
  if (item.category !== undefined) {
    if (typeof item.category !== 'string' || !ID.test(item.category)) {
      throw new FieldError('category', `category must be a lowercase word such as "diplomacy" (got ${describe(item.category)})`);
    }
    result.category = item.category;
  }
  if (item.importance !== undefined) {
    if (item.importance !== 1 && item.importance !== 2 && item.importance !== 3) {
      throw new FieldError('importance', `importance must be 1, 2 or 3 (got ${describe(item.importance)})`);
    }
    result.importance = item.importance;
  }
  const m = media(item.media);
  if (m !== undefined) result.media = m;
  const s = sources(item.sources);
  if (s !== undefined) result.sources = s;
  const note = optionalText(item.dateNote, 'dateNote');
  if (note !== undefined) result.dateNote = note;
  if (item.updated !== undefined) result.updated = day(item.updated, 'updated');
  const c = corrections(item.corrections);
  if (c !== undefined) result.corrections = c;
  return { m: result, start: start.start };
}

/** A real calendar date at its precision, doubt marks allowed, or a FieldError for `field`. */
function calendarDate(value: unknown, field: string): Readonly<CalendarDate> {
  const date = parseCalendarDate(value);
  if (!date) throw new FieldError(field, `${field} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, with ~, ? or % for doubt (got ${describe(value)})`);
  return date;
}

/** An editorial date (`updated`, a correction's), as written. */
const day = (value: unknown, field: string): string => (calendarDate(value, field), (value as string).trim());

/** The corrections, in the order given (newest first, as a newsroom lists them). */
function corrections(value: unknown): MilestoneCorrection[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new FieldError('corrections', 'corrections must be a list of { date, text }');
  return value.map((c: unknown, i) => {
    const item = (c ?? {}) as Record<string, unknown>;
    return { date: day(item.date, `corrections[${i}].date`), text: text(item.text, `corrections[${i}].text`) };
  });
}

/** What a thrown value says, even when it cannot be turned into text. */
function reason(error: unknown): string {
  try {
    return error instanceof FieldError ? error.message : String(error);
  } catch {
    return 'it could not be read';
  }
}

/** The item's id for a problem report, if reading it is harmless. */
function safeId(value: unknown): unknown {
  try {
    return (value as { id?: unknown } | null)?.id;
  } catch {
    return undefined;
  }
}

/** What `normalizeEras()` returns: the valid eras by start date, and why the others were left out. */
export interface NormalizeErasResult {
  eras: Era[];
  problems: DataProblem[];
}

/**
 * normalizeEras(input) → the valid eras of `Era[]` or of `{ eras: Era[] }` (the JSON form `{ milestones, eras }`),
 * sorted by start (stable), and a problem for each era left out, its field written `eras[2].end` so an editor
 * finds it. Eras may overlap. No input (no `eras`) is no eras and no problem. Never throws.
 */
// The checks repeat milestone()'s (id, dates, the problem) rather than share helpers with it: sharing them
// costs the one-file bundle 5–13 bytes gzip, which it does not have (it carries normalize(), not this).
export function normalizeEras(input: unknown): NormalizeErasResult {
  const eras: { era: Era; start: number }[] = [];
  const problems: DataProblem[] = [];
  try {
    const list = Array.isArray(input) ? input : (input as { eras?: unknown } | null)?.eras;
    if (list === undefined) return { eras: [], problems: [] };
    if (!Array.isArray(list)) return { eras: [], problems: [{ index: -1, field: 'eras', message: `eras must be a list of { id, start, end, label } (got ${describe(list)})` }] };
    const seen = new Set<string>();
    list.forEach((value: unknown, index) => {
      try {
        const item = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
        if (typeof item.id !== 'string' || !ID.test(item.id)) throw new FieldError('id', `id must be lowercase letters, digits and single hyphens (got ${describe(item.id)})`);
        if (seen.has(item.id)) throw new FieldError('id', `id "${item.id}" is used by an earlier era`);
        const start = calendarDate(item.start, 'start');
        const end = item.end === OPEN_END ? start : calendarDate(item.end, 'end');
        if (end.end <= start.start) throw new FieldError('end', `end ${describe(item.end)} is before start ${describe(item.start)}`);
        seen.add(item.id);
        eras.push({ era: { id: item.id, start: (item.start as string).trim(), end: (item.end as string).trim(), label: text(item.label, 'label') }, start: start.start });
      } catch (error) {
        const id = safeId(value);
        const field = error instanceof FieldError ? `eras[${index}].${error.field}` : undefined;
        problems.push({ index, ...(typeof id === 'string' && { id }), ...(field && { field }), message: `eras[${index}]: ${reason(error)}` });
      }
    });
  } catch (error) {
    return { eras: [], problems: [{ index: -1, field: 'eras', message: `the eras could not be read: ${reason(error)}` }] };
  }
  return { eras: eras.sort((a, b) => a.start - b.start).map((e) => e.era), problems };
}

/**
 * normalize(input) → the valid milestones, sorted by date (stable), and one problem for each
 * item it left out. Accepts a `Milestone[]` or `{ milestones: Milestone[] }`. Never throws;
 * never returns the caller's objects, so later changes to the input do not leak in.
 */
export function normalize(input: unknown): NormalizeResult {
  try {
    return read(input);
  } catch (error) {
    // A hostile input (a throwing Proxy or getter, a revoked Proxy) is one problem, never an exception.
    return { milestones: [], problems: [{ index: -1, message: `the milestones could not be read: ${reason(error)}` }] };
  }
}

function read(input: unknown): NormalizeResult {
  const list = Array.isArray(input)
    ? input
    : input !== null && typeof input === 'object' && Array.isArray((input as { milestones?: unknown }).milestones)
      ? (input as { milestones: unknown[] }).milestones
      : null;
  if (list === null) {
    return { milestones: [], problems: [{ index: -1, message: `expected a list of milestones or { "milestones": [...] } (got ${describe(input)})` }] };
  }
  const problems: DataProblem[] = [];
  const valid: { m: Milestone; start: number; index: number }[] = [];
  const seen = new Set<string>();
  list.forEach((value: unknown, index) => {
    try {
      const { m, start } = milestone(value, seen);
      seen.add(m.id);
      valid.push({ m, start, index });
    } catch (error) {
      const id = safeId(value);
      const problem: DataProblem = { index, message: reason(error) };
      if (typeof id === 'string' && id !== '') problem.id = id;
      if (error instanceof FieldError && error.field) problem.field = error.field;
      problems.push(problem);
    }
  });
  // Most data arrives in date order: one pass checks it before a sort (stable: ties keep their order).
  let sorted = true;
  for (let i = 1; i < valid.length && sorted; i++) sorted = valid[i - 1]!.start <= valid[i]!.start;
  if (!sorted) valid.sort((a, b) => a.start - b.start || a.index - b.index);
  return { milestones: valid.map((v) => v.m), problems };
}
