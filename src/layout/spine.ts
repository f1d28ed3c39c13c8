import { utcYear } from 'd3-time';
import type { TimelineIndex } from './types.js';

const YEAR = 365.2425 * 86_400_000;

/** Spacing of the vertical layout, in pixels. */
export interface SpineOptions {
  /** Space between two cards on the same date. Default 8. */
  minGap?: number;
  /** Extra space per √year between two cards. Default 14. */
  perRootYear?: number;
  /** The most extra space any gap gets: long gaps are compressed to this. Default 40. */
  maxExtra?: number;
}

/** One card of the vertical layout: the space above it, and the year to mark on the spine when a new year starts there. */
export interface SpineItem {
  /** Pixels between the previous card and this one (0 for the first). */
  gap: number;
  /** UTC ms of the start of this card's year when it differs from the previous card's, else null. */
  year: number | null;
}

/**
 * layoutSpine(index, options) → one SpineItem per item, in date order. Cards follow each other in the
 * page's flow (so they never overlap, whatever their height); the gap between two grows with the square
 * root of the time between them, capped, so long silences read as longer without pushing the story
 * off the screen.
 */
export function layoutSpine(index: TimelineIndex, options: SpineOptions = {}): SpineItem[] {
  const { minGap = 8, perRootYear = 14, maxExtra = 40 } = options;
  let lastYear: number | null = null;
  return index.items.map((item, i) => {
    const prev = index.items[i - 1];
    const years = prev ? Math.max(0, item.start - prev.start) / YEAR : 0;
    const year = utcYear.floor(new Date(item.start)).getTime();
    const mark = year === lastYear ? null : year;
    lastYear = year;
    return { gap: prev ? Math.round(minGap + Math.min(maxExtra, perRootYear * Math.sqrt(years))) : 0, year: mark };
  });
}
