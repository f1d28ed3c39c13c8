import { html, nothing, type TemplateResult } from 'lit';
import { layoutTimeline } from '../../layout/index.js';
import type { TimedItem, TimelineIndex, TimelineLayout } from '../../layout/types.js';
import type { ViewState } from '../controllers/view-state.js';
import type { ZoomPanController } from '../controllers/zoom-pan-controller.js';
import { renderAxis } from './axis.js';
import { GEOMETRY, renderMarkers, type MarkerView } from './markers.js';
import { cssomStyle } from './cssom-style.js';

export interface TrackView extends Omit<MarkerView, 'markers'> {
  layout: TimelineLayout | null;
  /** Height of the track in pixels: what the labels use, so no empty band sits above them. */
  height: number | null;
  gestures: ZoomPanController;
  tick: (tick: TimelineLayout['ticks'][number]) => string;
  onClick: (event: MouseEvent) => void;
}

/** renderTrack(view) → the horizontal layout: the track that takes zoom and pan gestures, its axis and its milestones. */
export function renderTrack(view: TrackView): TemplateResult {
  const { layout, gestures: g } = view;
  return html`<div
    class="track ${g.dragging ? 'dragging' : ''}"
    style=${cssomStyle(view.height === null ? {} : { height: `${view.height}px` })}
    @wheel=${{ handleEvent: g.onWheel, passive: false }}
    @pointerdown=${g.onPointerDown}
    @pointermove=${g.onPointerMove}
    @pointerup=${g.onPointerUp}
    @pointercancel=${g.onPointerUp}
    @click=${{ handleEvent: g.onClickCapture, capture: true }}
  >
    ${layout ? renderAxis(layout.ticks, view.tick) : nothing}
    <div @click=${view.onClick}>${layout ? renderMarkers({ ...view, markers: layout.markers }) : nothing}</div>
  </div>`;
}

/** Font size of labels in px (the stylesheet's .root font-size). */
export const LABEL_FONT_PX = 14;
/** A label is one line up to this width, else two balanced lines up to the next, else not shown. */
export const LABEL_LINE_PX = 200;
export const LABEL_TWO_LINES_PX = 320;
/** Label padding and border, plus 2 px so the browser wraps where the canvas did. */
const LABEL_CHROME_PX = 21;

/**
 * layoutTrack(index, view, size, wrap, show) → the horizontal layout in the track's pixel geometry: lanes
 * from the height the page allows, label boxes from `wrap` (the element's text measurer), and no label for
 * a cluster (it shows its count on its marker; lanes are for whole titles). When item `show` (a milestone
 * just selected) is hidden in a cluster, the view zooms in around it until it stands alone.
 */
export function layoutTrack(
  index: TimelineIndex,
  view: ViewState,
  size: { width: number; height: number },
  wrap: (item: TimedItem) => { width: number; lines: number },
  show?: number,
): TimelineLayout {
  const { axis, base, lane } = GEOMETRY;
  const layout = (): TimelineLayout =>
    layoutTimeline({
      index,
      window: view.current,
      width: size.width,
      laneCount: Math.max(0, Math.floor((size.height - axis - base) / lane)),
      labelBox: ({ kind, items }) => {
        const box = kind === 'cluster' ? { width: 0, lines: 0 } : wrap(index.items[items[0]!]!);
        return { width: Math.ceil(box.width) + LABEL_CHROME_PX, lanes: box.lines };
      },
      // While a gesture moves the view, labels keep the lanes of the last settled layout (issue 9).
      keep: view.moving ? (view.steady ?? undefined) : undefined,
    });
  let result = layout();
  const item = show === undefined ? undefined : index.items[show];
  for (let n = 0; n < 12 && item && result.markers.some((m) => m.kind === 'cluster' && m.items.includes(show!)); n++) {
    view.zoomAround(item.start, 0.5);
    result = layout();
  }
  if (!view.moving) view.steady = result;
  return result;
}

/** trackHeight(layout, max) → the height its labels use (at least two lanes), at most `max`: no empty band above them. */
export function trackHeight(layout: TimelineLayout, max: number): number {
  const { axis, base, lane } = GEOMETRY;
  const lanes = layout.markers.reduce((n, m) => Math.max(n, m.lane === null ? 0 : m.lane + m.labelLanes), 2);
  return Math.min(max, axis + base + lanes * lane + 12);
}
