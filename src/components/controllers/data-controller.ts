import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataProblem, Era, Milestone } from '../../model/milestone.js';
import { toJsonLd } from '../../model/json-ld.js';
import { normalize, type NormalizeResult } from '../../model/normalize.js';
import { loadCsvReader } from '../csv-reader.js';
import { eraParts, loadEraParts, type EraParts } from '../era-parts.js';
import { loadListReader } from '../list-reader-loader.js';
import { emit, type DataSource } from '../events.js';

/** Loads the built-in milestones for a UI language ('en', 'vi', 'ru'), with their eras or without. */
export type BuiltInDataLoader = (lang: string) => Promise<readonly Milestone[] | { milestones: readonly Milestone[]; eras?: readonly Era[] }>;

/** What the element class sets for its data: the built-in dataset's loader, and how long a `src` may take (ms). */
export interface DataConfig {
  builtInData: BuiltInDataLoader | null;
  dataTimeout: number;
}

/** What the host asks for at each update. */
export interface DataRequest {
  milestones: readonly Milestone[] | undefined;
  milestonesChanged: boolean;
  /** The `eras` property: drawn in place of the data's eras when set (none given: the data's). */
  eras?: readonly Era[] | undefined;
  erasChanged?: boolean;
  src: string | null;
  lang: string;
}

/** An input the element reads: its kind, and what names it (the URL of a `src`, the language of the built-in data; else ''). */
export interface DataInput {
  source: DataSource;
  name: string;
}

/**
 * Where loading stands, after @lit/task's status model: nothing read yet; waiting for the parser to close the
 * element (its children may be on the way); a load of an input under way; read; or not readable at all.
 */
export type LoadState = { status: 'initial' | 'waiting' } | (DataInput & { status: 'pending'; abort: AbortController }) | (DataInput & { status: 'complete' | 'error' });

type Loaded = NormalizeResult & { title?: string; eras?: readonly Era[] };

/**
 * Where the element's milestones come from, in this order: the `milestones` property; a `src` URL (JSON or CSV);
 * an inline `<script type="application/json">` child; an `<ol>` fallback list of `<li>` with a
 * `<time datetime>`; else the built-in dataset in the UI language. Everything goes through normalize();
 * what is left out is reported once, as a `vr-data-error` event (after the update that shows the rest, so
 * a listener may set new data) and one console warning. A load is aborted when the input changes or the
 * element leaves the page, and fails after the class's `dataTimeout`.
 */
export class DataController implements ReactiveController {
  /** The valid milestones, in date order. A new array whenever the data changes. */
  milestones: readonly Milestone[] = [];
  /** The title a spreadsheet gave (a TimelineJS3 sheet's title row), for the default accessible name. */
  title: string | undefined = undefined;
  /** The eras to draw: the `eras` property's once checked, else the data's; by start. */
  get eras(): readonly Era[] {
    return this.ownEras ?? this.dataEras;
  }
  private dataEras: readonly Era[] = [];
  private ownEras: readonly Era[] | undefined;
  state: LoadState = { status: 'initial' };
  /** The inline JSON or fallback list as last read; undefined until read, and again when the children change. */
  private children: ReturnType<DataController['readChildren']> | undefined;
  /**
   * Children that change (a streamed page parses them after the element upgrades, a script edits the list) are
   * read again at the next update; the parent's, to see the parser close the element.
   */
  private readonly watcher = isServer
    ? null
    : new MutationObserver((records) => {
        // The JSON-LD this controller writes is no data of the page's.
        if (records.every((r) => r.target === this.ld || [...r.addedNodes, ...r.removedNodes].every((n) => n === this.ld))) return;
        this.children = undefined;
        if (this.reads('inline') || this.reads('list')) this.state = { status: 'initial' };
        this.host.requestUpdate();
      });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { eras?: readonly Era[] },
    private readonly config: () => DataConfig,
  ) {
    host.addController(this);
  }

  /** True while the data is on its way: a load under way, or the parser still inside the element. */
  get loading(): boolean {
    return this.state.status === 'pending' || this.state.status === 'waiting';
  }

  /** The input that could not be read at all (a failed fetch, JSON that does not parse), or null. */
  get failed(): DataSource | null {
    return this.state.status === 'error' ? this.state.source : null;
  }

  /** True when the milestones shown (or on their way) are the built-in Vietnam–Russia dataset. */
  get builtIn(): boolean {
    return this.reads('built-in');
  }

  /** Loads the current input again (the Retry button). */
  retry(): void {
    this.state = { status: 'initial' };
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const watcher = this.watcher;
    const own = () => watcher?.observe(this.host, { childList: true, subtree: true, characterData: true });
    own();
    if (watcher && document.readyState === 'loading') {
      // Until the page is parsed: a sibling after the element means the parser has closed it.
      watcher.observe(this.host.parentNode!, { childList: true });
      document.addEventListener('DOMContentLoaded', () => (watcher.disconnect(), this.host.isConnected && own(), this.host.requestUpdate()), { once: true });
    }
    if (this.state.status === 'initial') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.watcher?.disconnect();
    this.cancel(); // a load cut short starts again if the element comes back
  }

  /** Called from the host's willUpdate: picks the input by precedence and loads it if it changed. */
  sync(request: DataRequest): void {
    const { milestones, src, lang } = request;
    if (request.erasChanged) this.takeEras(request.eras);
    if (milestones !== undefined) {
      if (request.milestonesChanged || !this.reads('property')) this.take({ source: 'property', name: '' }, milestones);
      return;
    }
    // A server render is synchronous and sees no children: it cannot fetch `src`, load the built-in
    // dataset or read the fallback list. It renders the `milestones` it is given, or none.
    if (isServer) return;
    if (src) {
      if (!this.reads('src', src)) this.start({ source: 'src', name: src }, (signal) => fetchData(src, signal));
      return;
    }
    // While the parser is still inside the element (a streamed page, an async script), its data may be on the way.
    if (document.readyState === 'loading' && !this.host.nextSibling) {
      this.cancel();
      this.state = { status: 'waiting' };
      return;
    }
    const child = (this.children ??= this.readChildren());
    if (child) {
      if (!this.reads(child.source)) this.take({ source: child.source, name: '' }, child.data, child.error);
      return;
    }
    const load = this.config().builtInData;
    if (load && !this.reads('built-in', lang)) this.start({ source: 'built-in', name: lang }, () => load(lang).then(read));
  }

  /**
   * The `eras` property, checked by normalizeEras(): at once when its code is at hand (the npm build, a server
   * render), else once it has loaded. What is wrong is reported.
   */
  private takeEras(eras: readonly Era[] | undefined): void {
    this.ownEras = undefined;
    const take = ({ normalizeEras }: EraParts): void => {
      if (this.host.eras !== eras) return;
      const result = normalizeEras(eras);
      this.ownEras = result.eras;
      this.report(result.problems, 'property');
      this.host.requestUpdate();
    };
    const parts = eraParts();
    if (eras === undefined) return;
    if (parts) take(parts);
    else void loadEraParts().then(take);
  }

  /** Whether this input is read, being read, or could not be read (then only Retry or a new input reads again). */
  private reads(source: DataSource, name?: string): boolean {
    const { state } = this;
    return 'source' in state && state.source === source && (name === undefined || state.name === name);
  }

  /** The inline JSON or the fallback list, read from the element's own children. */
  private readChildren(): { source: 'inline' | 'list'; data: unknown; error?: string } | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) {
      try {
        return { source: 'inline', data: JSON.parse(script.textContent) as unknown };
      } catch (error) {
        return { source: 'inline', data: [], error: `the inline JSON does not parse: ${String(error)}` };
      }
    }
    const list = this.host.querySelector(':scope > ol');
    if (!list) return null;
    return { source: 'list', data: loadListReader().then((reader) => reader.readList(list)) };
  }

  /** Reads data at hand (the property, the children); `error` when it could not be read at all. */
  private take(input: DataInput, data: unknown, error?: string): void {
    this.cancel();
    // The list's reader may first have to load.
    const result = error ? null : data instanceof Promise ? data.then(read) : read(data);
    if (!result) this.fail(input, error!);
    else if (result instanceof Promise) this.start(input, () => result);
    else {
      this.state = { ...input, status: 'complete' };
      this.accept(result, input.source);
    }
  }

  /** Loads data from afar (a `src`, the built-in dataset), under the time-out. */
  private start(input: DataInput, load: (signal: AbortSignal) => Promise<Loaded>): void {
    this.cancel();
    const abort = new AbortController();
    const pending = (this.state = { ...input, status: 'pending', abort });
    const { dataTimeout } = this.config();
    const failed = (error: unknown): void => {
      // A `src` by its address; else the built-in dataset, or the inline data and list whose code (eras, the list reader) did not load.
      const what = input.source === 'src' ? input.name : input.source === 'built-in' ? 'the built-in dataset' : `the ${input.source} data`;
      if (this.state === pending) this.fail(input, `${what} did not load: ${error instanceof Error ? error.message : String(error)}`);
    };
    // The time-out fails the load itself: a loader may not heed the signal (the built-in dataset's import does not).
    const timer = setTimeout(() => (failed(new Error(`no answer in ${dataTimeout / 1000} s`)), abort.abort()), dataTimeout);
    load(abort.signal)
      .then((result) => {
        if (this.state !== pending) return;
        this.state = { ...input, status: 'complete' };
        this.accept(result, input.source);
      }, failed)
      .finally(() => clearTimeout(timer));
  }

  /** The host's `<script type="application/ld+json">` child, and what it was last written from. */
  private ld: Element | null = null;
  private published: unknown[] = [];

  /**
   * Writes the milestones shown as schema.org JSON-LD (toJsonLd(), an ItemList of Events in `lang`) into a
   * `<script type="application/ld+json">` of the host's own, for search engines: in idle time after the
   * update that shows them, again when they, the language or the name change. A server's script there is
   * kept and rewritten, never doubled; data that could not be read leaves none.
   */
  publish(lang: string, name: string): void {
    const [key, { milestones, host }] = [[this.milestones, lang, name, this.state.status], this];
    if (isServer || this.loading || key.every((k, i) => k === this.published[i])) return;
    this.published = key;
    (window.requestIdleCallback ?? setTimeout)(() => {
      if (this.published !== key) return;
      // Where the page's Trusted Types allowlist forbids the element's policy, it writes nothing.
      const trusted = jsonPolicy();
      if (trusted === null) return;
      this.ld ??= host.querySelector(':scope > script[type="application/ld+json"]');
      if (!milestones.length) return this.ld?.remove();
      if (!this.ld?.isConnected) host.append((this.ld = Object.assign(document.createElement('script'), { type: 'application/ld+json' })));
      // `<` escaped: a crawler that serializes the page as HTML must not meet a `</script>` in a title.
      const json = JSON.stringify(toJsonLd(milestones, { lang, name })).replace(/</g, '\\u003c');
      if (this.ld.textContent !== json) (this.ld as HTMLScriptElement).text = (trusted?.createScript(json) ?? json) as string;
    });
  }

  /** Stops a load under way; it starts again at the next update. */
  private cancel(): void {
    if (this.state.status !== 'pending') return;
    this.state.abort.abort();
    this.state = { status: 'initial' };
  }

  private fail(input: DataInput, message: string): void {
    [this.state, this.milestones, this.dataEras] = [{ ...input, status: 'error' }, [], []];
    this.report([{ index: -1, message }], input.source);
  }

  private accept({ milestones, problems, title, eras = [] }: Loaded, source: DataSource): void {
    this.milestones = milestones;
    this.title = title;
    this.dataEras = eras;
    this.report(problems, source);
    this.host.requestUpdate();
  }

  private report(problems: DataProblem[], source: DataSource): void {
    if (!problems.length) return;
    // "N milestone(s) left out" counts items; what concerns the whole input (index -1) is said as it is.
    // An era's problem says so itself ("eras[2]: …").
    const era = (p: DataProblem) => p.message.startsWith('eras[');
    const items = problems.filter((p) => p.index >= 0 && !era(p)).length;
    console.warn(
      `<vr-timeline>: ${items ? `${items} milestone(s) left out:\n` : ''}` +
        problems.map((p) => (p.index < 0 || era(p) ? p.message : `  #${p.index}${p.id ? ` (${p.id})` : ''}: ${p.message}`)).join('\n'),
    );
    // After the update that shows the valid milestones, never from inside it: a listener may set new data.
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => emit(this.host, 'vr-data-error', { problems, source }));
  }
}

let policy: { createScript(json: string): unknown } | null | undefined;

/**
 * The Trusted Types policy `vr-timeline`, made once where the browser has Trusted Types: a page that enforces them
 * takes a script's text only from a policy, even a script of data that never runs. It passes the element's own
 * JSON-LD and nothing else can reach it. Null where the page's allowlist forbids the name (no JSON-LD is written
 * there then), undefined without Trusted Types.
 */
function jsonPolicy(): typeof policy {
  const types = (window as { trustedTypes?: { createPolicy(name: string, rules: { createScript(json: string): string }): NonNullable<typeof policy> } }).trustedTypes;
  if (policy === undefined && types) {
    try {
      policy = types.createPolicy('vr-timeline', { createScript: (json) => json });
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * Fetches milestones as JSON, or as CSV when the server says text/csv or the path ends in .csv (a Google
 * Sheet published to the web as CSV answers text/csv). The CSV reader is a separate chunk, loaded only
 * then. Rejects with a readable reason for an HTTP error.
 */
async function fetchData(url: string, signal: AbortSignal): Promise<Loaded> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = response.headers.get('content-type') ?? '';
  if (/csv/i.test(type) || /\.csv(?:[?#]|$)/i.test(new URL(url, location.href).pathname)) {
    // As bytes: the reader decodes them in the charset the server declares (Excel on Russian Windows writes windows-1251).
    const [csv, parts, bytes] = await Promise.all([loadCsvReader(), loadEraParts(), response.arrayBuffer()]);
    return csv.normalizeCsv(bytes, type, normalize, parts.normalizeEras);
  }
  return read(await response.json());
}

/**
 * The milestones of `Milestone[]` or `{ milestones, eras }` through normalize(); with eras, a promise that loads
 * their code and adds them (normalizeEras()'s problems after normalize()'s).
 */
function read(data: unknown): Loaded | Promise<Loaded> {
  const result = normalize(data);
  let eras: unknown;
  try {
    eras = Array.isArray(data) ? undefined : (data as { eras?: unknown } | null)?.eras;
  } catch {
    // A hostile input: normalize() has said what is wrong with it.
  }
  return eras === undefined
    ? result
    : loadEraParts().then(({ normalizeEras }) => {
        const e = normalizeEras(eras);
        return { ...result, eras: e.eras, problems: [...result.problems, ...e.problems] };
      });
}
