import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatCalendarDate, formatTick } from '../i18n/format-date.js';
import { resolveLang, stringsFor, type UiStrings } from '../i18n/strings.js';
import { indexTimeline, layoutSpine, type SpineItem, type TimedItem, type TimelineIndex, type TimelineLayout } from '../layout/index.js';
import { parseCalendarDate } from '../model/calendar-date.js';
import { textFor, textLang } from '../model/localized-text.js';
import { BUILT_IN_CATEGORIES, type Milestone } from '../model/milestone.js';
import { Announcer } from './controllers/announcer.js';
import { DataController, type BuiltInDataLoader } from './controllers/data-controller.js';
import { HashSync } from './controllers/hash-sync.js';
import { Hydration } from './controllers/hydration.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LabelMeasurer } from './controllers/label-measurer.js';
import { PrintMode } from './controllers/print-mode.js';
import { RovingFocus } from './controllers/roving-focus.js';
import { CardWindow } from './controllers/card-window.js';
import { SizeController } from './controllers/size-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { ViewState } from './controllers/view-state.js';
import { ZoomPanController } from './controllers/zoom-pan-controller.js';
import { renderCards } from './templates/cards.js';
import { renderControls } from './templates/controls.js';
import { renderDetail } from './templates/detail.js';
import { legendEntries, renderLegend, toggledCategories, type LegendEntry } from './templates/legend.js';
import { markerName } from './templates/markers.js';
import { renderStatus } from './templates/status.js';
import { LABEL_FONT_PX, LABEL_LINE_PX, LABEL_TWO_LINES_PX, layoutTrack, renderTrack, trackHeight } from './templates/track.js';
import { styles } from './vr-timeline.styles.js';

export type { BuiltInDataLoader };

/** Below this width of the element itself, orientation="auto" is vertical. */
const VERTICAL_BELOW_PX = 600;
/**
 * An interactive, accessible timeline of milestones. With no data given it shows the built-in,
 * sourced timeline of Vietnam–Russia relations (1923 to today).
 *
 * @summary Interactive timeline of Vietnam–Russia relations.
 * @tag vr-timeline
 *
 * @slot - Data for editors who write no JavaScript: a `<script type="application/json">` of milestones, or an `<ol>` of `<li>` with a `<time datetime>` and text (readable without JavaScript and by search engines). Read as data when the element upgrades, then not shown.
 *
 * @fires {VrSelectEvent} vr-select - A reader selected a milestone (a marker, a card, Previous/Next) or closed its detail. `detail: { milestone: Milestone | null }`.
 * @fires {VrViewChangeEvent} vr-view-change - The visible window changed after a zoom or pan settled. `detail: { start: string; end: string }` (ISO dates).
 * @fires {VrDataErrorEvent} vr-data-error - Some milestones were left out, or the data did not load; `detail: { problems: DataProblem[]; source: 'property' | 'src' | 'inline' | 'list' | 'built-in' }`, with `row` and `column` for a CSV. Fired after the update.
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
    src: {},
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
  /** URL of milestones as JSON (`Milestone[]` or `{ "milestones": [...] }`) or CSV (ours, or a TimelineJS3 sheet published as CSV); used when `milestones` is not set. */
  src: string | null = null;
  /** The id of the selected milestone; its detail is open. */
  selected: string | null = null;
  /** Language of the UI, dates and texts: 'en', 'vi' or 'ru' (others fall back to 'en'). Default: the nearest `lang` of the page (a server render sees no page: give `lang` there). */
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
  /** Height of the track: what its labels use, never shrinking for one data and size (`sizedFor`, 'WxH'). */
  private trackHeight = 0;
  private sizedFor = '';
  /** The selection the view was last brought to. */
  private revealed: string | null = null;
  /** The data `index` was built from, to rebuild it only when the data changes. */
  private indexedData: readonly Milestone[] | null = null;
  private readonly size = new SizeController(this, () => this.renderRoot.querySelector('.sizer'));
  private readonly view = new ViewState(this, () => this.index.extent);
  private readonly zoomPan = new ZoomPanController(this, this.view);
  private readonly source = new DataController(this, () => (this.constructor as typeof VrTimeline).builtInData);
  private readonly labels = new LabelMeasurer(this, () => this.renderRoot.querySelector('.label'), LABEL_FONT_PX);
  private readonly roving = new RovingFocus(this, () => this.renderRoot);
  private readonly cards = new CardWindow(this, () => this.renderRoot.querySelector('ol.spine'));
  private readonly announcer = new Announcer(this);
  private readonly hash = new HashSync(this, () => this.hashSync);
  private readonly hydration = new Hydration(this);
  private readonly print = new PrintMode(this);
  private readonly story = new StoryController(this, {
    index: () => this.index,
    layout: () => this.layout,
    vertical: () => this.vertical,
    width: () => this.size.width,
    view: this.view,
    roving: this.roving,
    announcer: this.announcer,
    notice: (m) => this.strings.selectedNotice(this.text(m)),
  });
  private readonly keys = new KeyboardController(this.story);

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
    return this.hydration.lang ?? resolveLang(this.lang || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang));
  }

  private get strings(): UiStrings {
    return stringsFor(this.uiLang);
  }

  private text(milestone: Milestone): string {
    return textFor(milestone.title, this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided at the first update, not on connect: a page may set `milestones` before the element upgrades.
    this.source.sync({ milestones: this.milestones, milestonesChanged: changed.has('milestones'), src: this.src, lang: this.uiLang });
    const data = this.source.milestones;
    if (data !== this.indexedData || changed.has('categories')) {
      this.legend = legendEntries(data, this.categories, BUILT_IN_CATEGORIES);
      const hidden = new Set(this.legend.filter((e) => !e.shown).map((e) => e.category));
      this.index = indexTimeline(hidden.size ? data.filter((m) => m.category && !hidden.has(m.category)) : data);
      [this.indexedData, this.spine, this.trackHeight] = [data, null, 0];
    }
    if (!this.view.apply()) console.warn('<vr-timeline>: view-start and view-end must be ISO dates, the first before the second.');
    this.hydration.check(() => this.index.items.map((item) => item.milestone.id), this.milestones !== undefined);
    const { snapshot } = this.hydration;
    const asked = snapshot ? null : this.hash.take((id) => this.index.positions.has(id));
    if (asked !== null) [this.selected, this.story.scrollDetail] = [asked, true];
    const selectedAt = this.selected ? this.index.positions.get(this.selected) : undefined;
    // The server, the hydrating render and print: the vertical list, which needs no measuring.
    this.vertical = snapshot || this.print.active || this.orientation === 'vertical' || (this.orientation !== 'horizontal' && this.size.width > 0 && this.size.width < VERTICAL_BELOW_PX);
    // A milestone selected since the last layout is brought into view, alone (once the width is known).
    const show = this.selected !== this.revealed && !this.vertical && this.size.width > 0 ? selectedAt : undefined;
    if (show !== undefined) this.view.reveal(this.index.items[show]!.start);
    if (this.sizedFor !== `${this.size.width}x${this.size.height}`) [this.sizedFor, this.trackHeight] = [`${this.size.width}x${this.size.height}`, 0];
    const wrap = (item: TimedItem) => this.labels.box(this.text(item.milestone), item.importance === 3, LABEL_LINE_PX, LABEL_TWO_LINES_PX);
    this.layout = !this.vertical && this.size.width > 0 ? layoutTrack(this.index, this.view, this.size, wrap, show) : null;
    if (this.layout) this.trackHeight = Math.max(this.trackHeight, trackHeight(this.layout, this.size.height));
    if ((this.layout || (this.vertical && !snapshot)) && (selectedAt !== undefined || !this.selected)) this.revealed = this.selected;
    if (this.vertical) this.spine ??= layoutSpine(this.index);
    this.story.resolveFocus(this.layout ? this.layout.markers.map((m) => m.key) : this.vertical ? this.index.items.map((i) => i.milestone.id) : []);
    const count = this.layout?.markers.reduce((n, m) => n + m.items.length, 0) ?? 0;
    if (this.view.settling) this.announcer.text = this.strings.viewNotice(formatCalendarDate(this.viewStart, this.uiLang), formatCalendarDate(this.viewEnd, this.uiLang), count);
  }

  private toggleCategory = (category: string): void => {
    const next = toggledCategories(this.legend, category);
    if (next !== undefined) this.categories = next;
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.hash.write(this.selected);
  }

  protected override render(): TemplateResult {
    if (this.hydration.snapshot && this.hydration.shell) return html`<slot></slot>`;
    const { strings, uiLang: lang, index } = this;
    // Printed, and rendered by the server, every card carries its text; a printed list has no open detail.
    const [full, selectedId] = [this.hydration.snapshot || this.print.active, this.print.active ? null : this.selected];
    const selected = selectedId ? index.items[index.positions.get(selectedId) ?? -1]?.milestone : undefined;
    const settled = (act: () => void) => () => (act(), this.view.settle());
    const shared = { index, selectedId, tabKey: this.roving.tabKey };
    const detail = (m: Milestone) => renderDetail(m, index, lang, strings, this.story);
    return html`
      <div
        class="root ${this.vertical ? 'vertical' : 'horizontal'}"
        role="region"
        aria-label=${this.label || this.source.title || (this.source.builtIn ? strings.timeline : strings.timelineGeneric)}
        lang=${lang}
        @keydown=${this.keys.onKeydown}
      >
        <div class="sizer-box"><div class="sizer"></div></div>
        <div class="bar">
          ${this.legend.length ? renderLegend(this.legend, strings.legend, (c) => strings.categories[c] ?? c, this.toggleCategory) : nothing}
          ${this.vertical ? nothing : renderControls(strings, { zoomIn: settled(() => this.zoomIn()), zoomOut: settled(() => this.zoomOut()), reset: settled(() => this.resetView()) })}
        </div>
        ${this.vertical
          ? html`<div @click=${this.story.onClick}>${renderCards({ ...shared, spine: this.spine ?? [], lang, strings, detail, full, range: this.cards.view((!full && this.spine) || [], [selectedId, this.roving.tabKey].map((id) => index.positions.get(id ?? ''))) })}</div>`
          : renderTrack({
              ...shared,
              layout: this.layout,
              height: this.trackHeight || null,
              gestures: this.zoomPan,
              tick: (t) => formatTick(t.time, t.level, lang, t.withYear),
              onClick: this.story.onClick,
              labelText: (m) => this.text(index.items[m.items[0]!]!.milestone),
              labelLang: (m) => textLang(index.items[m.items[0]!]!.milestone.title, lang),
              accessibleName: (m) => markerName(m, index, strings, lang),
              listLabel: strings.milestones,
            })}
        ${renderStatus(this.source, !index.items.length, strings)}
        ${selected && !this.vertical ? detail(selected) : nothing}
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
