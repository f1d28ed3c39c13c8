import { bisectLeft } from 'd3-array';
import { axisTicks, DEFAULT_TICK_SPACING, type TickSpacing } from './ticks.js';
import { cellSize, clusterCells, clusterRuns } from './clusters.js';
import { LabelLanes, type LabelPlacement, type LabelShape } from './lanes.js';
import { timeScale } from './time-scale.js';
import { overlaps, visibleItems } from './visible.js';
import type { PlacedMarker, TimelineIndex, TimelineLayout, ViewWindow } from './types.js';

export interface LayoutInput {
  index: TimelineIndex;
  window: ViewWindow;
  /** Length of the time axis in pixels. */
  width: number;
  /** How many label lanes fit above the axis. */
  laneCount: number;
  /**
   * The shapes item `item`'s title may take, preferred first (one line, two balanced lines), in pixels and
   * lanes, with room for a "+N" after it when `more` > 0 (the most milestones its marker may gather). The host
   * wraps and measures the text; the layout only places it. An empty list means the title cannot be shown.
   */
  labelShapes: (item: number, more: number) => readonly LabelShape[];
  /**
   * Items the reader is on (the selected milestone and its neighbours): each is drawn as itself, never inside a
   * cluster, and titled in its turn even when lesser titles are no longer shown (so the titles around it stay
   * where they were when a reader selects or steps).
   */
  pinned?: readonly number[];
  /**
   * The item keyboard focus is on: drawn even when the view has moved past it, at the near end of the axis,
   * so a reader who pans with Shift+arrows keeps their place. Pinned like the others.
   */
  held?: number | null;
  tickSpacing?: TickSpacing;
  /**
   * Unlabelled markers closer than this (px) gather into a cluster: 20 for 24 px targets, so none covers another's
   * marker or the centre of its target; 44 for fingers, so no 44 px target overlaps another. Markers keep half of
   * it, and 2 px, inside the ends of the axis, so none is drawn half outside. Default 20.
   */
  gap?: number;
  /**
   * While the view is moving (a gesture under way), the layout of the last settled view: a milestone labelled
   * there keeps its lane, width and side of its marker, and no label is measured or placed anew, so a frame
   * costs only the markers' new positions. Labels are laned again once the gesture settles (the host lays out
   * without `keep`). Overlaps while moving are allowed.
   */
  keep?: TimelineLayout;
}

/** An unlabelled milestone this close to a labelled one would sit on its marker (a marker's width): it joins it, and the label says "+N". */
const JOIN_PX = 14;
/** Space between labels in one lane. */
const LABEL_GAP_PX = 8;

/** The visible items of one view: positions in the index, their starts and their x on the axis. */
interface Visible {
  items: number[];
  /** Their importance, read once. */
  imps: (1 | 2 | 3)[];
  starts: number[];
  xs: number[];
}

/** A label that was placed for a visible item. */
type Label = LabelPlacement;

/**
 * layoutTimeline(input) → ticks, markers and label lanes for one view. Touches only the milestones in the
 * window (found by bisection), so its cost follows what is visible, not the dataset size. Pure: it reads its
 * input and returns a new object.
 *
 * The reading rule: titles are placed by importance first (then from right to left, so crowded titles stack
 * as a staircase), each in the lowest lane that takes it whole, on one line or two. Once a title of some
 * importance finds no place, no title of lesser importance is shown, so no minor event is titled while a
 * major one is not. Labelled milestones stand alone (their label is their target); the others join a labelled
 * neighbour they would sit on ("Treaty … +2"), or gather with unlabelled neighbours into clusters, which carry
 * their most important member's title where there is room.
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { window, width } = input;
  const scale = timeScale(window, width);
  const edge = Math.min(gapOf(input) / 2 + 2, width / 2);
  const visible: Visible = { items: [], imps: [], starts: [], xs: [] };
  const add = (i: number, item = input.index.items[i]!): void => {
    visible.items.push(i);
    visible.imps.push(item.importance);
    visible.starts.push(item.start);
    visible.xs.push(Math.min(width - edge, Math.max(edge, scale(item.start))));
  };
  const held = input.held ?? null;
  const heldItem = held === null ? undefined : input.index.items[held];
  const heldOutside = heldItem !== undefined && !overlaps(heldItem.start, heldItem.end, window);
  if (heldOutside && heldItem.start < window.start) add(held!);
  for (const i of visibleItems(input.index, window)) {
    const item = input.index.items[i]!;
    if (overlaps(item.start, item.end, window)) add(i, item);
  }
  if (heldOutside && heldItem.start > window.end) add(held!);
  // From here on, items are visible positions.
  const pinned = new Set<number>();
  for (const i of heldItem ? [held!, ...(input.pinned ?? [])] : (input.pinned ?? [])) if (visible.items.includes(i)) pinned.add(visible.items.indexOf(i));
  const markers = input.keep ? keptMarkers(input, visible, pinned, input.keep) : placedMarkers(input, visible, pinned);
  for (const m of markers) {
    const end = m.kind === 'milestone' ? input.index.items[m.lead]!.end : null;
    if (end !== null) m.endX = Math.min(width, scale(end));
  }

  // A tick whose label would be cut by the edge of the view is left out (axisTicks).
  const ticks = axisTicks(scale, input.tickSpacing ?? DEFAULT_TICK_SPACING);
  const kept = input.keep;
  const span = window.end - window.start;
  const panned = kept && kept.width === width && Math.abs(kept.window.end - kept.window.start - span) <= span * 1e-9 ? ((window.start - kept.window.start) * width) / span : null;
  return { window: { start: window.start, end: window.end }, width, ticks, markers, laneCount: input.laneCount, panned };
}

/** A marker of visible items `ks` (ascending), shown at the position of `lead`, with its label if any. */
function marker(index: TimelineIndex, v: Visible, ks: readonly number[], lead: number, label: Label | null): PlacedMarker {
  const items = ks.map((k) => v.items[k]!);
  let importance: 1 | 2 | 3 = 1;
  for (const k of ks) importance = Math.max(importance, v.imps[k]!) as 1 | 2 | 3;
  return {
    key: index.items[v.items[lead]!]!.milestone.id,
    kind: ks.length === 1 ? 'milestone' : 'cluster',
    items,
    lead: v.items[lead]!,
    x: v.xs[lead]!,
    endX: null,
    importance,
    lane: label ? label.lane : null,
    labelLeft: label ? label.left : 0,
    labelWidth: label ? label.width : 0,
    labelLanes: label ? label.lanes : 0,
  };
}

/**
 * Visible items in the order their titles are tried: by importance, then from right to left, so crowded titles running right from their markers stack as a staircase whose stems
 * pass left of the labels below them. (Left to right, and longest first, were tried as well and kept the best
 * of the three: in en, vi and ru at 900–1100 px that titled one more Russian title once, and cost 150 bytes.)
 */
function labelOrder(v: Visible): number[] {
  const order: number[] = [];
  for (const importance of [3, 2, 1]) for (let k = v.items.length - 1; k >= 0; k--) if (v.imps[k]! === importance) order.push(k);
  return order;
}

/** The titles placed: a label per visible item (or null), the lanes they fill, and the importance below which none is shown. */
interface Titles {
  labels: (Label | null)[];
  lanes: LabelLanes;
  floor: number;
}

function placeTitles(input: LayoutInput, v: Visible, pinned: ReadonlySet<number>): Titles {
  const lanes = new LabelLanes({ laneCount: input.laneCount, viewWidth: input.width, gap: LABEL_GAP_PX });
  const labels: (Label | null)[] = new Array<Label | null>(v.items.length).fill(null);
  // Titles of this importance and above may still be shown; a title that finds no place raises it.
  let floor = 1;
  // A label's edge should not stand on the stem of a milestone as important that may still want a label.
  const near = 5;
  const xsFrom = [1, 2, 3].map((least) => v.xs.filter((_, k) => v.imps[k]! >= least));
  const blocksFor = (k: number) => {
    const xs = xsFrom[v.imps[k]! - 1]!;
    return (edge: number): boolean => {
      const at = bisectLeft(xs, edge - near);
      return at < xs.length && xs[at]! <= edge + near && Math.abs(xs[at]! - v.xs[k]!) > 0.5;
    };
  };
  for (const k of labelOrder(v)) {
    const importance = v.imps[k]!;
    if (!pinned.has(k) && importance < floor) continue;
    labels[k] = lanes.roomAt(v.xs[k]!) ? lanes.place(v.xs[k]!, input.labelShapes(v.items[k]!, neighbours(v.xs, k, JOIN_PX)), blocksFor(k)) : null;
    if (!labels[k] && !pinned.has(k)) floor = Math.max(floor, importance);
  }
  return { labels, lanes, floor };
}

/** How many other visible items lie within `px` of item k: the most its marker may gather. */
function neighbours(xs: readonly number[], k: number, px: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && xs[k]! - xs[j]! < px; j--) n++;
  for (let j = k + 1; j < xs.length && xs[j]! - xs[k]! < px; j++) n++;
  return n;
}

/**
 * walk(ks, alone, group, single) → goes through visible positions `ks` in order: each run of those that are not
 * `alone` goes to `group`, each one that is to `single`.
 */
function walk(ks: Iterable<number>, alone: (k: number) => boolean, group: (run: number[]) => void, single: (k: number) => void): void {
  let run: number[] = [];
  const flush = (): void => {
    if (run.length) group(run);
    run = [];
  };
  for (const k of ks) {
    if (!alone(k)) {
      run.push(k);
      continue;
    }
    flush();
    single(k);
  }
  flush();
}

/** A settled view: titles placed by importance, then the rest joined to labelled neighbours or clustered. */
function placedMarkers(input: LayoutInput, v: Visible, pinned: ReadonlySet<number>): PlacedMarker[] {
  const { index } = input;
  const n = v.items.length;
  const { labels, lanes, floor } = placeTitles(input, v, pinned);

  // Each unlabelled item joins the nearest labelled one it would sit on; a pinned one stays itself (the
  // selected or focused milestone must open, not zoom, when activated).
  const canOwn = (k: number): boolean => labels[k] !== null && !pinned.has(k);
  const joined = new Map<number, number[]>();
  const taken = new Uint8Array(n);
  // The nearest labelled item that may take others, after each position.
  const after = new Int32Array(n + 1).fill(-1);
  for (let k = n - 1; k >= 0; k--) after[k] = canOwn(k) ? k : after[k + 1]!;
  let before = -1;
  for (let k = 0; k < n; k++) {
    if (canOwn(k)) before = k;
    if (labels[k] || pinned.has(k)) continue;
    const next = after[k]!;
    const da = before >= 0 ? v.xs[k]! - v.xs[before]! : Infinity;
    const db = next >= 0 ? v.xs[next]! - v.xs[k]! : Infinity;
    if (Math.min(da, db) >= JOIN_PX) continue;
    const owner = da <= db ? before : next;
    const members = joined.get(owner);
    if (members) members.push(k);
    else joined.set(owner, [k]);
    taken[k] = 1;
  }

  // The rest gather into clusters where they are closer than the gap; a cluster takes its lead's title where it fits.
  const markers: PlacedMarker[] = [];
  walk(
    Array.from({ length: n }, (_, k) => k).filter((k) => !taken[k]),
    (k) => labels[k] !== null || pinned.has(k),
    (run) => {
      for (const [a, b] of clusterRuns(
        run.map((k) => v.xs[k]!),
        gapOf(input),
      )) {
        const ks = run.slice(a, b);
        const lead = leadOf(v, ks);
        const label = ks.length > 1 && v.imps[lead]! >= floor && lanes.roomAt(v.xs[lead]!) ? lanes.place(v.xs[lead]!, input.labelShapes(v.items[lead]!, ks.length - 1)) : null;
        markers.push(marker(index, v, ks, label ? lead : ks[0]!, label));
      }
    },
    (k) => markers.push(marker(index, v, joined.has(k) ? [k, ...joined.get(k)!].sort((a, b) => a - b) : [k], k, labels[k]!)),
  );
  return markers.sort((a, b) => a.x - b.x || a.items[0]! - b.items[0]!);
}

const gapOf = (input: LayoutInput): number => input.gap ?? 20;

/** The most important of visible items `ks`, the earliest among equals. */
function leadOf(v: Visible, ks: readonly number[]): number {
  let lead = ks[0]!;
  for (const k of ks) if (v.imps[k]! > v.imps[lead]!) lead = k;
  return lead;
}

/**
 * A moving view: the milestones labelled in the last settled layout keep their labels at the same offset from
 * their markers, the pinned ones stand alone, and the rest group on a grid fixed in time (clusterCells), so
 * groups, and their DOM nodes, survive the gesture's frames.
 */
function keptMarkers(input: LayoutInput, v: Visible, pinned: ReadonlySet<number>, kept: TimelineLayout): PlacedMarker[] {
  const gap = gapOf(input);
  const before = new Map<number, PlacedMarker>();
  for (const m of kept.markers) if (m.lane !== null && m.lane + m.labelLanes <= input.laneCount) before.set(m.lead, m);
  const cell = cellSize(input.width / (input.window.end - input.window.start), gap);
  const markers: PlacedMarker[] = [];
  walk(
    v.items.keys(),
    (k) => before.has(v.items[k]!) || pinned.has(k),
    (run) => {
      for (const [a, b] of clusterCells(
        run.map((k) => v.starts[k]!),
        run.map((k) => v.xs[k]!),
        cell,
        gap,
      ))
        markers.push(marker(input.index, v, run.slice(a, b), run[a]!, null));
    },
    (k) => {
      const was = before.get(v.items[k]!);
      const x = v.xs[k]!;
      markers.push(marker(input.index, v, [k], k, was ? { lane: was.lane!, left: x + (was.labelLeft - was.x), width: was.labelWidth, lanes: was.labelLanes } : null));
    },
  );
  return markers;
}
