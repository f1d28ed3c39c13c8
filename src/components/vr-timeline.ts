import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatCalendarDate, formatDateRange, formatTick } from '../i18n/format-date.js';
import { resolveLang, stringsFor, type UiStrings } from '../i18n/strings.js';
import {
  centerOn,
  fitAll,
  indexTimeline,
  layoutTimeline,
  nextIndex,
  panBy,
  zoomAt,
  zoomToSpan,
  type LabelSubject,
  type PlacedMarker,
  type TimelineIndex,
  type TimelineLayout,
  type ViewWindow,
} from '../layout/index.js';
import { parseCalendarDate, toIsoDay } from '../model/calendar-date.js';
import { textFor } from '../model/localized-text.js';
import type { Milestone } from '../model/milestone.js';
import { DataController, type BuiltInDataLoader } from './controllers/data-controller.js';
import { LabelMeasurer } from './controllers/label-measurer.js';
import { SizeController } from './controllers/size-controller.js';
import { ZoomPanController } from './controllers/zoom-pan-controller.js';
import { emit } from './events.js';
import { renderAxis } from './templates/axis.js';
import { renderControls } from './templates/controls.js';
import { renderDetail } from './templates/detail.js';
import { renderMarkers } from './templates/markers.js';
import { styles } from './vr-timeline.styles.js';

export type { BuiltInDataLoader };

/** Pixel sizes shared by the lane arithmetic and the stylesheet (`--_axis`, `--_lane`, `--_base`). */
const AXIS_PX = 34;
const LANE_PX = 26;
const BASE_PX = 14;
/** Height of one label box (the lane minus its gap). */
const LABEL_PX = LANE_PX - 4;
const LABEL_MAX_PX = 220;
/** Font size of labels (the stylesheet's .root font-size). */
const LABEL_FONT_PX = 14;
/** Label padding + border, added to the measured text width. */
const LABEL_CHROME_PX = 18;

/**
 * An interactive, accessible timeline of milestones. With no data given it shows the built-in,
 * sourced timeline of Vietnam–Russia relations (1923 to today).
 *
 * @summary Interactive timeline of Vietnam–Russia relations.
 * @tag vr-timeline
 *
 * @fires vr-select - A reader selected a milestone or closed its detail. `detail: { milestone: Milestone | null }`.
 * @fires vr-view-change - The visible window changed after a zoom or pan settled. `detail: { start: string; end: string }` (ISO dates).
 * @fires vr-data-error - Some milestones were left out; `detail: { problems: DataProblem[]; source }`.
 *
 * @csspart axis - The time axis.
 * @csspart tick - One tick label on the axis.
 * @csspart milestone - A milestone's button (marker and label); the selected one also has `milestone-selected`.
 * @csspart label - A milestone's label.
 * @csspart cluster - A group of milestones too close to tell apart at this zoom.
 * @csspart detail - The detail panel of the selected milestone.
 * @csspart controls - The zoom buttons.
 * @csspart error - The notice shown when data was left out.
 *
 * @cssprop [--vr-font-family=inherit] - Font of all text.
 * @cssprop [--vr-fg=#1b1f24] - Text colour.
 * @cssprop [--vr-bg=#ffffff] - Background colour.
 * @cssprop [--vr-muted=#59636e] - Colour of secondary text, the axis and unknown categories.
 * @cssprop [--vr-accent=#c62828] - Focus ring and link colour.
 * @cssprop [--vr-radius=8px] - Corner radius.
 * @cssprop [--vr-height=340px] - Height of the horizontal track.
 * @cssprop [--vr-color-diplomacy=#c62828] - Colour of diplomacy markers. Any `--vr-color-<category>` works, your own categories included.
 * @cssprop [--vr-color-economy=#1565c0] - Colour of economy markers.
 * @cssprop [--vr-color-energy=#b45309] - Colour of energy markers.
 * @cssprop [--vr-color-science=#6a1b9a] - Colour of science markers.
 * @cssprop [--vr-color-culture=#00796b] - Colour of culture markers.
 * @cssprop [--vr-color-education=#2e7d32] - Colour of education markers.
 * @cssprop [--vr-color-people=#ad1457] - Colour of people markers.
 */
export class VrTimeline extends LitElement {
  static override styles = styles;

  /**
   * Declared as a static map rather than with decorators: Lit's decorator module and the decorator helper
   * cost about 0.5 KB gzip in the one-file bundle, whose budget is 30 KB.
   * @internal
   */
  static override properties = {
    milestones: { attribute: false },
    selected: { reflect: true },
    lang: {},
    theme: { reflect: true },
    viewStart: { attribute: 'view-start' },
    viewEnd: { attribute: 'view-end' },
    categories: {},
    // Internal state (attribute: false keeps the analyzer from listing attributes for them).
    view: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    tabKey: { state: true, attribute: false },
  };

  /** The milestones to show. When no data is given, the built-in Vietnam–Russia dataset is shown. */
  milestones: Milestone[] | undefined = undefined;

  /** The id of the selected milestone; its detail panel is open. */
  selected: string | null = null;

  /** Language of the UI, dates and texts: 'en', 'vi' or 'ru' (others fall back to 'en'). Default: the nearest `lang` of the page. */
  override lang = '';

  /** 'light', 'dark' or 'auto' (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Start of the visible window, as an ISO date ('1950', '1950-01', '1950-01-30'). Default: all milestones with a margin. */
  viewStart: string | null = null;

  /** End of the visible window, as an ISO date. */
  viewEnd: string | null = null;

  /** Space-separated categories to show; empty shows all. */
  categories = '';

  private view: ViewWindow | null = null;
  private announcement = '';
  private tabKey: string | null = null;

  private index: TimelineIndex = indexTimeline([]);
  private layout: TimelineLayout | null = null;
  /** The data `index` was built from, to rebuild it only when the data changes. */
  private indexedData: readonly Milestone[] | null = null;
  /** Item (position in the index) whose marker takes focus after the next render. */
  private focusItem: number | null = null;
  /** Key of the marker button to focus once rendered. */
  private focusKey: string | null = null;
  private settlePending = false;
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.track'));
  private readonly zoomPan = new ZoomPanController(this, {
    zoom: (anchor, factor) => this.setView(zoomAt(this.currentView(), anchor, factor)),
    pan: (fraction) => this.setView(panBy(this.currentView(), fraction)),
    settle: () => this.viewSettled(),
  });
  private readonly source = new DataController(this, () => (this.constructor as typeof VrTimeline).builtInData);
  private readonly labels = new LabelMeasurer(this, () => this.renderRoot.querySelector('.root'), LABEL_FONT_PX);

  /** Shows the milestone with this id and opens its detail, or closes the detail for null. Unknown ids are reported, never thrown. */
  select(id: string | null): void {
    if (id === null || id === '') {
      this.selected = null;
      return;
    }
    const i = this.itemIndex(id);
    if (i === -1) {
      console.warn(`<vr-timeline>: select("${id}"): no milestone has this id.`);
      return;
    }
    this.selected = id;
    this.revealItem(i);
  }

  /** Shows the window from `start` to `end` (ISO dates). Invalid dates are reported, never thrown. */
  zoomTo(start: string, end: string): void {
    const a = parseCalendarDate(start);
    const b = parseCalendarDate(end);
    if (!a || !b || b.end <= a.start) {
      console.warn(`<vr-timeline>: zoomTo("${start}", "${end}"): expected two ISO dates, the first before the second.`);
      return;
    }
    this.setView({ start: a.start, end: b.end });
  }

  /** Zooms in around the middle of the view. */
  zoomIn(): void {
    this.setView(zoomAt(this.currentView(), 0.5, 0.5));
  }

  /** Zooms out around the middle of the view. */
  zoomOut(): void {
    this.setView(zoomAt(this.currentView(), 0.5, 2));
  }

  /** Shows all milestones again. */
  resetView(): void {
    this.view = null;
  }

  private get uiLang(): string {
    const own = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return resolveLang(own);
  }

  private get strings(): UiStrings {
    return stringsFor(this.uiLang);
  }

  private currentView(): ViewWindow {
    return this.view ?? fitAll(this.index.extent);
  }

  private setView(view: ViewWindow): void {
    this.view = view;
  }

  private itemIndex(id: string): number {
    return this.index.positions.get(id) ?? -1;
  }

  /** Pans (keeping the zoom) so the item is in view, if it is not. */
  private revealItem(i: number): void {
    const item = this.index.items[i];
    if (!item) return;
    const view = this.currentView();
    if (item.start < view.start || item.start > view.end) this.setView(centerOn(view, item.start));
  }

  /**
   * Loads the built-in dataset in the UI language, once per language. The loader is set where the element
   * is registered: 'vr-timeline/define' imports the whole trilingual dataset lazily, the one-file bundle
   * fetches one language's file beside it.
   * @internal
   */
  static builtInData: BuiltInDataLoader | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    // Decided at the first update, not on connect: a page may set `milestones` before the element upgrades.
    this.source.sync(this.milestones, changed.has('milestones'), this.uiLang);
    const data = this.source.milestones;
    if (data !== this.indexedData || changed.has('categories')) {
      const wanted = new Set(this.categories.split(/\s+/).filter(Boolean));
      this.index = indexTimeline(wanted.size ? data.filter((m) => wanted.has(m.category ?? '')) : data);
      this.indexedData = data;
    }
    if (changed.has('viewStart') || changed.has('viewEnd')) {
      const a = parseCalendarDate(this.viewStart);
      const b = parseCalendarDate(this.viewEnd);
      if (a || b) {
        const fit = fitAll(this.index.extent);
        this.view = { start: a?.start ?? fit.start, end: b?.end ?? fit.end };
      }
    }
    this.layout = this.size.width > 0 ? this.computeLayout() : null;
    this.tabKey = this.pickTabKey();
    if (this.settlePending) this.announcement = this.viewNotice();
    if (this.focusItem !== null && this.layout) {
      const target = this.focusItem;
      const marker = this.layout.markers.find((m) => m.items.includes(target));
      this.focusItem = null;
      if (marker) this.tabKey = this.focusKey = marker.key;
    }
  }

  private computeLayout(): TimelineLayout {
    const laneCount = Math.max(0, Math.floor((this.size.height - AXIS_PX - BASE_PX - LABEL_PX) / LANE_PX) + 1);
    return layoutTimeline({
      index: this.index,
      window: this.currentView(),
      width: this.size.width,
      laneCount,
      labelWidth: (subject) => this.measureLabel(subject),
    });
  }

  private labelText(subject: LabelSubject): string {
    if (subject.kind === 'cluster') return this.strings.clusterLabel(subject.items.length);
    return textFor(this.index.items[subject.items[0]!]!.milestone.title, this.uiLang);
  }

  /** Width of a label: its text in the element's font, plus padding, at most LABEL_MAX_PX. */
  private measureLabel(subject: LabelSubject): number {
    const bold = subject.kind === 'milestone' && this.index.items[subject.items[0]!]!.importance === 3;
    return Math.min(LABEL_MAX_PX, Math.ceil(this.labels.measure(this.labelText(subject), bold)) + LABEL_CHROME_PX);
  }

  private accessibleName(marker: PlacedMarker): string {
    const lang = this.uiLang;
    const first = this.index.items[marker.items[0]!]!.milestone;
    if (marker.kind === 'cluster') {
      const last = this.index.items[marker.items[marker.items.length - 1]!]!.milestone;
      return this.strings.clusterName(marker.items.length, formatCalendarDate(first.date, lang), formatCalendarDate(last.date, lang));
    }
    return `${formatDateRange(first.date, first.endDate, lang)}: ${textFor(first.title, lang)}`;
  }

  /** The marker that holds the tab stop: the one focus was on, else the selected one, else the first. */
  private pickTabKey(): string | null {
    const markers = this.layout?.markers ?? [];
    const keys = new Set(markers.map((m) => m.key));
    if (this.tabKey && keys.has(this.tabKey)) return this.tabKey;
    if (this.selected && keys.has(this.selected)) return this.selected;
    return markers[0]?.key ?? null;
  }

  private markerFor(key: string): PlacedMarker | undefined {
    return this.layout?.markers.find((m) => m.key === key);
  }

  private selectItem(i: number): void {
    const milestone = this.index.items[i]?.milestone ?? null;
    const closing = milestone !== null && milestone.id === this.selected;
    this.selected = closing ? null : (milestone?.id ?? null);
    this.announcement = closing || !milestone ? '' : this.strings.selectedNotice(textFor(milestone.title, this.uiLang));
    emit(this, 'vr-select', { milestone: closing ? null : milestone });
  }

  private closeDetail = (): void => {
    const i = this.selected ? this.itemIndex(this.selected) : -1;
    this.selected = null;
    emit(this, 'vr-select', { milestone: null });
    if (i !== -1) this.focusItem = i;
  };

  private zoomToMarker(marker: PlacedMarker): void {
    const first = this.index.items[marker.items[0]!]!;
    const last = this.index.items[marker.items[marker.items.length - 1]!]!;
    this.setView(zoomToSpan(first.start, last.end ?? last.start, 0.25));
    this.focusItem = marker.items[0]!;
    this.viewSettled();
  }

  private onMarkerClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button.marker');
    const marker = button?.dataset.key ? this.markerFor(button.dataset.key) : undefined;
    if (!marker) return;
    this.tabKey = marker.key;
    if (marker.kind === 'cluster') this.zoomToMarker(marker);
    else this.selectItem(marker.items[0]!);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const button = (event.target as Element).closest<HTMLElement>('button.marker');
    const marker = button?.dataset.key ? this.markerFor(button.dataset.key) : undefined;
    if (event.key === 'Escape' && this.selected) {
      event.preventDefault();
      this.closeDetail();
      return;
    }
    if (this.onViewKey(event, marker) || !marker) return;
    const backward = event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'Home';
    const current = backward ? marker.items[0]! : marker.items[marker.items.length - 1]!;
    const target = nextIndex(current, event.key, this.index.items.length);
    if (target !== null) {
      event.preventDefault();
      this.revealItem(target);
      this.focusItem = target;
      const item = this.index.items[target]!;
      this.announcement = `${formatCalendarDate(item.milestone.date, this.uiLang)}: ${textFor(item.milestone.title, this.uiLang)}`;
      this.requestUpdate();
    }
  };

  /**
   * `+`/`-` zoom around the focused milestone (so it stays in view), `0` shows all, Shift+arrows pan.
   * Returns whether the key was used.
   */
  private onViewKey(event: KeyboardEvent, marker: PlacedMarker | undefined): boolean {
    const pan = event.shiftKey ? { ArrowLeft: -0.2, ArrowRight: 0.2 }[event.key] : undefined;
    const anchor = marker && this.size.width > 0 ? marker.x / this.size.width : 0.5;
    if (pan !== undefined) this.setView(panBy(this.currentView(), pan));
    else if (event.key === '+' || event.key === '=') this.setView(zoomAt(this.currentView(), anchor, 0.5));
    else if (event.key === '-' || event.key === '_') this.setView(zoomAt(this.currentView(), anchor, 2));
    else if (event.key === '0') this.resetView();
    else return false;
    event.preventDefault();
    if (marker) this.focusItem = marker.items[0]!;
    this.viewSettled();
    return true;
  }

  /** "Showing 1950 to 1960, 4 milestones", from the layout being rendered. */
  private viewNotice(): string {
    const view = this.currentView();
    const count = this.layout?.markers.reduce((n, m) => n + m.items.length, 0) ?? 0;
    const lang = this.uiLang;
    return this.strings.viewNotice(formatCalendarDate(toIsoDay(view.start), lang), formatCalendarDate(toIsoDay(view.end), lang), count);
  }

  /** Reports the view (event and announcement) once the update that shows it has rendered. */
  private viewSettled(): void {
    this.settlePending = true;
    this.requestUpdate();
  }

  protected override updated(): void {
    this.size.observe();
    if (this.focusKey !== null) {
      const key = this.focusKey;
      this.focusKey = null;
      this.renderRoot.querySelector<HTMLElement>(`button.marker[data-key="${CSS.escape(key)}"]`)?.focus();
    }
    if (this.settlePending) {
      this.settlePending = false;
      const view = this.currentView();
      emit(this, 'vr-view-change', { start: toIsoDay(view.start), end: toIsoDay(view.end) });
    }
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    const lang = this.uiLang;
    const selectedItem = this.selected ? this.index.items[this.itemIndex(this.selected)]?.milestone : undefined;
    const layout = this.layout;
    return html`
      <div class="root" role="region" aria-label=${strings.timeline} lang=${lang} @keydown=${this.onKeydown}>
        ${renderControls(strings, {
          zoomIn: () => (this.zoomIn(), this.viewSettled()),
          zoomOut: () => (this.zoomOut(), this.viewSettled()),
          reset: () => (this.resetView(), this.viewSettled()),
        })}
        <div
          class="track ${this.zoomPan.dragging ? 'dragging' : ''}"
          style="--_axis:${AXIS_PX}px;--_lane:${LANE_PX}px;--_base:${BASE_PX}px"
          @wheel=${{ handleEvent: this.zoomPan.onWheel, passive: false }}
          @pointerdown=${this.zoomPan.onPointerDown}
          @pointermove=${this.zoomPan.onPointerMove}
          @pointerup=${this.zoomPan.onPointerUp}
          @pointercancel=${this.zoomPan.onPointerUp}
          @click=${{ handleEvent: this.zoomPan.onClickCapture, capture: true }}
        >
          ${layout ? renderAxis(layout.ticks, (tick) => formatTick(tick.time, tick.level, lang)) : nothing}
          <div @click=${this.onMarkerClick}>
            ${layout
              ? renderMarkers({
                  index: this.index,
                  markers: layout.markers,
                  selectedId: this.selected,
                  tabKey: this.tabKey,
                  labelText: (m) => this.labelText(m),
                  accessibleName: (m) => this.accessibleName(m),
                  listLabel: strings.milestones,
                })
              : nothing}
          </div>
          ${this.source.loading ? html`<p class="status">${strings.loading}</p>` : nothing}
          ${!this.source.loading && this.index.items.length === 0 ? html`<p class="status">${strings.noMilestones}</p>` : nothing}
        </div>
        ${this.source.problemCount ? html`<p class="error" part="error">${strings.dataProblems(this.source.problemCount)}</p>` : nothing}
        ${selectedItem ? renderDetail(selectedItem, lang, strings, this.closeDetail) : nothing}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vr-timeline': VrTimeline;
  }
}
