import type { DataExtent, ViewWindow } from './types.js';

const DAY = 86_400_000;

/** Limits on how far a reader may zoom. */
export interface ZoomLimits {
  /** Shortest window in ms (default: 7 days). */
  minSpan: number;
  /** Longest window in ms (default: 1,000 years). */
  maxSpan: number;
}

export const DEFAULT_ZOOM_LIMITS: ZoomLimits = { minSpan: 7 * DAY, maxSpan: 1000 * 365.2425 * DAY };

/** The shortest margin fitAll leaves at each side: about three months, so no marker sits on the edge. */
const MIN_MARGIN = (365.2425 / 4) * DAY;

/**
 * fitAll(extent, margin) → the default window: the markers, from the first start to the last
 * (`extent.lastStart`, else `extent.end`), with `margin` (a fraction of their span, at least about three
 * months) on each side. A period running on past the last marker runs off the edge (clampView lets a reader
 * pan to its end). A window shorter than a year is widened to one, centred; no data gets 1920–2030.
 */
export function fitAll(extent: DataExtent | null, margin = 0.02): ViewWindow {
  if (!extent) return { start: Date.UTC(1920, 0, 1), end: Date.UTC(2030, 0, 1) };
  const last = extent.lastStart ?? extent.end;
  const pad = Math.max((last - extent.start) * margin, MIN_MARGIN);
  const [start, end] = [extent.start - pad, last + pad];
  const grow = Math.max(0, 365 * DAY - (end - start)) / 2;
  return { start: start - grow, end: end + grow };
}

/** The window with its span held within the limits, scaled around `anchor` (a time); a zero span is centred on it. */
function clampSpan(window: ViewWindow, anchor: number, limits: ZoomLimits): ViewWindow {
  const span = window.end - window.start;
  const clamped = Math.min(limits.maxSpan, Math.max(limits.minSpan, span));
  if (clamped === span) return { start: window.start, end: window.end };
  const f = span > 0 ? (anchor - window.start) / span : 0.5;
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

/**
 * zoomToSpan(start, end, margin) → a window showing [start, end] with a margin, within the limits.
 * A zero span (one date, or several on the same date) gets the shortest window, centred on it.
 */
export function zoomToSpan(start: number, end: number, margin = 0.1, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): ViewWindow {
  const span = Math.max(end - start, 0);
  const pad = span * margin;
  return clampSpan({ start: start - pad, end: end + pad }, (start + end) / 2, limits);
}

/**
 * clampView(window, extent, limits) → the window kept where there is something to see: its span between
 * `limits.minSpan` and the default window (fitAll(extent)), and its edges inside that window, or out to the
 * end of a period that runs past the last marker (with fitAll's margin), so a reader can neither pan into
 * empty centuries nor zoom out past everything. Returns a new window.
 */
export function clampView(window: ViewWindow, extent: DataExtent | null, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): ViewWindow {
  const fit = fitAll(extent);
  const runsOn = extent ? Math.max(0, extent.end - (extent.lastStart ?? extent.end)) : 0;
  const bounds = { start: fit.start, end: fit.end + runsOn };
  const full = fit.end - fit.start;
  const mid = (window.start + window.end) / 2;
  const sized = clampSpan(window, Number.isFinite(mid) ? mid : (bounds.start + bounds.end) / 2, { minSpan: limits.minSpan, maxSpan: Math.min(limits.maxSpan, full) });
  const span = sized.end - sized.start;
  const start = Math.min(Math.max(sized.start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/**
 * revealSpan(window, start, end, margin) → the window moved only as far as needed so that [start, end] is
 * inside it with `margin` (a fraction of the window) on each side: unchanged (the same object) when it already
 * is, panned when the span fits at this zoom, zoomed out around the span when it does not. Never zooms in, so
 * a reader stepping through a story keeps the scale they chose.
 */
export function revealSpan(window: ViewWindow, start: number, end: number, margin = 0.08): ViewWindow {
  const span = window.end - window.start;
  const pad = span * margin;
  if (start >= window.start + pad && end <= window.end - pad) return window;
  const needed = (end - start) / (1 - 2 * margin);
  if (needed > span) {
    const mid = (start + end) / 2;
    return { start: mid - needed / 2, end: mid + needed / 2 };
  }
  const shift = start < window.start + pad ? start - pad - window.start : end + pad - window.end;
  return { start: window.start + shift, end: window.end + shift };
}
