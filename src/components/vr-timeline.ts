import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createRef, ref } from './templates/element-ref.js';
import { dateLabel, formatCalendarDate, formatTick } from '../i18n/format-date.js';
import { loadLanguage } from '../i18n/languages.js';
import { hasLanguage, resolveLang, stringsFor, type UiStrings } from '../i18n/strings.js';
import { fitAll, indexTimeline, layoutSpine, type PlacedMarker, type SpineItem, type Tick, type TimedItem, type TimelineIndex, type TimelineLayout } from '../layout/index.js';
import { parseCalendarDate } from '../model/calendar-date.js';
import { textFor, textLang } from '../model/localized-text.js';
import { BUILT_IN_CATEGORIES, type Era, type Milestone } from '../model/milestone.js';
import { DataController, type BuiltInDataLoader } from './controllers/data-controller.js';
import type { HashSync } from './controllers/hash-sync.js';
import { hashSync, loadHashSync } from './hash-sync-loader.js';
import type { FollowArticle } from './controllers/follow.js';
import { followPart, loadFollow } from './follow-loader.js';
import type { Tour } from './controllers/tour.js';
import { loadTour, tourPart } from './tour-loader.js';
import { HYDRATES, Hydration } from './controllers/hydration.js';
import { LabelMeasurer } from './controllers/label-measurer.js';
import { PrintMode } from './controllers/print-mode.js';
import { Reader } from './controllers/reader.js';
import { VIRTUAL_ABOVE, type CardRange } from './controllers/card-range.js';
import type { CardWindow } from './controllers/card-window.js';
import { loadCardWindow } from './card-window-loader.js';
import { SizeController } from './controllers/size-controller.js';
import { ViewState } from './controllers/view-state.js';
import { ZoomPanController } from './controllers/zoom-pan-controller.js';
import { eraParts } from './era-parts.js';
import { loadMediaParts, mediaParts } from './media-parts.js';
import { loadTableParts, tableParts } from './table-parts.js';
import { renderCards } from './templates/cards.js';
import { cssomStyle } from './templates/cssom-style.js';
import { renderControls } from './templates/controls.js';
import { renderDetail } from './templates/detail.js';
import { legendEntries, renderLegend, toggledCategories, type LegendEntry } from './templates/legend.js';
import { GEOMETRY } from './styles/geometry.js';
import { markerName } from './templates/markers.js';
import { Slots } from './templates/slots.js';
import { renderPreview } from './templates/preview.js';
import { renderStatus } from './templates/status.js';
import { geometry, LABEL_FONT_PX, layoutTrack, renderTrack, titlesAllFit } from './templates/track.js';
import { styles } from './styles/index.js';

export type { BuiltInDataLoader };

/** Below this width of the element itself, orientation="auto" is vertical. */
const VERTICAL_BELOW_PX = 600;
/** orientation="auto" reads vertically when the importance-3 titles do not fit, for data with at most this many of them. */
const MOST_KEY_EVENTS = 24;
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
 * @csspart label - A milestone's label in the horizontal layout: the whole title, on one or two lines, and "+N" when its marker holds more.
 * @csspart cluster - A group of milestones too close to tell apart at this zoom: a numbered disc, or the title of its most important member with "+N"; activating it zooms in.
 * @csspart detail - The detail of the selected milestone.
 * @csspart nav - The Previous and Next buttons, on top of the detail: they stay in the same place on screen from step to step.
 * @csspart controls - The zoom buttons.
 * @csspart legend - The category legend.
 * @csspart legend-item - One category's toggle in the legend.
 * @csspart error - The notice shown when the data did not load, with a Retry button (what was wrong goes to vr-data-error and the console).
 * @csspart preview - The preview of a hovered or focused marker: date and whole title, or a cluster's members.
 * @csspart table - The table of the shown milestones (mode="table"): date, title, category, sources and era; sortable by date and by title.
 * @csspart search - The search box of the table view; it sets `query`.
 * @csspart download - The table view's "Download the data" control: what is shown, as CSV (read back by `src`) or JSON.
 * @csspart era - An era: its name under the horizontal axis (over its band), or its heading on the vertical spine.
 * @csspart media - A milestone's audio or video player, or the facade of a YouTube, Vimeo, SoundCloud or Wikimedia Commons item (then its player, or the link a strict page gets), in the detail.
 * @csspart play - The guided tour's Play/Pause control, beside the zoom buttons (horizontal layout): starts the tour, and pauses it while it plays.
 * @csspart show-all - Under a long timeline's spine of key events, the button that shows every milestone ("Show all 50 milestones"), and back.
 *
 * @cssprop [--vr-font-family=inherit] - Font of all text.
 * @cssprop [--vr-fg=#1b1f24] - Text colour (light theme; #e6edf3 in dark).
 * @cssprop [--vr-bg=none] - Background of the element: none, so it sits on the page's own; set it to paint one (rings around markers and chips then take it too).
 * @cssprop [--vr-muted=#59636e] - Colour of secondary text, the axis and unknown categories.
 * @cssprop [--vr-accent=#c62828] - Accent: link underlines and the selected card's edge. Text never takes it, so any accent keeps text readable.
 * @cssprop [--vr-radius=8px] - Corner radius.
 * @cssprop [--vr-height=300px] - Height of the horizontal track: its label lanes (25 px each above a 48 px axis band). It does not change while the reader zooms, pans or steps.
 * @cssprop [--vr-detail-height=260px] - Height of the open detail's text in the horizontal layout (it scrolls within it), so Previous / Next stay put from step to step.
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
    eras: { attribute: false },
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
    mode: { reflect: true },
    query: {},
    follow: { type: Boolean },
    expanded: { type: Boolean, reflect: true },
  };

  /**
   * Loads the built-in dataset in the UI language. Set where the element is registered: 'vr-timeline/define'
   * imports it lazily, the one-file bundle fetches one language's file beside it.
   * @internal
   */
  static builtInData: BuiltInDataLoader | null = null;

  /** How long a `src` or the built-in dataset may take to load before it counts as failed (ms); a subclass may change it. @internal */
  static dataTimeout = 15_000;

  /** The milestones to show. When no data is given, the built-in Vietnam–Russia dataset is shown. */
  milestones: Milestone[] | undefined = undefined;
  /**
   * Named periods drawn behind the milestones: bands under the horizontal axis, headings on the vertical spine.
   * When not set, the data's own eras (`{ milestones, eras }` JSON, CSV rows of type `era`, the built-in data's).
   */
  eras: Era[] | undefined = undefined;
  /** URL of milestones as JSON (`Milestone[]` or `{ "milestones": [...], "eras": [...] }`) or CSV (ours, or a TimelineJS3 sheet published as CSV); used when `milestones` is not set. */
  src: string | null = null;
  /** The id of the selected milestone; its detail is open. Selecting a milestone of a hidden category shows that category again. */
  selected: string | null = null;
  /** Language of the UI, dates and texts: 'en', 'vi' or 'ru' (others fall back to 'en'). Default: the nearest `lang` of the page (a server render sees no page: give `lang` there). */
  override lang = '';
  /** 'light' or 'dark' force a theme; 'auto' follows the reader's preference; without it the element follows the page's `color-scheme` (light when the page declares none). */
  theme: 'light' | 'dark' | 'auto' | undefined = undefined;
  /** 'auto' (vertical when the element itself is narrower than 600 px, or when its default view cannot title every importance-3 milestone, for data with at most 24 of them), 'horizontal' or 'vertical'. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** Accessible name of the timeline region. Default 'Timeline'; for the built-in data, 'Timeline of Vietnam–Russia relations', translated. */
  label: string | null = null;
  /** Space-separated categories to show; unset shows all. The legend's toggles set it, and remove it when all are shown. */
  categories: string | null = null;
  /** Opt-in: the selection is written to `location.hash` as `#vr-<id>`, and such a hash selects and reveals its milestone. */
  hashSync = false;
  /**
   * 'timeline', or 'table': the milestones shown as a table (part `table`) of date, title, category, sources (and
   * era), sortable by date and by title, with a search box (part `search`) and a download of what it shows as CSV
   * or JSON (part `download`). The "Table" toggle in the bar (part `controls`) sets it.
   */
  mode: 'timeline' | 'table' = 'timeline';
  /**
   * Search text: only milestones whose title, description, category name or date text contain it are shown, in
   * both modes; case and diacritics do not matter ('ha noi' finds 'Hà Nội', 'черномырдин' finds 'Черномырдин'). The
   * number shown is announced. Empty or unset: all.
   */
  query: string | null = null;
  /**
   * Article-driven: an element anywhere in the page marked `data-vr-milestone="<id>"` selects that milestone as it
   * crosses the middle of the viewport (a paragraph telling it), as a reader's selection does (`vr-select`, the view
   * brought round it). A reader's own click or key holds until the next paragraph. The page decides where the
   * element sticks; the timeline never scrolls the page.
   */
  follow = false;
  /**
   * The vertical layout of a long timeline (more than 12 milestones, some of importance 3) first shows its key
   * events (importance 3) and a "Show all N milestones" button (part `show-all`), which sets this; set, every
   * milestone is shown. Selecting a milestone that is not shown sets it too.
   */
  expanded = false;

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

  /** The milestones shown: those of the shown categories, or on a collapsed spine their key events. */
  private index: TimelineIndex = indexTimeline([]);
  /** The milestones of the shown categories, and their key events (importance 3), indexed once per data. */
  private all: TimelineIndex = this.index;
  private keyEvents: TimelineIndex | null = null;
  private layout: TimelineLayout | null = null;
  private spine: SpineItem[] | null = null;
  private spineOf: TimelineIndex | null = null;
  /** The track's geometry for the reader's pointer: 44 px targets for fingers (read at each update). */
  private geometry = GEOMETRY;
  private legend: LegendEntry[] = [];
  private vertical = false;
  /** For a long list on the spine, the cards in the DOM (CardWindow). */
  private cardRange: CardRange | null = null;
  /** Whether every importance-3 title fits the default view (orientation="auto"), for which data, size, language and measured widths. */
  private titlesFit = { data: null as readonly Milestone[] | null, for: '', fit: true };
  /** The selection last checked against the data: one that differs was just asked for. */
  private checked: string | null = null;
  /** The selection the view was last brought to. */
  private revealed: string | null = null;
  /** The data `index` was built from, to rebuild it only when the data changes. */
  private indexedData: readonly Milestone[] | null = null;
  private readonly sizer = createRef<HTMLElement>();
  private readonly root = createRef<HTMLElement>();
  private readonly size = new SizeController(this, () => this.sizer.value ?? null);
  private readonly view = new ViewState(this, () => this.index.extent);
  private readonly zoomPan = new ZoomPanController(this, this.view);
  private readonly source = new DataController(this, () => this.constructor as typeof VrTimeline);
  /** The track's markers and ticks keep their nodes across a gesture's frames (templates/slots.ts). */
  private readonly pools = { markers: new Slots<PlacedMarker>((m) => m.key), ticks: new Slots<Tick>((t) => `${t.time}`) };
  private readonly labels = new LabelMeasurer(this, () => this.root.value?.querySelector('[part~="label"]') ?? null, LABEL_FONT_PX);
  /** The long list's window: its code loads with the first list long enough to window. */
  private cards: CardWindow | undefined;
  /** Selection ↔ location.hash, with `hash-sync` (its code may first have to load). */
  private hash: HashSync | undefined;
  /** The article's paragraphs select their milestones, with `follow` (its code may first have to load). */
  private story: FollowArticle | undefined;
  /** The guided tour is on (play(), the Play control); its code loads when it first starts. */
  private playing = false;
  private tour: Tour | undefined;
  private readonly playControl = createRef<HTMLButtonElement>();
  private readonly hydration = new Hydration(this);
  private readonly print = new PrintMode(this);
  private readonly reader = new Reader(this, {
    index: () => this.index,
    layout: () => this.layout,
    // The table's rows are a list in date order too, keyed by id, as the spine's cards.
    vertical: () => this.vertical || this.table,
    view: this.view,
    notice: (m) => this.strings.selectedNotice(this.text(m)),
  });

  /**
   * Shows the milestone with this id and opens its detail (showing its category again if it was hidden), or
   * closes the detail for null. Unknown ids are reported, never thrown.
   */
  select(id: string | null): void {
    // Checked against the data at the next update, or once the data has arrived (checkSelection).
    if (id === null || typeof id === 'string') this.selected = id || null;
    else console.warn('<vr-timeline>: select() expects an id; got', id); // any value, a Symbol too: no template literal
  }

  /** Shows the window from `start` to `end` (ISO dates). Invalid dates are reported, never thrown. */
  zoomTo(start: string, end: string): void {
    const [a, b] = [parseCalendarDate(start), parseCalendarDate(end)];
    if (!a || !b || b.end <= a.start) return console.warn('<vr-timeline>: zoomTo() expects two ISO dates, the first before the second; got', start, end);
    this.view.ask('start', start);
    this.view.ask('end', end);
  }

  /**
   * Starts the guided tour: the shown milestones open one after another in date order, from the one after the
   * open milestone, each for long enough to read its title and first sentence, until the last. Any reader input
   * pauses it (a pointer over the element, a touch, focus inside it, a key), as does the element leaving the
   * viewport. The Play/Pause control (part `play`) does the same. Only in the horizontal timeline.
   */
  play(): void {
    this.playing = true;
    this.requestUpdate();
  }

  /** Pauses the guided tour; the milestone it reached stays open. */
  pause(): void {
    this.playing = false;
    this.requestUpdate();
  }

  /** Zooms in around the middle of the view. */
  zoomIn(): void {
    this.view.zoom(0.5, 0.5);
  }

  /** Zooms out around the middle of the view. */
  zoomOut(): void {
    this.view.zoom(0.5, 2);
  }

  /** Shows all milestones again: the whole period and every category. */
  resetView(): void {
    this.view.reset();
    this.categories = null;
  }

  /** The language asked for: `lang`, else the nearest ancestor's, else the page's; one with strings, else English. */
  private get askedLang(): string {
    return (HYDRATES ? this.hydration.lang : null) ?? resolveLang(this.lang || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang));
  }

  /**
   * The language the element speaks: the one asked for once its strings are at hand (the one-file bundle loads
   * Vietnamese and Russian on first use), until then the one it spoke before; null before it has spoken any.
   */
  private spoken: string | null = null;
  /** The language whose strings were last asked for. */
  private fetching = '';

  private get uiLang(): string {
    return this.spoken ?? this.askedLang;
  }

  private get strings(): UiStrings {
    return stringsFor(this.uiLang);
  }

  private text(milestone: Milestone): string {
    return textFor(milestone.title, this.uiLang);
  }

  /**
   * Everything the render reads is worked out here, in this order: the data and its index, the hydration
   * check, a hash link, the selection checked against the data, the view asked for, the orientation, the
   * selection brought into view, the layout, the tab stop, and what the live region says.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.askedLang;
    if (hasLanguage(lang)) this.spoken = lang;
    else if (this.fetching !== lang) {
      this.fetching = lang;
      // A language file that does not load: the element speaks English rather than wait for ever.
      void loadLanguage(lang).then(
        () => this.requestUpdate(),
        (error: unknown) => (console.warn(`<vr-timeline>: the ${lang} strings did not load: ${String(error)}`), (this.spoken ??= 'en'), this.requestUpdate()),
      );
    }
    this.source.sync({
      milestones: this.milestones,
      milestonesChanged: changed.has('milestones'),
      eras: this.eras,
      erasChanged: changed.has('eras'),
      src: this.src,
      lang,
    });
    this.indexData(changed.has('categories') || changed.has('query'));
    if (HYDRATES) this.hydration.check(() => this.index.items.map((item) => item.milestone.id), this.milestones !== undefined);
    const Hash = this.hashSync && !this.hash && (hashSync() ?? void loadHashSync().then(() => this.requestUpdate()));
    if (Hash) this.hash = new Hash(this, () => this.hashSync);
    const Follow = this.follow && !this.story && (followPart() ?? void loadFollow().then(() => this.requestUpdate()));
    if (Follow) this.story = new Follow(this, (id) => this.source.milestones.find((m) => m.id === id));
    const Tour = this.playing && !this.tour && (tourPart() ?? void loadTour().then(() => this.requestUpdate()));
    if (Tour)
      this.tour = new Tour(this, {
        playing: () => this.playing,
        stop: () => this.pause(),
        index: () => this.index,
        open: (i) => this.reader.select(i, false),
        control: () => this.playControl.value,
        text: (m) => [this.text(m), m.description && textFor(m.description, this.uiLang)],
      });
    const asked = HYDRATES && this.hydration.snapshot ? null : (this.hash?.take((id) => this.source.milestones.some((m) => m.id === id)) ?? null);
    if (asked !== null) {
      this.selected = asked;
      this.reader.revealOnce();
    }
    if (this.checkSelection()) this.indexData(true);
    if (!this.view.apply()) console.warn('<vr-timeline>: view-start and view-end must be ISO dates, the first before the second.');
    if (!isServer) this.geometry = geometry();
    this.vertical = this.readsVertically();
    // The tour steps along the horizontal track only.
    if (this.vertical || this.table) this.playing = false;
    this.collapse();
    this.revealSelection();
    this.layOut();
    this.reader.resolve(this.layout ? this.layout.markers.map((m) => m.key) : this.vertical || this.table ? this.index.items.map((i) => i.milestone.id) : []);
    if (this.vertical && !this.table) this.windowCards();
    if (this.view.settling && !this.view.quiet) {
      const count = this.layout?.markers.reduce((n, m) => n + m.items.length, 0) ?? 0;
      this.reader.announcement = this.strings.viewNotice(formatCalendarDate(this.viewStart, this.uiLang), formatCalendarDate(this.viewEnd, this.uiLang), count);
    }
  }

  /**
   * Indexes the milestones of the shown categories, when the data (read at the first update, not on connect: a
   * page may set `milestones` before the element upgrades) or `categories` changed.
   */
  private indexData(categoriesChanged: boolean): void {
    const data = this.source.milestones;
    this.index = this.all;
    if (data === this.indexedData && !categoriesChanged) return;
    this.legend = legendEntries(data, this.categories, BUILT_IN_CATEGORIES);
    const unknown = (this.categories ?? '').split(/\s+/).filter((c) => c && data.length && !this.legend.some((e) => e.category === c));
    if (unknown.length) console.warn(`<vr-timeline>: categories: no milestone has the category ${unknown.join(', ')}.`);
    const hidden = new Set(this.legend.filter((e) => !e.shown).map((e) => e.category));
    // A search needs the table's code (its matching): until that has loaded, everything shows.
    const [query, parts] = [(this.query ?? '').trim(), tableParts()];
    if (query && !parts) void loadTableParts().then(() => ((this.indexedData = null), this.requestUpdate()));
    const match = query && parts?.matcher(query, this.uiLang, this.strings, dateLabel);
    this.index = this.all = indexTimeline(hidden.size || match ? data.filter((m) => (!hidden.size || (m.category && !hidden.has(m.category))) && (!match || match(m))) : data);
    [this.indexedData, this.keyEvents] = [data, null];
    // How many a search shows is announced, once it has run on the data (and when it is cleared).
    if ((match || !query) && data.length && query !== this.searched) {
      this.reader.announce(this.strings.shown(this.all.items.length));
      this.searched = query;
    }
  }

  /**
   * A selection that is not shown. One naming no milestone of the data is reported: a typo just asked for
   * leaves the selection as it was, one the data no longer has (a swap of data) is cleared. One just asked for
   * (select(), `selected`, a hash link) in a hidden category shows that category again (true: the categories
   * changed); one whose category `categories` has since hidden closes, as a legend toggle does.
   */
  private checkSelection(): boolean {
    const [selected, data, before] = [this.selected, this.source.milestones, this.checked];
    if (!data.length || this.source.loading) return false;
    this.checked = selected;
    if (!selected || this.all.positions.has(selected)) return false;
    const milestone = data.find((m) => m.id === selected);
    if (!milestone) console.warn('<vr-timeline>: selected: no milestone has the id', selected);
    else if (selected !== before && !this.query) {
      // Its category shown again; one with no category is shown only with every category.
      this.categories = milestone.category ? (toggledCategories(this.legend, milestone.category) ?? null) : null;
      return true;
    }
    // A typo just asked for leaves the selection as it was; one the data no longer has, or that is hidden since, closes.
    const typo = !milestone && selected !== before;
    this.selected = this.checked = typo ? before : null;
    return false;
  }

  /**
   * On the spine, a long timeline shows its key events until the reader asks for all (`expanded`); a
   * selection among the others expands it. The server's and the printed list show every milestone.
   */
  private collapse(): void {
    const { items } = this.all;
    const spine = this.vertical && !this.table && !(HYDRATES && this.hydration.snapshot) && !this.print.active && items.length > 12;
    // The key events' index, made once per data (indexData resets it): a frame does not filter every milestone.
    const keys = spine ? (this.keyEvents ??= indexTimeline(items.filter((i) => i.importance === 3).map((i) => i.milestone))).items : [];
    const collapsible = spine && keys.length > 0 && keys.length < items.length;
    if (collapsible && this.selected && this.all.positions.has(this.selected) && items[this.all.positions.get(this.selected)!]!.importance < 3) this.expanded = true;
    this.index = collapsible && !this.expanded ? this.keyEvents! : this.all;
    this.showAll = collapsible ? [items.length, keys.length] : null;
  }

  /** The search last applied and announced. */
  private searched = '';

  /** The region's accessible name: `label`, else a spreadsheet's title, else the built-in or the generic name. */
  private get name(): string {
    return this.label || this.source.title || (this.source.builtIn ? this.strings.timeline : this.strings.timelineGeneric);
  }

  private get table(): boolean {
    return this.mode === 'table';
  }

  /** On a collapsible spine, how many milestones there are and how many are key events; null when it is not. */
  private showAll: [all: number, keys: number] | null = null;

  /** What the track's layout reads: the index, the size, and title shapes measured in the label font. */
  private trackInput = () => ({
    index: this.index,
    size: this.size,
    geometry: this.geometry,
    shapes: (item: TimedItem, more: number) => this.labels.shapes(this.text(item.milestone), item.importance === 3, more),
  });

  /**
   * The server, the hydrating render and print read the vertical list, which needs no measuring; so does a
   * narrow element, and with orientation="auto" one whose default view cannot title every importance-3 milestone.
   */
  private readsVertically(): boolean {
    if ((HYDRATES && this.hydration.snapshot) || this.print.active || this.orientation === 'vertical') return true;
    if (this.orientation === 'horizontal' || this.size.width <= 0) return false;
    if (this.size.width < VERTICAL_BELOW_PX) return true;
    // Decided for the data, not for what the legend shows, so hiding a category never flips the layout.
    const key = `${this.size.width}x${this.size.height}|${this.uiLang}|${this.labels.generation}`;
    if (this.titlesFit.data !== this.indexedData || this.titlesFit.for !== key) {
      // Only a story with a few key events can have them all titled; a big dataset keeps the axis.
      const few = this.index.items.filter((i) => i.importance === 3).length <= MOST_KEY_EVENTS;
      this.titlesFit = { data: this.indexedData, for: key, fit: !few || titlesAllFit(this.trackInput(), fitAll(this.index.extent)) };
    }
    return !this.titlesFit.fit;
  }

  /** A milestone selected since the last layout is brought into view with its neighbours (once the width is known). */
  private revealSelection(): void {
    const at = this.selected ? this.index.positions.get(this.selected) : undefined;
    if (this.selected === this.revealed || this.vertical || this.size.width <= 0) return;
    if (at !== undefined) {
      const { items } = this.index;
      const [before, after] = [items[Math.max(0, at - 1)]!, items[Math.min(items.length - 1, at + 1)]!];
      this.view.showSpan(before.start, after.end ?? after.start);
    }
    if (at !== undefined || !this.selected) this.revealed = this.selected;
  }

  private layOut(): void {
    const horizontal = !this.vertical && !this.table && this.size.width > 0;
    this.layout = horizontal ? layoutTrack(this.trackInput(), this.view, { pinned: this.reader.pinned(), held: this.reader.held() }) : null;
    if (this.vertical && this.spineOf !== this.index) [this.spine, this.spineOf] = [layoutSpine(this.index), this.index];
  }

  /** A long list on the spine renders the cards near the viewport, the selected one and the tab stop. */
  private windowCards(): void {
    const full = (HYDRATES && this.hydration.snapshot) || this.print.active;
    const keep = [this.selected, this.reader.tabKey].map((id) => this.index.positions.get(id ?? ''));
    const spine = full ? [] : (this.spine ?? []);
    const long = spine.length > VIRTUAL_ABOVE;
    if (long && !this.cards) void loadCardWindow().then((Window) => ((this.cards ??= new Window(this, () => this.reader.list.value ?? null)), this.requestUpdate()));
    // Until it has loaded, a long list draws no card (a moment).
    this.cardRange = this.cards ? this.cards.view(spine, keep) : long ? { from: 0, to: 0, before: 0, after: 0, count: spine.length } : null;
  }

  /** A legend toggle; hiding the selected milestone's category closes its detail, as the reader would. */
  private toggleCategory = (category: string): void => {
    const next = toggledCategories(this.legend, category);
    if (next === undefined) return;
    this.categories = next;
    const shown = this.selected ? this.all.items[this.all.positions.get(this.selected) ?? -1]?.milestone.category : undefined;
    if (shown === category) this.reader.close();
  };

  /** The "Show all" button of a collapsed spine, and back: it stays where it was on screen, keeps focus, and the count is announced. */
  private toggleExpanded = (event: Event): void => {
    this.reader.keepInPlace(event.currentTarget as HTMLElement);
    this.expanded = !this.expanded;
    this.reader.announce(this.strings.shown(this.showAll![this.expanded ? 0 : 1]));
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.hash?.write(this.selected);
    if (this.spoken) this.source.publish(this.uiLang, this.name);
  }

  /** The preview of the marker with this key. */
  private previewOf(key: string | null): TemplateResult | typeof nothing {
    const marker = key && this.layout ? this.layout.markers.find((m) => m.key === key) : undefined;
    return renderPreview(marker, this.index, this.uiLang, this.strings, this.size.width);
  }

  protected override render(): TemplateResult {
    if (HYDRATES && this.hydration.snapshot && this.hydration.shell) return html`<slot></slot>`;
    const { strings, uiLang: lang, index, reader } = this;
    // Printed, and rendered by the server, every card carries its text; a printed list has no open detail.
    const [full, selectedId] = [(HYDRATES && this.hydration.snapshot) || this.print.active, this.print.active ? null : this.selected];
    const selected = selectedId ? index.items[index.positions.get(selectedId) ?? -1]?.milestone : undefined;
    const settled = (act: () => void) => () => (act(), this.view.settle());
    const shared = { index, selectedId, tabKey: reader.tabKey, list: reader.list, onKeydown: reader.onListKeydown, onFocusOut: reader.onListFocusOut };
    // Audio, video and a host's player: the media part draws them (it may first have to load).
    const detail = (m: Milestone) =>
      renderDetail(
        m,
        index,
        lang,
        strings,
        reader,
        (media) => mediaParts()?.renderMedia({ html, nothing, host: this }, media, lang) ?? void loadMediaParts().then(() => this.requestUpdate()),
      );
    // The eras' code is at hand whenever there are eras (it checked them).
    const [eras, parts] = [this.source.eras, eraParts()];
    const era = eras.length && parts ? parts.renderEras({ html, nothing, style: cssomStyle, dateLabel }, eras, this.layout, index, lang, strings.eras) : null;
    const title = (m: PlacedMarker) => index.items[m.lead]!.milestone.title;
    // Loading, failed or empty data, or the language's strings on their way: one short line, no axis or controls.
    const data = this.source.milestones.length > 0 && !!this.spoken;
    const [table, tableCode] = [this.table, tableParts()];
    if (table && !tableCode) void loadTableParts().then(() => this.requestUpdate());
    return html`
      <div
        class="root ${table ? 'table' : this.vertical ? 'vertical' : 'horizontal'}"
        role="region"
        aria-label=${this.name}
        lang=${lang}
        @keydown=${reader.onKeydown}
        ${ref(this.root)}
      >
        <div class="sizer-box"><div class="sizer" ${ref(this.sizer)}></div></div>
        ${
          !data
            ? nothing
            : table
              ? html`<div @click=${reader.onClick}>
                  ${tableCode?.renderTable(
                    { html, nothing, style: cssomStyle, dateLabel, ref },
                    {
                      host: this,
                      index,
                      eras,
                      lang,
                      strings,
                      name: this.name,
                      query: this.query ?? '',
                      selectedId,
                      list: reader.list,
                      detail,
                      onQuery: (q) => (this.query = q),
                      narrow: this.size.width < VERTICAL_BELOW_PX,
                    },
                  )}
                </div>`
              : this.vertical
                ? html`<div @click=${reader.onClick}>${renderCards({ ...shared, spine: this.spine ?? [], lang, strings, detail, full, range: this.cardRange, eraAt: (i) => era?.at(i) })}</div>
              ${
                this.showAll
                  ? html`<button type="button" class="show-all" part="show-all" aria-expanded=${this.expanded} @click=${this.toggleExpanded}>
                    ${this.expanded ? strings.keyEventsOnly(this.showAll[1]) : strings.showAll(this.showAll[0])}
                  </button>`
                  : nothing
              }`
                : renderTrack({
                    ...shared,
                    layout: this.layout,
                    geometry: this.geometry,
                    gestures: this.zoomPan,
                    pools: this.pools,
                    moving: this.view.moving,
                    focusedKey: (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.key ?? null,
                    tick: (t) => formatTick(t.time, t.level, lang, t.withYear),
                    onClick: reader.onClick,
                    onPreview: reader.onPreview,
                    preview: this.previewOf(reader.preview),
                    labelText: (m) => textFor(title(m), lang),
                    labelLang: (m) => textLang(title(m), lang),
                    accessibleName: (m) => markerName(m, index, strings, lang),
                    listLabel: strings.milestones,
                    eras: era?.bands,
                  })
        }
        ${
          data
            ? html`<div class="bar">
              ${renderLegend(this.legend, strings.legend, (c) => strings.categories[c] ?? c, this.toggleCategory)}
              <div class="tools">
                <button type="button" class="mode" part="controls" aria-pressed=${table} @click=${() => (this.mode = table ? 'timeline' : 'table')}>${strings.table}</button>
                ${
                  this.vertical || table
                    ? nothing
                    : html`<button type="button" class="play" part="play" @click=${() => (this.playing ? this.pause() : this.play())} ${ref(this.playControl)}>
                          ${this.playing ? strings.pause : strings.play}
                        </button>
                        ${renderControls(strings, { zoomIn: settled(() => this.zoomIn()), zoomOut: settled(() => this.zoomOut()), reset: settled(() => this.resetView()) }, reader.onControlsKeydown)}`
                }
              </div>
            </div>`
            : nothing
        }
        ${renderStatus(this.source, !this.spoken || (this.source.loading && !this.source.milestones.length), !index.items.length, strings)}
        ${selected && !this.vertical && !table ? detail(selected) : nothing}
        <div class="sr-only" role="status" aria-live="polite">${reader.announcement}</div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vr-timeline': VrTimeline;
  }
}
