import { bisectLeft } from 'd3-array';
import { axisTicks, DEFAULT_TICK_SPACING, type TickSpacing } from './ticks.js';
import { cellSize, clusterCells, clusterRuns } from './clusters.js';
import { LabelLanes, type LabelShape } from './lanes.js';
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
   * Items the reader is on (the selected milestone, its neighbours, the focused one), most wanted first:
   * each is drawn as itself, never inside a cluster, and labelled before any other.
   */
  pinned?: readonly number[];
  /**
   * The item keyboard focus is on: drawn even when the view has moved past it, at the near end of the axis,
   * so a reader who pans with Shift+arrows keeps their place. Also counts as pinned.
   */
  held?: number | null;
  /** Unlabelled markers closer than this gather into a cluster, so no marker covers another's marker or the centre of its 24 px target. Default 20 px. */
  clusterGapPx?: number;
  /** An unlabelled milestone this close to a labelled one would sit on its marker: it joins it, and the label says "+N". Default 14 px (a marker's width). */
  joinPx?: number;
  /** Space between labels in one lane. Default 8 px. */
  labelGapPx?: number;
  /** Markers are kept this far inside the ends of the axis, so none is drawn half outside. Default 12 px. */
  edgePx?: number;
  tickSpacing?: TickSpacing;
  /**
   * While the view is moving (a gesture under way), the layout of the last settled view: a milestone labelled
   * there keeps its lane, width and side of its marker, and no label is measured or placed anew, so a frame
   * costs only the markers' new positions. Labels are laned again once the gesture settles (the host lays out
   * without `keep`). Overlaps while moving are allowed.
   */
  keep?: TimelineLayout;
}

/** The visible items of one view: positions in the index, their starts and their x on the axis. */
interface Visible {
  items: number[];
  /** Their importance, read once. */
  imps: (1 | 2 | 3)[];
  starts: number[];
  xs: number[];
}

/** A label that was placed for visible item k. */
interface Label {
  lane: number;
  left: number;
  width: number;
  lanes: number;
}

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
  const edge = Math.min(input.edgePx ?? 12, width / 2);
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
  if (held !== null && heldItem) input = { ...input, pinned: [held, ...(input.pinned ?? [])] };
  const markers = input.keep ? keptMarkers(input, visible, input.keep) : placedMarkers(input, visible);
  for (const m of markers) {
    const end = m.kind === 'milestone' ? input.index.items[m.lead]!.end : null;
    if (end !== null) m.endX = Math.min(width, scale(end));
  }

  // A tick whose label would be cut by the edge of the view is left out (axisTicks).
  const ticks = axisTicks(scale, input.tickSpacing ?? DEFAULT_TICK_SPACING);
  return { window: { start: window.start, end: window.end }, width, ticks, markers, laneCount: input.laneCount };
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

/** The ways titles of one importance are tried, in turn: right to left (a staircase of labels running right), left to right, longest first. */
type Sweep = 'leftward' | 'rightward' | 'widest';

/** Visible items in the order their titles are tried: the pinned ones, then by importance, then as `sweep` says. */
function labelOrder(input: LayoutInput, v: Visible, pinned: readonly number[], sweep: Sweep): number[] {
  const order: number[] = [];
  const at = new Map(v.items.map((i, k) => [i, k]));
  for (const p of pinned) {
    const k = at.get(p);
    if (k !== undefined && !order.includes(k)) order.push(k);
  }
  const first = new Set(order);
  for (const importance of [3, 2, 1]) {
    const tier: number[] = [];
    for (let k = v.items.length - 1; k >= 0; k--) if (!first.has(k) && v.imps[k]! === importance) tier.push(k);
    if (sweep === 'rightward') tier.reverse();
    if (sweep === 'widest') {
      const area = new Map(tier.map((k) => [k, Math.min(...input.labelShapes(v.items[k]!, 0).map((s) => s.width * s.lanes))]));
      tier.sort((a, b) => area.get(b)! - area.get(a)! || b - a);
    }
    order.push(...tier);
  }
  return order;
}

/** The titles of one sweep: a label per visible item (or null), the lanes they fill, and the importance below which none is shown. */
interface Titles {
  labels: (Label | null)[];
  lanes: LabelLanes;
  floor: number;
  /** Titles shown per importance, most important first: what the sweeps are compared by. */
  shown: [number, number, number];
}

function placeTitles(input: LayoutInput, v: Visible, pinned: ReadonlySet<number>, sweep: Sweep): Titles {
  const lanes = new LabelLanes({ laneCount: input.laneCount, viewWidth: input.width, gap: input.labelGapPx ?? 8 });
  const labels: (Label | null)[] = new Array<Label | null>(v.items.length).fill(null);
  const shown: [number, number, number] = [0, 0, 0];
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
  for (const k of labelOrder(input, v, input.pinned ?? [], sweep)) {
    const importance = v.imps[k]!;
    if (!pinned.has(k) && importance < floor) continue;
    const placed = lanes.roomAt(v.xs[k]!) ? lanes.place(v.xs[k]!, input.labelShapes(v.items[k]!, neighbours(v.xs, k, input.joinPx ?? 14)), blocksFor(k)) : null;
    labels[k] = placed && { lane: placed.lane, left: placed.left, width: placed.shape.width, lanes: placed.shape.lanes };
    if (placed) shown[3 - importance] = shown[3 - importance]! + 1;
    else if (!pinned.has(k)) floor = Math.max(floor, importance);
  }
  return { labels, lanes, floor, shown };
}

/** Whether `a` titles more of the most important milestones than `b` (counts per importance, most important first). */
function moreImportant(a: readonly number[], b: readonly number[]): boolean {
  const t = a.findIndex((c, i) => c !== b[i]);
  return t >= 0 && a[t]! > b[t]!;
}

/** Up to this many visible milestones, titles are placed in every sweep and the best kept; above, in the first only. */
const SWEEP_ALL_UP_TO = 400;

/** How many other visible items lie within `px` of item k: the most its marker may gather. */
function neighbours(xs: readonly number[], k: number, px: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && xs[k]! - xs[j]! < px; j--) n++;
  for (let j = k + 1; j < xs.length && xs[j]! - xs[k]! < px; j++) n++;
  return n;
}

/** A settled view: titles placed by importance, then the rest joined to labelled neighbours or clustered. */
function placedMarkers(input: LayoutInput, v: Visible): PlacedMarker[] {
  const { index } = input;
  const n = v.items.length;
  const gap = input.clusterGapPx ?? 20;
  const pinned = new Set<number>();
  const pinnedItems = new Set(input.pinned ?? []);
  v.items.forEach((i, k) => pinnedItems.has(i) && pinned.add(k));
  // The sweep that titles the most important milestones wins (then the most of the next importance, …).
  let best: Titles | null = null;
  for (const sweep of n <= SWEEP_ALL_UP_TO ? (['leftward', 'rightward', 'widest'] as const) : (['leftward'] as const)) {
    const titles = placeTitles(input, v, pinned, sweep);
    if (!best || moreImportant(titles.shown, best.shown)) best = titles;
    // Every milestone titled: no other sweep can do better.
    if (best.labels.every((l, k) => l || pinned.has(k))) break;
  }
  const { labels, lanes } = best!;
  const floor = best!.floor;
  const joinPx = input.joinPx ?? 14;
  const tryLabel = (k: number, more: number): Label | null => {
    if (!lanes.roomAt(v.xs[k]!)) return null;
    const placed = lanes.place(v.xs[k]!, input.labelShapes(v.items[k]!, more));
    return placed && { lane: placed.lane, left: placed.left, width: placed.shape.width, lanes: placed.shape.lanes };
  };

  // Each unlabelled item joins the nearest labelled one it would sit on; a pinned one stays itself (the
  // selected or focused milestone must open, not zoom, when activated).
  const owner = new Int32Array(n).fill(-1);
  const canOwn = (k: number): boolean => labels[k] !== null && !pinned.has(k);
  let last = -1;
  const nearestBefore = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (canOwn(k)) last = k;
    nearestBefore[k] = last;
  }
  let next = -1;
  for (let k = n - 1; k >= 0; k--) {
    if (labels[k]) {
      if (canOwn(k)) next = k;
      continue;
    }
    if (pinned.has(k)) continue;
    const [a, b] = [nearestBefore[k]!, next];
    const da = a >= 0 ? v.xs[k]! - v.xs[a]! : Infinity;
    const db = b >= 0 ? v.xs[b]! - v.xs[k]! : Infinity;
    if (Math.min(da, db) < joinPx) owner[k] = da <= db ? a : b;
  }

  // The rest gather into clusters where they are closer than the gap; a pinned item always stands alone.
  const markers: PlacedMarker[] = [];
  const rest: number[] = [];
  const flush = (): void => {
    for (const [a, b] of clusterRuns(rest.map((k) => v.xs[k]!), gap)) {
      const ks = rest.slice(a, b);
      const lead = ks.length === 1 ? ks[0]! : leadOf(v, ks);
      let label: Label | null = null;
      if (ks.length > 1 && v.imps[lead]! >= floor) label = tryLabel(lead, ks.length - 1);
      markers.push(marker(index, v, ks, ks.length === 1 || !label ? ks[0]! : lead, label));
    }
    rest.length = 0;
  };
  const joined = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const o = owner[k]!;
    if (o >= 0) joined.set(o, [...(joined.get(o) ?? []), k]);
  }
  for (let k = 0; k < n; k++) {
    if (owner[k]! >= 0) continue;
    if (!labels[k] && !pinned.has(k)) {
      rest.push(k);
      continue;
    }
    flush();
    const ks = [k, ...(joined.get(k) ?? [])].sort((a, b) => a - b);
    markers.push(marker(index, v, ks, k, labels[k]!));
  }
  flush();
  return markers.sort((a, b) => a.x - b.x || a.items[0]! - b.items[0]!);
}

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
function keptMarkers(input: LayoutInput, v: Visible, kept: TimelineLayout): PlacedMarker[] {
  const { index } = input;
  const gap = input.clusterGapPx ?? 20;
  const before = new Map<number, PlacedMarker>();
  for (const m of kept.markers) if (m.lane !== null && m.lane + m.labelLanes <= input.laneCount) before.set(m.lead, m);
  const pinnedItems = new Set(input.pinned ?? []);
  const markers: PlacedMarker[] = [];
  const rest: number[] = [];
  const flush = (): void => {
    const cell = cellSize(input.width / (input.window.end - input.window.start), gap);
    for (const [a, b] of clusterCells(
      rest.map((k) => v.starts[k]!),
      rest.map((k) => v.xs[k]!),
      cell,
      gap,
    )) {
      const ks = rest.slice(a, b);
      markers.push(marker(index, v, ks, ks[0]!, null));
    }
    rest.length = 0;
  };
  for (let k = 0; k < v.items.length; k++) {
    const was = before.get(v.items[k]!);
    if (!was && !pinnedItems.has(v.items[k]!)) {
      rest.push(k);
      continue;
    }
    flush();
    const x = v.xs[k]!;
    markers.push(marker(index, v, [k], k, was ? { lane: was.lane!, left: x + (was.labelLeft - was.x), width: was.labelWidth, lanes: was.labelLanes } : null));
  }
  flush();
  return markers;
}
