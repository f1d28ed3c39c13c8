import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatCalendarDate, formatDateRange, formatTick } from '../i18n/format-date.js';
import { resolveLang, stringsFor, type UiStrings } from '../i18n/strings.js';
import { indexTimeline, layoutSpine, layoutTimeline, nextIndex, type PlacedMarker, type SpineItem, type TimelineIndex, type TimelineLayout } from '../layout/index.js';
import { parseCalendarDate } from '../model/calendar-date.js';
import { textFor } from '../model/localized-text.js';
import { BUILT_IN_CATEGORIES, type Milestone } from '../model/milestone.js';
import { Announcer } from './controllers/announcer.js';
import { DataController, type BuiltInDataLoader } from './controllers/data-controller.js';
import { HashSync } from './controllers/hash-sync.js';
import { LabelMeasurer } from './controllers/label-measurer.js';
import { RovingFocus } from './controllers/roving-focus.js';
import { SizeController } from './controllers/size-controller.js';
import { ViewState } from './controllers/view-state.js';
import { ZoomPanController } from './controllers/zoom-pan-controller.js';
import { emit } from './events.js';
import { renderAxis } from './templates/axis.js';
import { renderCards } from './templates/cards.js';
import { renderControls } from './templates/controls.js';
import { renderDetail } from './templates/detail.js';
import { renderLegend, type LegendEntry } from './templates/legend.js';
import { GEOMETRY, renderMarkers } from './templates/markers.js';
import { styles } from './vr-timeline.styles.js';

export type { BuiltInDataLoader };

/** Below this width of the element itself, orientation="auto" is vertical. */
const VERTICAL_BELOW_PX = 600;
/** A label is one line up to this width, else two balanced lines up to the next, else not shown. */
const LABEL_LINE_PX = 200;
const LABEL_TWO_LINES_PX = 280;
const LABEL_FONT_PX = 14;
/** Label padding and border, plus 2 px so the browser wraps where the canvas did. */
const LABEL_CHROME_PX = 21;

/**
 * An interactive, accessible timeline of milestones. With no data given it shows the built-in,
 * sourced timeline of Vietnam–Russia relations (1923 to today).
 *
 * @summary Interactive timeline of Vietnam–Russia relations.
 * @tag vr-timeline
 *
 * @fires vr-select - A reader selected a milestone (a marker, a card, Previous/Next) or closed its detail. `detail: { milestone: Milestone | null }`.
 * @fires vr-view-change - The visible window changed after a zoom or pan settled. `detail: { start: string; end: string }` (ISO dates).
 * @fires vr-data-error - Some milestones were left out, or the data did not load; `detail: { problems: DataProblem[]; source }`. Fired after the update.
 *
 * @csspart axis - The time axis.
 * @csspart tick - One tick label on the axis.
 * @csspart milestone - A milestone's button (marker and label, or a card); the selected one also has `milestone-selected`.
 * @csspart card - A milestone's card in the vertical layout (also has part `milestone`).
 * @csspart label - A milestone's label in the horizontal layout: the whole title, on one or two lines.
 * @csspart cluster - A group of milestones too close to tell apart at this zoom; activating it zooms in.
 * @csspart detail - The detail of the selected milestone.
 * @csspart nav - The Previous and Next buttons of the detail.
 * @csspart controls - The zoom buttons.
 * @csspart legend - The category legend.
 * @csspart legend-item - One category's toggle in the legend.
 * @csspart error - The notice shown when data was left out or did not load.
 *
 * @cssprop [--vr-font-family=inherit] - Font of all text.
 * @cssprop [--vr-fg=#1b1f24] - Text colour (light theme; #e6edf3 in dark).
 * @cssprop [--vr-bg=#ffffff] - Background colour (light theme; #0d1117 in dark).
 * @cssprop [--vr-muted=#59636e] - Colour of secondary text, the axis and unknown categories.
 * @cssprop [--vr-accent=#c62828] - Accent: link underlines and the selected card's edge. Text never takes it, so any accent keeps text readable.
 * @cssprop [--vr-radius=8px] - Corner radius.
 * @cssprop [--vr-height=300px] - Height of the horizontal track.
 * @cssprop [--vr-color-diplomacy=#c62828] - Colour of diplomacy markers. Any `--vr-color-<category>` works, your own categories included.
 * @cssprop [--vr-color-economy=#1565c0] - Colour of economy markers.
 * @cssprop [--vr-color-energy=#b45309] - Colour of energy markers.
 * @cssprop [--vr-color-science=#6a1b9a] - Colour of science markers.
 * @cssprop [--vr-color-culture=#00796b] - Colour of culture markers.
 * @cssprop [--vr-color-education=#2e7d32] - Colour of education markers.
 * @cssprop [--vr-color-people=#ad1457] - Colour of people-to-people markers.
 */
export class VrTimeline extends LitElement {
  static override styles = styles;

  /** @internal Declared as a map, not with decorators: Lit's decorators cost about 0.5 KB gzip in the one-file bundle. */
  static override properties = {
    milestones: { attribute: false },
    selected: { reflect: true },
    lang: {},
    theme: { reflect: true },
    orientation: {},
    label: {},
    viewStart: { attribute: 'view-start', noAccessor: true },
    viewEnd: { attribute: 'view-end', noAccessor: true },
    categories: { reflect: true },
    hashSync: { attribute: 'hash-sync', type: Boolean },
  };

  /**
   * Loads the built-in dataset in the UI language. Set where the element is registered: 'vr-timeline/define'
   * imports it lazily, the one-file bundle fetches one language's file beside it.
   * @internal
   */
  static builtInData: BuiltInDataLoader | null = null;

  /** The milestones to show. When no data is given, the built-in Vietnam–Russia dataset is shown. */
  milestones: Milestone[] | undefined = undefined;
  /** The id of the selected milestone; its detail is open. */
  selected: string | null = null;
  /** Language of the UI, dates and texts: 'en', 'vi' or 'ru' (others fall back to 'en'). Default: the nearest `lang` of the page. */
  override lang = '';
  /** 'light' or 'dark' force a theme; 'auto' follows the reader's preference; without it the element follows the page's `color-scheme` (light when the page declares none). */
  theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /** 'auto' (vertical when the element itself is narrower than 600 px), 'horizontal' or 'vertical'. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** Accessible name of the timeline region. Default 'Timeline'; for the built-in data, 'Timeline of Vietnam–Russia relations', translated. */
  label: string | null = null;
  /** Space-separated categories to show; unset shows all. The legend's toggles set it, and remove it when all are shown. */
  categories: string | null = null;
  /** Opt-in: the selection is written to `location.hash` as `#vr-<id>`, and such a hash selects and reveals its milestone. */
  hashSync = false;

  /** Start of the visible window (ISO date). Reading gives the window shown now, after any zoom or pan; setting zooms. */
  get viewStart(): string {
    return this.view.iso('start');
  }
  set viewStart(value: string | null) {
    this.view.ask('start', value);
  }
  /** End of the visible window (ISO date). Reading gives the window shown now; setting zooms. */
  get viewEnd(): string {
    return this.view.iso('end');
  }
  set viewEnd(value: string | null) {
    this.view.ask('end', value);
  }

  private index: TimelineIndex = indexTimeline([]);
  private layout: TimelineLayout | null = null;
  private spine: SpineItem[] | null = null;
  private legend: LegendEntry[] = [];
  private vertical = false;
  /** The data `index` was built from, to rebuild it only when the data changes. */
  private indexedData: readonly Milestone[] | null = null;
  /** Item whose milestone takes focus once drawn. */
  private pendingFocus: number | null = null;
  /** Bring the open detail into view after the next render (a reader opened it). */
  private scrollDetail = false;
  private readonly size = new SizeController(this, () => [this.renderRoot.querySelector('.sizer'), this.renderRoot.querySelector('.track')]);
  private readonly view = new ViewState(this, () => this.index.extent);
  private readonly zoomPan = new ZoomPanController(this, {
    zoom: (anchor, factor) => this.view.zoom(anchor, factor),
    pan: (fraction) => this.view.pan(fraction),
    settle: () => this.view.settle(),
  });
  private readonly source = new DataController(this, () => (this.constructor as typeof VrTimeline).builtInData);
  private readonly labels = new LabelMeasurer(this, () => this.renderRoot.querySelector('.root'), LABEL_FONT_PX);
  private readonly roving = new RovingFocus(this, () => this.renderRoot);
  private readonly announcer = new Announcer(this);
  private readonly hash = new HashSync(this, () => this.hashSync);

  /** Shows the milestone with this id and opens its detail, or closes the detail for null. Unknown ids are reported, never thrown. */
  select(id: string | null): void {
    if (id && !this.index.positions.has(id)) console.warn(`<vr-timeline>: select("${id}"): no milestone has this id.`);
    else this.selected = id || null;
  }

  /** Shows the window from `start` to `end` (ISO dates). Invalid dates are reported, never thrown. */
  zoomTo(start: string, end: string): void {
    const [a, b] = [parseCalendarDate(start), parseCalendarDate(end)];
    if (!a || !b || b.end <= a.start) return console.warn(`<vr-timeline>: zoomTo("${start}", "${end}"): expected two ISO dates, the first before the second.`);
    this.view.ask('start', start);
    this.view.ask('end', end);
  }

  /** Zooms in around the middle of the view. */
  zoomIn(): void {
    this.view.zoom(0.5, 0.5);
  }

  /** Zooms out around the middle of the view. */
  zoomOut(): void {
    this.view.zoom(0.5, 2);
  }

  /** Shows all milestones again. */
  resetView(): void {
    this.view.reset();
  }

  private get uiLang(): string {
    return resolveLang(this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  private get strings(): UiStrings {
    return stringsFor(this.uiLang);
  }

  private text(milestone: Milestone): string {
    return textFor(milestone.title, this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided at the first update, not on connect: a page may set `milestones` before the element upgrades.
    this.source.sync(this.milestones, changed.has('milestones'), this.uiLang);
    const data = this.source.milestones;
    if (data !== this.indexedData || changed.has('categories')) {
      const shown = new Set((this.categories ?? '').split(/\s+/).filter(Boolean));
      this.index = indexTimeline(shown.size ? data.filter((m) => shown.has(m.category ?? '')) : data);
      this.legend = this.legendEntries(data, shown);
      this.indexedData = data;
      this.spine = null;
    }
    if (!this.view.apply()) console.warn('<vr-timeline>: view-start and view-end must be ISO dates, the first before the second.');
    const asked = this.hash.take((id) => this.index.positions.has(id));
    if (asked !== null) [this.selected, this.scrollDetail] = [asked, true];
    const selectedAt = this.selected ? this.index.positions.get(this.selected) : undefined;
    this.vertical = this.orientation === 'vertical' || (this.orientation !== 'horizontal' && this.size.width > 0 && this.size.width < VERTICAL_BELOW_PX);
    if (changed.has('selected') && selectedAt !== undefined && !this.vertical) this.view.reveal(this.index.items[selectedAt]!.start);
    this.layout = !this.vertical && this.size.width > 0 ? this.computeLayout() : null;
    if (this.vertical) this.spine ??= layoutSpine(this.index);
    const keys = this.layout ? this.layout.markers.map((m) => m.key) : this.vertical ? this.index.items.map((i) => i.milestone.id) : [];
    if (this.pendingFocus !== null && keys.length) {
      const key = this.keyOf(this.pendingFocus);
      this.pendingFocus = null;
      if (key) this.roving.focusKey(key);
    }
    this.roving.pick(new Set(keys), keys[0] ?? null, this.selected);
    if (this.view.settling) this.announcer.text = this.viewNotice();
  }

  private computeLayout(): TimelineLayout {
    const { axis, base, lane } = GEOMETRY;
    return layoutTimeline({
      index: this.index,
      window: this.view.current,
      width: this.size.width,
      laneCount: Math.max(0, Math.floor((this.size.height - axis - base) / lane)),
      // A cluster shows its count on its marker; lanes are for whole titles.
      labelBox: ({ kind, items }) => {
        const item = this.index.items[items[0]!]!;
        const box = kind === 'cluster' ? { width: 0, lines: 0 } : this.labels.box(this.text(item.milestone), item.importance === 3, LABEL_LINE_PX, LABEL_TWO_LINES_PX);
        return { width: Math.ceil(box.width) + LABEL_CHROME_PX, lanes: box.lines };
      },
    });
  }

  private legendEntries(data: readonly Milestone[], shown: ReadonlySet<string>): LegendEntry[] {
    const counts = new Map<string, number>();
    for (const m of data) if (m.category) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
    const order = (c: string): number => ((BUILT_IN_CATEGORIES as readonly string[]).indexOf(c) + 1 || 99);
    return [...counts.keys()]
      .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
      .map((category) => ({ category, count: counts.get(category)!, shown: !shown.size || shown.has(category) }));
  }

  private toggleCategory = (category: string): void => {
    const shown = this.legend.filter((e) => e.shown !== (e.category === category)).map((e) => e.category);
    if (!shown.length) return; // the last category shown stays shown: an empty timeline helps no one
    this.categories = shown.length === this.legend.length ? null : shown.join(' ');
  };

  private categoryName(category: string): string {
    return this.strings.categories[category] ?? category;
  }

  private accessibleName(marker: PlacedMarker): string {
    const lang = this.uiLang;
    const first = this.index.items[marker.items[0]!]!.milestone;
    if (marker.kind === 'milestone') return `${formatDateRange(first.date, first.endDate, lang)}: ${this.text(first)}`;
    const last = this.index.items[marker.items[marker.items.length - 1]!]!.milestone;
    return this.strings.clusterName(marker.items.length, formatCalendarDate(first.date, lang), formatCalendarDate(last.date, lang));
  }

  /** The key of the button that shows item `i`: its card, its marker, or the cluster that holds it. */
  private keyOf(i: number): string | undefined {
    if (this.vertical) return this.index.items[i]?.milestone.id;
    return this.layout?.markers.find((m) => m.items.includes(i))?.key;
  }

  private itemsOf(key: string): readonly number[] {
    if (this.vertical) return [this.index.positions.get(key) ?? -1];
    return this.layout?.markers.find((m) => m.key === key)?.items ?? [];
  }

  /** Moves focus to item `i` once it is drawn, panning it into view first. */
  private focusItem(i: number): void {
    const item = this.index.items[i];
    if (!item) return;
    if (!this.vertical) this.view.reveal(item.start);
    this.pendingFocus = i;
    this.requestUpdate();
  }

  private selectItem(i: number): void {
    const milestone = this.index.items[i]?.milestone;
    if (!milestone) return;
    const closing = milestone.id === this.selected;
    this.selected = closing ? null : milestone.id;
    this.scrollDetail = !closing;
    this.announcer.announce(closing ? '' : this.strings.selectedNotice(this.text(milestone)));
    emit(this, 'vr-select', { milestone: closing ? null : milestone });
  }

  private closeDetail = (): void => {
    const i = this.selected ? this.index.positions.get(this.selected) : undefined;
    this.selected = null;
    emit(this, 'vr-select', { milestone: null });
    if (i !== undefined) this.focusItem(i);
  };

  private step = (to: Milestone, direction: 'previous' | 'next'): void => {
    this.selectItem(this.index.positions.get(to.id)!);
    this.roving.focusLater(`.step.${direction}`, `.step.${direction === 'next' ? 'previous' : 'next'}`);
  };

  private onMarkerClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('button.marker')?.dataset.key;
    const items = key ? this.itemsOf(key) : [];
    if (!key || items[0] === undefined || items[0] < 0) return;
    this.roving.tabKey = key;
    if (items.length === 1) return this.selectItem(items[0]);
    const first = this.index.items[items[0]]!;
    const last = this.index.items[items[items.length - 1]!]!;
    // A cluster zooms to its members; one that cannot come apart (same date, already at the closest zoom) opens its first.
    if (!this.view.zoomToSpan(first.start, last.end ?? last.start)) return this.selectItem(items[0]);
    this.focusItem(items[0]);
    this.view.settle();
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected) {
      event.preventDefault();
      return this.closeDetail();
    }
    const key = (event.target as Element).closest<HTMLElement>('button.marker')?.dataset.key;
    const items = key ? this.itemsOf(key) : [];
    if (!this.vertical && this.onViewKey(event, key)) return;
    if (!items.length) return;
    const back = ['ArrowLeft', 'ArrowUp', 'Home'].includes(event.key);
    const target = nextIndex(back ? items[0]! : items[items.length - 1]!, event.key, this.index.items.length, this.vertical ? 'vertical' : 'horizontal');
    if (target === null) return;
    event.preventDefault();
    this.focusItem(target);
  };

  /** `+`/`-` zoom around the focused milestone (so it stays in view), `0` shows all, Shift+arrows pan. Returns whether the key was used. */
  private onViewKey(event: KeyboardEvent, key: string | undefined): boolean {
    const pan = event.shiftKey ? { ArrowLeft: -0.2, ArrowRight: 0.2 }[event.key] : undefined;
    const marker = key ? this.layout?.markers.find((m) => m.key === key) : undefined;
    const anchor = marker && this.size.width > 0 ? marker.x / this.size.width : 0.5;
    if (pan !== undefined) this.view.pan(pan);
    else if (event.key === '+' || event.key === '=') this.view.zoom(anchor, 0.5);
    else if (event.key === '-' || event.key === '_') this.view.zoom(anchor, 2);
    else if (event.key === '0') this.view.reset();
    else return false;
    event.preventDefault();
    if (marker) this.focusItem(marker.items[0]!);
    this.view.settle();
    return true;
  }

  /** "1950 – 1960: 4 milestones", from the layout being rendered. */
  private viewNotice(): string {
    const count = this.layout?.markers.reduce((n, m) => n + m.items.length, 0) ?? 0;
    return this.strings.viewNotice(formatCalendarDate(this.viewStart, this.uiLang), formatCalendarDate(this.viewEnd, this.uiLang), count);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.hash.write(this.selected);
    if (this.scrollDetail) {
      this.scrollDetail = false;
      const detail = this.renderRoot.querySelector('.detail');
      (this.vertical ? detail?.closest('li') : detail)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private renderDetail(milestone: Milestone): TemplateResult {
    const i = this.index.positions.get(milestone.id)!;
    return renderDetail(milestone, this.uiLang, this.strings, {
      close: this.closeDetail,
      previous: this.index.items[i - 1]?.milestone,
      next: this.index.items[i + 1]?.milestone,
      step: this.step,
    });
  }

  private renderTrack(): TemplateResult {
    const lang = this.uiLang;
    const layout = this.layout;
    return html`<div
      class="track ${this.zoomPan.dragging ? 'dragging' : ''}"
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
              tabKey: this.roving.tabKey,
              labelText: (m) => this.text(this.index.items[m.items[0]!]!.milestone),
              accessibleName: (m) => this.accessibleName(m),
              listLabel: this.strings.milestones,
            })
          : nothing}
      </div>
    </div>`;
  }

  private renderCards(): TemplateResult {
    const lang = this.uiLang;
    return html`<div @click=${this.onMarkerClick}>
      ${renderCards({
        index: this.index,
        spine: this.spine ?? [],
        selectedId: this.selected,
        tabKey: this.roving.tabKey,
        listLabel: this.strings.milestones,
        date: (m) => formatDateRange(m.date, m.endDate, lang),
        title: (m) => this.text(m),
        categoryName: (m) => (m.category ? this.categoryName(m.category) : ''),
        year: (ms) => formatTick(ms, 'year', lang),
        detail: (m) => this.renderDetail(m),
      })}
    </div>`;
  }

  protected override render(): TemplateResult {
    const strings = this.strings;
    const selected = this.selected ? this.index.items[this.index.positions.get(this.selected) ?? -1]?.milestone : undefined;
    const settled = (act: () => void) => () => (act(), this.view.settle());
    return html`
      <div
        class="root ${this.vertical ? 'vertical' : 'horizontal'}"
        role="region"
        aria-label=${this.label || (this.source.builtIn ? strings.timeline : strings.timelineGeneric)}
        lang=${this.uiLang}
        @keydown=${this.onKeydown}
      >
        <div class="sizer"></div>
        <div class="bar">
          ${this.legend.length ? renderLegend(this.legend, strings.legend, (c) => this.categoryName(c), this.toggleCategory) : nothing}
          ${this.vertical ? nothing : renderControls(strings, { zoomIn: settled(() => this.zoomIn()), zoomOut: settled(() => this.zoomOut()), reset: settled(() => this.resetView()) })}
        </div>
        ${this.vertical ? this.renderCards() : this.renderTrack()}
        ${this.source.loading ? html`<p class="status">${strings.loading}</p>` : nothing}
        ${!this.source.loading && !this.source.failed && !this.index.items.length ? html`<p class="status">${strings.noMilestones}</p>` : nothing}
        ${this.source.failed ? html`<p class="error" part="error" role="alert">${strings.loadFailed}</p>` : nothing}
        ${this.source.problemCount ? html`<p class="error" part="error">${strings.dataProblems(this.source.problemCount)}</p>` : nothing}
        ${selected && !this.vertical ? this.renderDetail(selected) : nothing}
        <div class="sr-only" role="status" aria-live="polite">${this.announcer.text}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vr-timeline': VrTimeline;
  }
}
