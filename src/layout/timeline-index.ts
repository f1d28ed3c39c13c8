import { OPEN_END, parseCalendarDate } from '../model/calendar-date.js';
import type { Milestone } from '../model/milestone.js';
import type { TimedItem, TimelineIndex } from './types.js';

const DAY = 86_400_000;

/** Where an ongoing period ('..') ends: the end of today (UTC). */
export const endOfToday = (): number => Math.ceil(Date.now() / DAY) * DAY;

/**
 * indexTimeline(milestones) → the milestones with their UTC spans, sorted by start, ready
 * for O(log n) window queries. Expects normalized milestones; skips any whose date does not parse.
 */
export function indexTimeline(milestones: readonly Milestone[]): TimelineIndex {
  const items: TimedItem[] = [];
  for (const milestone of milestones) {
    const start = parseCalendarDate(milestone.date);
    if (!start) continue;
    const end = milestone.endDate === OPEN_END ? endOfToday() : milestone.endDate ? (parseCalendarDate(milestone.endDate)?.end ?? null) : null;
    items.push({ milestone, start: start.start, end, importance: milestone.importance ?? 2 });
  }
  // normalize() hands the data over in date order already: check in one pass before sorting.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1]!.start <= items[i]!.start;
  if (!sorted) items.sort((a, b) => a.start - b.start);
  const starts = Float64Array.from(items, (item) => item.start);
  let minStart = Infinity;
  let maxEnd = -Infinity;
  for (const item of items) {
    const end = item.end ?? item.start;
    minStart = Math.min(minStart, item.start);
    maxEnd = Math.max(maxEnd, end);
  }
  const positions = new Map(items.map((item, i) => [item.milestone.id, i]));
  const found: number[] = [];
  items.forEach((item, i) => item.end !== null && found.push(i));
  const periods = Int32Array.from(found);
  return { items, starts, positions, periods, extent: items.length ? { start: minStart, end: maxEnd, lastStart: starts[starts.length - 1]! } : null };
}
