import { axisTicks, DEFAULT_TICK_SPACING, type TickSpacing } from './ticks.js';
import { clusterRuns } from './clusters.js';
import { assignLanes } from './lanes.js';
import { timeScale } from './time-scale.js';
import { overlaps, visibleSlice } from './visible.js';
import type { PlacedMarker, TimelineIndex, TimelineLayout, ViewWindow } from './types.js';

/** What a label-width callback is asked about: one milestone, or a cluster of `count`. */
export interface LabelSubject {
  kind: 'milestone' | 'cluster';
  /** Positions in `TimelineIndex.items`. */
  items: readonly number[];
}

export interface LayoutInput {
  index: TimelineIndex;
  window: ViewWindow;
  /** Length of the time axis in pixels. */
  width: number;
  /** How many label lanes fit beside the axis. */
  laneCount: number;
  /** Width in pixels of the label for a marker; the host measures text, the layout only places it. */
  labelWidth: (subject: LabelSubject) => number;
  /** Above this many visible milestones, markers closer than `clusterGapPx` merge into clusters. Default 150. */
  clusterThreshold?: number;
  /** Default 12 px. */
  clusterGapPx?: number;
  /** Space between labels in one lane. Default 8 px. */
  labelGapPx?: number;
  tickSpacing?: TickSpacing;
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
  const { index, window, width, laneCount, labelWidth } = input;
  const scale = timeScale(window, width);
  const [from, to] = visibleSlice(index, window);
  const visible: number[] = [];
  const xs: number[] = [];
  for (let i = from; i < to; i++) {
    const item = index.items[i]!;
    if (!overlaps(item.start, item.end, window)) continue;
    visible.push(i);
    xs.push(Math.max(0, scale(item.start)));
  }

  const clustering = visible.length > (input.clusterThreshold ?? 150);
  const runs = clustering ? clusterRuns(xs, input.clusterGapPx ?? 12) : visible.map((_, k): [number, number] => [k, k + 1]);

  const markers: PlacedMarker[] = runs.map(([a, b]) => {
    const items = visible.slice(a, b);
    const first = index.items[items[0]!]!;
    const single = items.length === 1;
    return {
      key: single ? first.milestone.id : `cluster:${first.milestone.id}`,
      kind: single ? 'milestone' : 'cluster',
      items,
      x: xs[a]!,
      endX: single && first.end !== null ? Math.min(width, scale(first.end)) : null,
      importance: maxImportance(index, items),
      lane: null,
      labelLeft: 0,
      labelWidth: 0,
    };
  });

  const widths = markers.map((m) => Math.min(labelWidth(m), width));
  const placements = assignLanes(
    markers.map((m, k) => ({ x: m.x, width: widths[k]!, importance: m.importance })),
    { laneCount, viewWidth: width, gap: input.labelGapPx ?? 8 },
  );
  markers.forEach((m, k) => {
    const p = placements[k]!;
    if (p.lane === null) return;
    m.lane = p.lane;
    m.labelLeft = p.left;
    m.labelWidth = widths[k]!;
  });

  const spacing = input.tickSpacing ?? DEFAULT_TICK_SPACING;
  // A tick whose label would be cut by the edge of the view is left out.
  const ticks = axisTicks(scale, spacing).filter((t) => t.x >= spacing[t.level] / 2 && t.x <= width - spacing[t.level] / 2);
  return {
    window: { start: window.start, end: window.end },
    ticks,
    markers,
    laneCount,
  };
}
