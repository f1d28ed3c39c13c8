import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { ViewWindow } from './types.js';

/** timeScale(window, length) → a UTC scale from the window onto [0, length] pixels. */
export function timeScale(window: ViewWindow, length: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(window.start), new Date(window.end)])
    .range([0, Math.max(0, length)]);
}
