import { axisTicks, DEFAULT_TICK_SPACING, type TickSpacing } from './ticks.js';
import { cellSize, clusterCells, clusterRuns } from './clusters.js';
import { assignLanes } from './lanes.js';
import { timeScale } from './time-scale.js';
import { overlaps, visibleItems } from './visible.js';
import type { PlacedMarker, TimelineIndex, TimelineLayout, ViewWindow } from './types.js';

/** What a label-width callback is asked about: one milestone, or a cluster of `count`. */
export interface LabelSubject {
  kind: 'milestone' | 'cluster';
  /** Positions in `TimelineIndex.items`. */
  items: readonly number[];
}

/** The wrapped size of a label. */
export interface LabelBox {
  width: number;
  lanes: number;
}

export interface LayoutInput {
  index: TimelineIndex;
  window: ViewWindow;
  /** Length of the time axis in pixels. */
  width: number;
  /** How many label lanes fit beside the axis. */
  laneCount: number;
  /**
   * The box of a marker's whole label: width in pixels and how many lanes tall (1 or 2 lines). The host
   * wraps and measures the text; the layout only places it. `lanes: 0` means the text does not fit at all.
   */
  labelBox: (subject: LabelSubject) => LabelBox;
  /** Markers closer than this gather into a cluster, so no marker covers another's marker or the centre of its 24 px target. Default 20 px. */
  clusterGapPx?: number;
  /** Space between labels in one lane. Default 8 px. */
  labelGapPx?: number;
  tickSpacing?: TickSpacing;
  /**
   * While the view is moving (a gesture under way), the layout of the last settled view: a single
   * milestone labelled there keeps its lane, width and side of its marker, and no label is measured or
   * placed anew, so a frame costs only the markers' new positions. Labels are laned again once the
   * gesture settles (the host lays out without `keep`). Overlaps while moving are allowed.
   */
  keep?: TimelineLayout;
}

function maxImportance(index: TimelineIndex, items: readonly number[]): 1 | 2 | 3 {
  let best: 1 | 2 | 3 = 1;
  for (const i of items) best = Math.max(best, index.items[i]!.importance) as 1 | 2 | 3;
  return best;
}

/**
 * layoutTimeline(input) → ticks, markers and label lanes for one view. Touches only the milestones
 * in the window (found by bisection), so its cost follows what is visible, not the dataset size.
 * Pure: it reads its input and returns a new object.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { index, window, width, laneCount } = input;
  const scale = timeScale(window, width);
  const visible: number[] = [];
  const xs: number[] = [];
  const starts: number[] = [];
  for (const i of visibleItems(index, window)) {
    const item = index.items[i]!;
    if (!overlaps(item.start, item.end, window)) continue;
    visible.push(i);
    starts.push(item.start);
    xs.push(Math.max(0, scale(item.start)));
  }

  const gap = input.clusterGapPx ?? 20;
  // A settled view groups from each run's first position (the most groups, so the most labels); a moving
  // one groups on a grid fixed in time, so its groups, and their DOM nodes, survive the gesture's frames.
  // A milestone labelled when the gesture began may still stand alone, so its label stays.
  const pinned = new Set<number>();
  if (input.keep) {
    const labelled = new Set(input.keep.markers.filter((m) => m.kind === 'milestone' && m.lane !== null).map((m) => m.key));
    visible.forEach((i, k) => labelled.has(index.items[i]!.milestone.id) && pinned.add(k));
  }
  const runs = input.keep ? clusterCells(starts, xs, cellSize(width / (window.end - window.start), gap), gap, pinned) : clusterRuns(xs, gap);

  const markers: PlacedMarker[] = runs.map(([a, b]) => {
    const items = visible.slice(a, b);
    const first = index.items[items[0]!]!;
    const single = items.length === 1;
    return {
      key: first.milestone.id,
      kind: single ? 'milestone' : 'cluster',
      items,
      x: xs[a]!,
      endX: single && first.end !== null ? Math.min(width, scale(first.end)) : null,
      importance: maxImportance(index, items),
      lane: null,
      labelLeft: 0,
      labelWidth: 0,
      labelLanes: 0,
    };
  });

  if (input.keep) {
    keepLabels(markers, input.keep, laneCount);
  } else {
    placeLabels(markers, input, width);
  }

  // A tick whose label would be cut by the edge of the view is left out (axisTicks).
  const ticks = axisTicks(scale, input.tickSpacing ?? DEFAULT_TICK_SPACING);
  return {
    window: { start: window.start, end: window.end },
    ticks,
    markers,
    laneCount,
  };
}

/** Gives each single milestone the label it had in `kept`, at the same offset from its marker. */
function keepLabels(markers: PlacedMarker[], kept: TimelineLayout, laneCount: number): void {
  const before = new Map<string, PlacedMarker>();
  for (const m of kept.markers) if (m.kind === 'milestone' && m.lane !== null && m.lane + m.labelLanes <= laneCount) before.set(m.key, m);
  for (const m of markers) {
    const was = m.kind === 'milestone' ? before.get(m.key) : undefined;
    if (!was) continue;
    m.lane = was.lane;
    m.labelLeft = m.x + (was.labelLeft - was.x);
    m.labelWidth = was.labelWidth;
    m.labelLanes = was.labelLanes;
  }
}

/** Measures every marker's label and assigns lanes (lanes.ts). */
function placeLabels(markers: PlacedMarker[], input: LayoutInput, width: number): void {
  const { labelBox, laneCount } = input;
  const boxes = markers.map((m) => labelBox(m));
  const placements = assignLanes(
    markers.map((m, k) => ({ x: m.x, width: boxes[k]!.lanes > 0 ? boxes[k]!.width : Infinity, lanes: boxes[k]!.lanes, importance: m.importance })),
    { laneCount, viewWidth: width, gap: input.labelGapPx ?? 8 },
  );
  markers.forEach((m, k) => {
    const p = placements[k]!;
    if (p.lane === null) return;
    m.lane = p.lane;
    m.labelLeft = p.left;
    m.labelWidth = boxes[k]!.width;
    m.labelLanes = boxes[k]!.lanes;
  });
}
