import { html, nothing, type TemplateResult } from 'lit';
import { layoutTimeline, type LabelShape } from '../../layout/index.js';
import type { TimedItem, TimelineIndex, TimelineLayout, ViewWindow } from '../../layout/types.js';
import type { ViewState } from '../controllers/view-state.js';
import type { ZoomPanController } from '../controllers/zoom-pan-controller.js';
import { renderAxis } from './axis.js';
import { GEOMETRY, renderMarkers, type MarkerView } from './markers.js';

export interface TrackView extends Omit<MarkerView, 'markers'> {
  layout: TimelineLayout | null;
  gestures: ZoomPanController;
  tick: (tick: TimelineLayout['ticks'][number]) => string;
  onClick: (event: MouseEvent) => void;
  /** The hovered or focused marker's preview (renderPreview), and what shows it. */
  preview: TemplateResult | typeof nothing;
  onPreview: (event: Event) => void;
}

/** renderTrack(view) → the horizontal layout: the track that takes zoom and pan gestures, its axis and its milestones. */
export function renderTrack(view: TrackView): TemplateResult {
  const { layout, gestures: g } = view;
  return html`<div
    class="track ${g.dragging ? 'dragging' : ''}"
    @wheel=${{ handleEvent: g.onWheel, passive: false }}
    @pointerdown=${g.onPointerDown}
    @pointermove=${g.onPointerMove}
    @pointerup=${g.onPointerUp}
    @pointercancel=${g.onPointerUp}
    @click=${{ handleEvent: g.onClickCapture, capture: true }}
  >
    ${layout ? renderAxis(layout.ticks, view.tick) : nothing}
    <div @click=${view.onClick} @pointerover=${view.onPreview} @pointerout=${view.onPreview} @focusin=${view.onPreview}>
      ${layout ? renderMarkers({ ...view, markers: layout.markers }) : nothing}
    </div>
    ${view.preview}
  </div>`;
}

/** Font size of labels in px (the stylesheet's .root font-size). */
export const LABEL_FONT_PX = 14;
/** Label padding and border, plus 2 px so the browser wraps where the canvas did. */
const LABEL_CHROME_PX = 21;

/** What the track's layout needs from the element. */
export interface TrackInput {
  index: TimelineIndex;
  view: ViewState;
  size: { width: number; height: number };
  /** The shapes a title may take (LabelMeasurer.shapes), with room for "+N" when `more` > 0. */
  shapes: (item: TimedItem, more: number) => readonly { width: number; lines: number }[];
  /** Items drawn as themselves, labelled first (Reader.pinned). */
  pinned: readonly number[];
  /** The item keyboard focus is on, drawn even when the view has moved past it. */
  held: number | null;
}

/** The measurer's text shapes as label boxes: the label's padding and border added. */
const inPixels =
  (index: TimelineIndex, shapes: TrackInput['shapes']) =>
  (i: number, more: number): LabelShape[] =>
    shapes(index.items[i]!, more).map((s) => ({ width: Math.ceil(s.width) + LABEL_CHROME_PX, lanes: s.lines }));

/** laneCount(height) → how many label lanes a track of this height has above its axis. */
export function laneCount(height: number): number {
  const { axis, base, lane } = GEOMETRY;
  return Math.max(0, Math.floor((height - axis - base) / lane));
}

/**
 * layoutTrack(input) → the horizontal layout in the track's pixel geometry: lanes from the height the page
 * allows (`--vr-height`), label shapes from the element's text measurer. While a gesture moves the view,
 * labels keep the lanes of the last settled layout (issue 9). Pure but for remembering that settled layout.
 */
export function layoutTrack({ index, view, size, shapes, pinned, held }: TrackInput): TimelineLayout {
  const result = layoutTimeline({
    index,
    window: view.current,
    width: size.width,
    laneCount: laneCount(size.height),
    labelShapes: inPixels(index, shapes),
    pinned,
    held,
    keep: view.moving ? (view.steady ?? undefined) : undefined,
  });
  if (!view.moving) view.steady = result;
  return result;
}

/**
 * titlesAllFit(index, size, shapes) → whether every importance-3 title in the default view finds a place at
 * this size: orientation="auto" reads the vertical layout when they do not.
 */
export function titlesAllFit(index: TimelineIndex, window: ViewWindow, size: { width: number; height: number }, shapes: TrackInput['shapes']): boolean {
  const layout = layoutTimeline({
    index,
    window,
    width: size.width,
    laneCount: laneCount(size.height),
    labelShapes: inPixels(index, shapes),
  });
  const titled = new Set(layout.markers.filter((m) => m.lane !== null).map((m) => m.lead));
  return layout.markers.every((m) => m.items.every((i) => index.items[i]!.importance < 3 || titled.has(i)));
}
