import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { ViewWindow } from './types.js';

/** A scale from UTC milliseconds onto pixels. */
export type TimeScale = ScaleLinear<number, number>;

/**
 * timeScale(window, length) → a scale from the window's UTC milliseconds onto [0, length] pixels. Linear on the
 * epoch milliseconds, which is what d3's scaleUtc maps too; the axis takes its calendar steps from d3-time
 * (ticks.ts), so scaleUtc's own calendar ticks (and d3-time's tick tables they bring) are left out of the bundle.
 */
export function timeScale(window: ViewWindow, length: number): TimeScale {
  return scaleLinear()
    .domain([window.start, window.end])
    .range([0, Math.max(0, length)]);
}
