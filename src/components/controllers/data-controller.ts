import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { milestonesFromList } from '../../model/list-items.js';
import type { DataProblem, Milestone } from '../../model/milestone.js';
import { normalize, type NormalizeResult } from '../../model/normalize.js';
import { loadCsvReader } from '../csv-reader.js';
import { emit, type DataSource } from '../events.js';

/** Loads the built-in milestones for a UI language ('en', 'vi', 'ru'). */
export type BuiltInDataLoader = (lang: string) => Promise<readonly Milestone[]>;

/** How long a `src` may take before it counts as failed. */
const TIMEOUT_MS = 15_000;

/** What the host asks for at each update. */
export interface DataRequest {
  milestones: readonly Milestone[] | undefined;
  milestonesChanged: boolean;
  src: string | null;
  lang: string;
}

/**
 * Where the element's milestones come from, in this order: the `milestones` property; a `src` URL (JSON or CSV);
 * an inline `<script type="application/json">` child; an `<ol>` fallback list of `<li>` with a
 * `<time datetime>`; else the built-in dataset in the UI language. Everything goes through normalize();
 * what is left out is reported once, as a `vr-data-error` event (after the update that shows the rest, so
 * a listener may set new data) and one console warning. A fetch is aborted when the input changes or the
 * element leaves the page, and fails after TIMEOUT_MS.
 */
export class DataController implements ReactiveController {
  /** The valid milestones, in date order. A new array whenever the data changes. */
  milestones: readonly Milestone[] = [];
  loading = false;
  /** The input that could not be read at all (a failed fetch, JSON that does not parse), or null. */
  failed: DataSource | null = null;
  /** The title a spreadsheet gave (a TimelineJS3 sheet's title row), for the default accessible name. */
  title: string | undefined = undefined;
  /** What is loaded or loading: 'property', 'src:<url>', 'inline', 'list' or 'built-in:<lang>'. */
  private loaded: string | null = null;
  private pending: AbortController | null = null;
  /** The inline JSON or fallback list as last read; undefined until read, and again when the children change. */
  private children: ReturnType<DataController['readChildren']> | undefined;
  /**
   * Children that change (a streamed page parses them after the element upgrades, a script edits the list) are
   * read again at the next update; the parent's, to see the parser close the element.
   */
  private readonly watcher = isServer
    ? null
    : new MutationObserver(() => {
        this.children = undefined;
        if (this.loaded === 'inline' || this.loaded === 'list') this.loaded = null;
        this.host.requestUpdate();
      });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly builtInLoader: () => BuiltInDataLoader | null,
  ) {
    host.addController(this);
  }

  /** True when the milestones shown are the built-in Vietnam–Russia dataset. */
  get builtIn(): boolean {
    return this.loaded?.startsWith('built-in:') ?? false;
  }

  /** Loads the current input again (the Retry button). */
  retry(): void {
    this.loaded = null;
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
    if (this.loaded === null) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.watcher?.disconnect();
    if (!this.pending) return;
    this.cancel();
    this.loaded = null; // a load cut short starts again if the element comes back
  }

  /** Called from the host's willUpdate: picks the input by precedence and loads it if it changed. */
  sync(request: DataRequest): void {
    const { milestones, src, lang } = request;
    if (milestones !== undefined) {
      if (request.milestonesChanged || this.loaded !== 'property') this.take('property', milestones);
      return;
    }
    // A server render is synchronous and sees no children: it cannot fetch `src`, load the built-in
    // dataset or read the fallback list. It renders the `milestones` it is given, or none.
    if (isServer) return;
    if (src) {
      if (this.loaded !== `src:${src}`) this.start(`src:${src}`, 'src', (signal) => fetchData(src, signal));
      return;
    }
    // While the parser is still inside the element (a streamed page, an async script), its data may be on the way.
    if (document.readyState === 'loading' && !this.host.nextSibling) {
      this.loading = true;
      return;
    }
    this.loading = this.pending !== null;
    const child = (this.children ??= this.readChildren());
    if (child) {
      if (this.loaded !== child.source) this.take(child.source, child.data, child.error);
      return;
    }
    const load = this.builtInLoader();
    if (load && this.loaded !== `built-in:${lang}`) this.start(`built-in:${lang}`, 'built-in', () => load(lang).then(normalize));
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
    const items = [...list.querySelectorAll(':scope > li')].map((li) => {
      const time = li.querySelector('time[datetime]');
      const links = [...li.querySelectorAll('a[href]')].map((a) => ({ label: a.textContent.trim(), url: (a as HTMLAnchorElement).href }));
      // The title is the item without its date and its links (removed as elements: "TASS reports … TASS" keeps its subject).
      const rest = li.cloneNode(true) as Element;
      for (const part of rest.querySelectorAll('a[href]')) part.remove();
      rest.querySelector('time[datetime]')?.remove();
      return { date: time?.getAttribute('datetime') ?? null, text: rest.textContent.replace(/\(\s*\)/g, '').replace(/\s+/g, ' '), links };
    });
    return { source: 'list', data: milestonesFromList(items) };
  }

  private take(key: string, data: unknown, error?: string): void {
    this.cancel();
    this.loaded = key;
    this.failed = error ? (key as DataSource) : null;
    if (error) {
      this.milestones = [];
      this.report([{ index: -1, message: error }], key as DataSource);
    } else this.accept(normalize(data), key as DataSource);
  }

  private start(key: string, source: DataSource, load: (signal: AbortSignal) => Promise<NormalizeResult & { title?: string }>): void {
    this.cancel();
    const pending = new AbortController();
    const timer = setTimeout(() => pending.abort(new Error(`no answer in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    [this.pending, this.loaded, this.loading, this.failed] = [pending, key, true, null];
    load(pending.signal)
      .then(
        (result) => {
          if (this.pending === pending) this.accept(result, source);
        },
        (error: unknown) => {
          if (this.pending !== pending) return;
          [this.failed, this.milestones] = [source, []];
          const what = source === 'src' ? key.slice(4) : 'the built-in dataset';
          this.report([{ index: -1, message: `${what} did not load: ${error instanceof Error ? error.message : String(error)}` }], source);
        },
      )
      .finally(() => {
        clearTimeout(timer);
        if (this.pending !== pending) return;
        [this.pending, this.loading] = [null, false];
        this.host.requestUpdate();
      });
  }

  private cancel(): void {
    this.pending?.abort();
    [this.pending, this.loading] = [null, false];
  }

  private accept({ milestones, problems, title }: NormalizeResult & { title?: string }, source: DataSource): void {
    this.milestones = milestones;
    this.title = title;
    this.report(problems, source);
    this.host.requestUpdate();
  }

  private report(problems: DataProblem[], source: DataSource): void {
    if (!problems.length) return;
    // "N milestone(s) left out" counts items; what concerns the whole input (index -1) is said as it is.
    const items = problems.filter((p) => p.index >= 0).length;
    console.warn(
      `<vr-timeline>: ${items ? `${items} milestone(s) left out:\n` : ''}` + problems.map((p) => (p.index < 0 ? p.message : `  #${p.index}${p.id ? ` (${p.id})` : ''}: ${p.message}`)).join('\n'),
    );
    // After the update that shows the valid milestones, never from inside it: a listener may set new data.
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => emit(this.host, 'vr-data-error', { problems, source }));
  }
}

/**
 * Fetches milestones as JSON, or as CSV when the server says text/csv or the path ends in .csv (a Google
 * Sheet published to the web as CSV answers text/csv). The CSV reader is a separate chunk, loaded only
 * then. Rejects with a readable reason for an HTTP error.
 */
async function fetchData(url: string, signal: AbortSignal): Promise<NormalizeResult & { title?: string }> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const type = response.headers.get('content-type') ?? '';
  if (/csv/i.test(type) || /\.csv(?:[?#]|$)/i.test(new URL(url, location.href).pathname)) {
    // As bytes: the reader decodes them in the charset the server declares (Excel on Russian Windows writes windows-1251).
    const [csv, bytes] = await Promise.all([loadCsvReader(), response.arrayBuffer()]);
    const sheet = csv.readCsv(bytes, type);
    const { milestones, problems } = normalize(sheet.items);
    return { milestones, problems: [...sheet.problems, ...csv.locateProblems(problems, sheet)], ...(sheet.title !== undefined && { title: sheet.title }) };
  }
  return normalize(await response.json());
}
