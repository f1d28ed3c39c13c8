import type { Milestone } from '../model/milestone.js';

/** A visible time window in UTC milliseconds, start < end. */
export interface ViewWindow {
  start: number;
  end: number;
}

/** The time the data covers: earliest start to latest end, and the latest start, where the last marker sits (`end` when not given). */
export interface DataExtent extends ViewWindow {
  lastStart?: number;
}

/** Granularity of an axis tick; follows the zoom. */
export type TickLevel = 'decade' | 'year' | 'month' | 'day';

export interface Tick {
  /** UTC milliseconds of the tick. */
  time: number;
  /** Pixels from the start of the axis. */
  x: number;
  level: TickLevel;
  /** The label shows the year. Always, except for day ticks: there only the first and the first of each year. */
  withYear: boolean;
}

/** One milestone with its time span, as the layout sees it. */
export interface TimedItem {
  milestone: Milestone;
  /** UTC ms of the first instant of `date`. */
  start: number;
  /** UTC ms of the end of `endDate` (exclusive), or null for a single date. */
  end: number | null;
  importance: 1 | 2 | 3;
}

/** Milestones prepared once for many layouts: sorted by start, with a sorted array of starts for bisection. */
export interface TimelineIndex {
  items: readonly TimedItem[];
  starts: Float64Array;
  /**
   * Positions of the periods (items with an end), ascending. A window query bisects `starts` for what
   * begins inside it and reads only these for what began before it and still runs, so one period that
   * spans decades does not make every query read the decades before the window.
   */
  periods: Int32Array;
  /** Milestone id → position in `items`. */
  positions: ReadonlyMap<string, number>;
  /** Earliest start and latest end of all items, and the latest start, or null when there are none. */
  extent: DataExtent | null;
}

/** Something drawn on the axis: one milestone, or several too close together to tell apart. */
export interface PlacedMarker {
  /**
   * Stable key: the id of the lead milestone. When a cluster splits or merges while the view moves, its lead
   * keeps the DOM node, so a zoom step re-creates only what really appeared.
   */
  key: string;
  kind: 'milestone' | 'cluster';
  /** Positions in `TimelineIndex.items`, in date order; one for a milestone. */
  items: number[];
  /**
   * The milestone the marker stands for: itself, or the cluster member whose title its label shows (the most
   * important; an untitled cluster's first). The marker is drawn at its position.
   */
  lead: number;
  /** Pixel position of the marker (the lead's start, kept inside the view). */
  x: number;
  /** Pixel position of a period's end, clamped into the view; null for single dates and clusters. */
  endX: number | null;
  importance: 1 | 2 | 3;
  /** Label lane (0 nearest the axis), or null when the label was dropped for lack of space. */
  lane: number | null;
  /** Left edge and width of the label in pixels, and how many lanes tall it is (0 without a label). */
  labelLeft: number;
  labelWidth: number;
  labelLanes: number;
}

export interface TimelineLayout {
  window: ViewWindow;
  /** Length of the axis in pixels. */
  width: number;
  ticks: Tick[];
  /** In date order. */
  markers: PlacedMarker[];
  laneCount: number;
  /**
   * Laid out with `keep` for a view that has only panned since that layout (the same span and width): how many
   * pixels it has panned, so the element can move everything drawn as one layer and leave each marker and tick
   * where it was drawn (at x + panned). Null otherwise.
   */
  panned: number | null;
}
