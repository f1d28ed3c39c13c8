import { html, nothing, type TemplateResult } from 'lit';
import { layoutTimeline, type LayoutInput } from '../../layout/index.js';
import type { PlacedMarker, Tick, TimedItem, TimelineIndex, TimelineLayout, ViewWindow } from '../../layout/types.js';
import type { Slots } from './slots.js';
import type { ViewState } from '../controllers/view-state.js';
import type { ZoomPanController } from '../controllers/zoom-pan-controller.js';
import { renderAxis } from './axis.js';
import { GEOMETRY, TOUCH } from '../styles/geometry.js';
import { renderMarkers, type MarkerView } from './markers.js';
import { cssomStyle } from './cssom-style.js';

export interface TrackView extends Omit<MarkerView, 'slots' | 'shift'> {
  layout: TimelineLayout | null;
  /** The pools the markers and the ticks are drawn in, and whether a gesture is moving the view (no reordering then). */
  pools: { markers: Slots<PlacedMarker>; ticks: Slots<Tick> };
  moving: boolean;
  /** The key of the marker that has focus, if one has. */
  focusedKey: string | null;
  gestures: ZoomPanController;
  tick: (tick: TimelineLayout['ticks'][number]) => string;
  onClick: (event: MouseEvent) => void;
  /** The hovered or focused marker's preview (renderPreview), and what shows it. */
  preview: TemplateResult | typeof nothing;
  onPreview: (event: Event) => void;
  /** The eras' bands behind the track and their names under it (renderEraBands), if the data has eras. */
  eras: readonly [TemplateResult, TemplateResult] | null | undefined;
}

/**
 * renderTrack(view) → the horizontal layout: the track that takes zoom and pan gestures, its axis and its
 * milestones on one plane, and under it the preview of the marker hovered or focused (never over a marker or a
 * label). While a gesture only pans, the plane moves as one composited layer and the markers and ticks already
 * drawn keep their positions (layout.panned), so a pan frame writes the style of the markers that came into view only.
 */
export function renderTrack(view: TrackView): TemplateResult {
  const { layout, gestures: g } = view;
  // A pan gesture moves the plane of the axis and the markers as one layer: each is left where it was drawn.
  const shift = layout?.panned ?? 0;
  return html`<div
    class="track ${g.dragging ? 'dragging' : ''} ${view.moving ? 'moving' : ''}"
    @wheel=${{ handleEvent: g.onWheel, passive: false }}
    @pointerdown=${g.onPointerDown}
    @pointermove=${g.onPointerMove}
    @pointerup=${g.onPointerUp}
    @pointercancel=${g.onPointerUp}
    @click=${{ handleEvent: g.onClickCapture, capture: true }}
  >
    ${view.eras?.[0]}
    <div class="plane" style=${cssomStyle({ translate: `${-shift}px` })}>
      ${layout ? renderAxis(view.pools.ticks.place(layout.ticks, view.moving), view.tick, shift) : nothing}
      <div @click=${view.onClick} @pointerover=${view.onPreview} @pointerout=${view.onPreview} @focusin=${view.onPreview}>
        ${layout ? renderMarkers({ ...view, slots: view.pools.markers.place(layout.markers, view.moving, view.focusedKey), shift }) : nothing}
      </div>
    </div>
  </div>
  ${view.eras?.[1]}
  <div class="preview-box">${view.preview}</div>`;
}

/** Font size of labels in px (the stylesheet's .root font-size). */
export const LABEL_FONT_PX = 14;
/** A label's padding and border (8 + 6 + 3 px), plus 4 px of slack so the browser never wraps a line the canvas measured as fitting. */
const LABEL_CHROME_PX = 21;

/** What the track's layout needs from the element. */
export interface TrackInput {
  index: TimelineIndex;
  size: { width: number; height: number };
  /** GEOMETRY, or TOUCH for a coarse pointer (geometry()). */
  geometry: typeof GEOMETRY;
  /** The shapes a title may take (LabelMeasurer.shapes), with room for "+N" when `more` > 0. */
  shapes: (item: TimedItem, more: number) => readonly { width: number; lines: number }[];
}

/** The track's geometry for the pointer the reader has: 44 px targets for fingers. */
export const geometry = (): typeof GEOMETRY => (matchMedia('(pointer: coarse)').matches ? TOUCH : GEOMETRY);

/** laneCount(height, geometry) → how many label lanes a track of this height has above its axis. */
export function laneCount(height: number, { axis, base, lane } = GEOMETRY): number {
  return Math.max(0, Math.floor((height - axis - base) / lane));
}

/** The layout of `window` in the track's pixel geometry: lanes from the height the page allows (`--vr-height`), label boxes from the measurer's text shapes plus the label's padding and border. */
function layoutIn({ index, size, shapes, geometry }: TrackInput, window: ViewWindow, more: Partial<LayoutInput> = {}): TimelineLayout {
  return layoutTimeline({
    index,
    window,
    width: size.width,
    laneCount: laneCount(size.height, geometry),
    gap: geometry.gap,
    labelShapes: (i, n) => shapes(index.items[i]!, n).map((s) => ({ width: Math.ceil(s.width) + LABEL_CHROME_PX, lanes: s.lines })),
    ...more,
  });
}

/**
 * layoutTrack(input, view, reader) → the horizontal layout of the view shown now. While a gesture moves the
 * view, labels keep the lanes of the last settled layout, so they do not jump between lanes mid-gesture and a
 * gesture frame only moves them. Pure but for remembering that settled layout.
 */
export function layoutTrack(input: TrackInput, view: ViewState, reading: Pick<LayoutInput, 'pinned' | 'held'>): TimelineLayout {
  const result = layoutIn(input, view.current, { ...reading, keep: view.moving ? (view.steady ?? undefined) : undefined });
  if (!view.moving) view.steady = result;
  return result;
}

/**
 * titlesAllFit(input, window) → whether every importance-3 title in `window` (the default view) finds a place:
 * orientation="auto" reads the vertical layout when they do not.
 */
export function titlesAllFit(input: TrackInput, window: ViewWindow): boolean {
  const layout = layoutIn(input, window);
  const titled = new Set(layout.markers.filter((m) => m.lane !== null).map((m) => m.lead));
  return layout.markers.every((m) => m.items.every((i) => input.index.items[i]!.importance < 3 || titled.has(i)));
}
