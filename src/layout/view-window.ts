import type { ViewWindow } from './types.js';

const DAY = 86_400_000;

/** Limits on how far a reader may zoom. */
export interface ZoomLimits {
  /** Shortest window in ms (default: 7 days). */
  minSpan: number;
  /** Longest window in ms (default: 1,000 years). */
  maxSpan: number;
}

export const DEFAULT_ZOOM_LIMITS: ZoomLimits = { minSpan: 7 * DAY, maxSpan: 1000 * 365.2425 * DAY };

/**
 * fitAll(extent, margin) → a window that shows the whole extent with `margin` (a fraction of its
 * span) on each side. A single instant gets a year around it; no data gets 1923–2025.
 */
export function fitAll(extent: ViewWindow | null, margin = 0.04): ViewWindow {
  if (!extent) return { start: Date.UTC(1920, 0, 1), end: Date.UTC(2030, 0, 1) };
  const span = Math.max(extent.end - extent.start, 365 * DAY);
  const pad = span * margin;
  const mid = (extent.start + extent.end) / 2;
  return { start: mid - span / 2 - pad, end: mid + span / 2 + pad };
}

function clampSpan(window: ViewWindow, anchor: number, limits: ZoomLimits): ViewWindow {
  const span = window.end - window.start;
  const clamped = Math.min(limits.maxSpan, Math.max(limits.minSpan, span));
  if (clamped === span) return { start: window.start, end: window.end };
  const f = (anchor - window.start) / span;
  return { start: anchor - clamped * f, end: anchor + clamped * (1 - f) };
}

/**
 * zoomAt(window, anchor, factor) → the window scaled by `factor` (< 1 zooms in) around `anchor`,
 * a fraction 0–1 across the view, so the date under the pointer stays put. Returns a new window.
 */
export function zoomAt(window: ViewWindow, anchor: number, factor: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): ViewWindow {
  const span = window.end - window.start;
  const at = window.start + span * anchor;
  return clampSpan({ start: at - (at - window.start) * factor, end: at + (window.end - at) * factor }, at, limits);
}

/** panBy(window, fraction) → the window moved by `fraction` of its span (positive is later). */
export function panBy(window: ViewWindow, fraction: number): ViewWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/** centerOn(window, time) → the window, same span, moved so `time` is in its middle. */
export function centerOn(window: ViewWindow, time: number): ViewWindow {
  const half = (window.end - window.start) / 2;
  return { start: time - half, end: time + half };
}

/** zoomToSpan(start, end, margin) → a window showing [start, end] with a margin, within the limits. */
export function zoomToSpan(start: number, end: number, margin = 0.1, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): ViewWindow {
  const span = Math.max(end - start, 0);
  const pad = span * margin;
  return clampSpan({ start: start - pad, end: end + pad || start + 1 }, (start + end) / 2, limits);
}
