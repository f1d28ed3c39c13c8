import { OPEN_END, parseCalendarDate } from '../model/calendar-date.js';
import type { Era } from '../model/milestone.js';
import { endOfToday } from './timeline-index.js';
import type { TimelineIndex, ViewWindow } from './types.js';

/** An era's span in UTC ms: from the start of its first date to the end of its last ('..': the end of today). */
export function eraSpan(era: Era): ViewWindow {
  const start = parseCalendarDate(era.start)?.start ?? NaN;
  const end = era.end === OPEN_END ? endOfToday() : (parseCalendarDate(era.end)?.end ?? NaN);
  return { start, end };
}

/** One era band of the horizontal track, in pixels along the axis, cut to the view. */
export interface PlacedEra {
  era: Era;
  /** Its place among the eras (by start), for alternating tints. */
  n: number;
  x0: number;
  x1: number;
}

/**
 * placeEras(eras, window, width) → a band for each era the window shows, in pixels from the left of an axis
 * `width` long, cut to [0, width]. Eras may overlap; they keep their order.
 */
export function placeEras(eras: readonly Era[], window: ViewWindow, width: number): PlacedEra[] {
  const k = width / (window.end - window.start);
  const out: PlacedEra[] = [];
  eras.forEach((era, n) => {
    const { start, end } = eraSpan(era);
    const [x0, x1] = [Math.max(0, (start - window.start) * k), Math.min(width, (end - window.start) * k)];
    if (x1 > x0) out.push({ era, n, x0, x1 });
  });
  return out;
}

/** eraAt(eras) → the era that holds a given UTC instant (the first, where eras overlap), or undefined. */
export function eraAt(eras: readonly Era[]): (ms: number) => Era | undefined {
  const spans = eras.map((era) => [era, eraSpan(era)] as const);
  return (ms) => spans.find(([, span]) => ms >= span.start && ms < span.end)?.[0];
}

/**
 * eraHeadings(eras, index) → for each era, the item of the index (a card on the spine) it starts at: the first
 * item that starts within it. An era no item falls in has no heading; two eras may start at one item.
 */
export function eraHeadings(eras: readonly Era[], index: TimelineIndex): Map<number, Era[]> {
  const at = new Map<number, Era[]>();
  for (const era of eras) {
    const { start, end } = eraSpan(era);
    const i = index.items.findIndex((item) => item.start >= start && item.start < end);
    if (i >= 0) at.set(i, [...(at.get(i) ?? []), era]);
  }
  return at;
}
