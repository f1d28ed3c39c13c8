import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineIndex, ViewWindow } from './types.js';

/**
 * visibleSlice(index, window) → [from, to): the index range that can hold items overlapping the
 * window, found by bisection in O(log n). Periods that began up to `maxSpan` before the window are
 * inside the range; callers drop the few that ended before it (see `overlaps`).
 */
export function visibleSlice(index: TimelineIndex, window: ViewWindow): [number, number] {
  const from = bisectLeft(index.starts, window.start - index.maxSpan);
  const to = bisectRight(index.starts, window.end);
  return [from, Math.max(from, to)];
}

/** overlaps(start, end, window) → whether the span [start, end ?? start] meets the window. */
export function overlaps(start: number, end: number | null, window: ViewWindow): boolean {
  return start <= window.end && (end ?? start) >= window.start;
}
