import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineIndex, ViewWindow } from './types.js';

/**
 * visibleSlice(index, window) → [from, to): the items that begin inside the window, found by bisection
 * in O(log n). Periods that began before it are not in the range: see `visibleItems`.
 */
export function visibleSlice(index: TimelineIndex, window: ViewWindow): [number, number] {
  const from = bisectLeft(index.starts, window.start);
  const to = bisectRight(index.starts, window.end);
  return [from, Math.max(from, to)];
}

/**
 * visibleItems(index, window) → the positions of every item that meets the window, ascending: the periods
 * that began before it and still run (read from `index.periods` only), then what begins inside it
 * (bisection). Cost O(log n + periods + visible), whatever the longest period.
 */
export function visibleItems(index: TimelineIndex, window: ViewWindow): number[] {
  const [from, to] = visibleSlice(index, window);
  const out: number[] = [];
  for (const p of index.periods) {
    if (p >= from) break;
    if (index.items[p]!.end! >= window.start) out.push(p);
  }
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** overlaps(start, end, window) → whether the span [start, end ?? start] meets the window. */
export function overlaps(start: number, end: number | null, window: ViewWindow): boolean {
  return start <= window.end && (end ?? start) >= window.start;
}
