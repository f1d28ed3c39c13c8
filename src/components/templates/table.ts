// The table view (mode="table"), its search and its download, and the search's matching, which the timeline
// uses too. The npm build imports it with the element; the one-file bundle loads it (dist/vr-timeline.table.js)
// when a reader opens the table or a search is given (see src/bundle-shims/table-parts.ts). Like the eras'
// code it imports no lit: the element lends it lit's html and its directives (TableKit).
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { writeCsv } from '../../csv/write-csv.js';
import { TABLE_STRINGS } from '../../i18n/table.js';
import type { UiStrings } from '../../i18n/strings.js';
import { eraAt } from '../../layout/eras.js';
import type { TimedItem, TimelineIndex } from '../../layout/types.js';
import { fold, textFor, textLang } from '../../model/localized-text.js';
import type { Era, Milestone } from '../../model/milestone.js';
import { CardWindow, VIRTUAL_ABOVE } from '../controllers/card-window.js';
import { adoptStyles } from './adopt-styles.js';
import type { EraKit } from './eras.js';
import type { Ref } from './element-ref.js';

/** What the element lends the table: the eras' kit, and its ref directive. */
export interface TableKit extends EraKit {
  ref: (ref: Ref<HTMLElement>) => unknown;
}

/** What the table shows, and what it tells the element. */
export interface TableView {
  host: ReactiveControllerHost & HTMLElement;
  /** The milestones shown (categories and search applied), in date order. */
  index: TimelineIndex;
  eras: readonly Era[];
  lang: string;
  strings: UiStrings;
  /** The timeline's accessible name: the table's caption starts with it. */
  name: string;
  query: string;
  selectedId: string | null;
  /** The body of the table, for the reader's focus. */
  list: Ref<HTMLElement>;
  /** The open detail of the selected milestone, shown in a row under its own. */
  detail: (milestone: Milestone) => TemplateResult;
  onQuery: (query: string) => void;
  /** A narrow element (a phone): date and title only; the detail has the rest. */
  narrow: boolean;
}

type Column = 'date' | 'title';
type Sort = { by: Column; descending: boolean };

/** The table's look, added to the element's shadow root with the first table (constructed: a strict CSP allows it). */
const CSS = `
.table-bar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;justify-content:space-between;padding:8px;font-size:14px}
.search{display:flex;gap:8px;align-items:center;flex:1 1 16em}
.search input{flex:1;min-width:0;min-height:44px;box-sizing:border-box;font:inherit;color:var(--_fg);background:var(--_surface);border:1px solid var(--_muted);border-radius:calc(var(--_radius)/2);padding:0 10px}
.download button,.sort,.row-title{font:inherit;color:var(--_fg);cursor:pointer}
.download button{min-width:44px;min-height:44px;background:var(--_surface);border:1px solid var(--_line);border-radius:calc(var(--_radius)/2);margin-inline-start:4px}
table{width:100%;table-layout:fixed;border-collapse:collapse;font-size:15px;line-height:1.4;overflow-wrap:break-word}
caption{text-align:start;padding:4px 8px;color:var(--_muted);font-size:14px}
th,td{text-align:start;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--_line)}
thead th{font-size:14px;vertical-align:middle}
td:first-child{color:var(--_muted);font-variant-numeric:tabular-nums}
.c-date{width:10em}.narrow .c-date{width:7em}.c-cat{width:8em}.c-src{width:28%}.c-era{width:10em}
th[scope=row]{font-weight:400}
.sort,.row-title{all:unset;box-sizing:border-box;min-height:44px;cursor:pointer;text-align:start}
.sort{font-weight:600}
.row-title{display:block;width:100%;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:3px}
.sort:focus-visible,.row-title:focus-visible{outline:3px solid var(--_fg);outline-offset:2px}
tr.selected>*{background:color-mix(in srgb,var(--_fg) 6%,transparent)}
.detail-row>td{padding:0}
td a{display:inline-block;min-height:24px;margin-inline-end:8px;color:var(--_fg);text-decoration-color:var(--_accent)}
`;

/** Each element's sort, and its window on a long table (the vertical list's CardWindow). */
const sorts = new WeakMap<object, Sort>();
const windows = new WeakMap<object, CardWindow>();
/** The rows of an index in the order last asked for (the same array while nothing changes, so a long table's window keeps its place). */
const orders = new WeakMap<object, { key: string; rows: readonly TimedItem[] }>();
/** Each list of rows' spine of zero gaps, as CardWindow reads it (the same array while the rows are the same). */
const spines = new WeakMap<object, { gap: number }[]>();

/** What a search reads of a milestone in a language: title, description, category name and date, folded. */
const haystacks = new Map<string, WeakMap<Milestone, string>>();

/**
 * matcher(query, lang, strings, dateLabel) → whether a milestone matches the search `query`: its title,
 * description, category name or date text (in `lang`) contains it, ignoring case and diacritics.
 */
export function matcher(query: string, lang: string, strings: UiStrings, dateLabel: EraKit['dateLabel']): (m: Milestone) => boolean {
  const needle = fold(query);
  let cache = haystacks.get(lang);
  if (!cache) haystacks.set(lang, (cache = new WeakMap()));
  const seen = cache;
  return (m) => {
    let text = seen.get(m);
    if (text === undefined) {
      const category = m.category ? (strings.categories[m.category] ?? m.category) : '';
      text = fold([textFor(m.title, lang), textFor(m.description, lang), category, dateLabel(m.date, m.endDate, lang)].join(' \n '));
      seen.set(m, text);
    }
    return text.includes(needle);
  };
}

/** The rows in the order asked for: by date (the index's order) or by title in the language's alphabetical order. */
function sorted(items: readonly TimedItem[], sort: Sort, lang: string): readonly TimedItem[] {
  if (sort.by === 'date') return sort.descending ? [...items].reverse() : items;
  const collator = new Intl.Collator(lang);
  const rows = [...items].sort((a, b) => collator.compare(textFor(a.milestone.title, lang), textFor(b.milestone.title, lang)));
  return sort.descending ? rows.reverse() : rows;
}

/** Gives the reader a file: what is shown, as CSV (our columns, which `src` reads back) or JSON ({ milestones, eras }). */
function download(kind: 'csv' | 'json', milestones: readonly Milestone[], eras: readonly Era[]): void {
  const [text, type] = kind === 'csv' ? [writeCsv(milestones, eras), 'text/csv'] : [JSON.stringify({ milestones, eras }, null, 2), 'application/json'];
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `timeline.${kind}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * renderTable(kit, view) → the search box, the download control and a real <table> of the shown milestones:
 * a caption, column headers that sort by date and by title (aria-sort), a row per milestone whose title
 * button opens its detail in a row under it. More than VIRTUAL_ABOVE rows render near the viewport only,
 * with aria-rowcount and aria-rowindex, so screen readers still hear each row's place in the whole table.
 */
export function renderTable(kit: TableKit, view: TableView): TemplateResult {
  const { html, nothing } = kit;
  const { lang, strings, index, eras } = view;
  const wide = !view.narrow;
  const columns = wide ? (eras.length ? 5 : 4) : 2;
  adoptStyles(view.host.shadowRoot, CSS);
  const s = TABLE_STRINGS[lang as keyof typeof TABLE_STRINGS] ?? TABLE_STRINGS.en;
  const sort = sorts.get(view.host) ?? { by: 'date', descending: false };
  const key = `${sort.by} ${sort.descending} ${lang}`;
  let memo = orders.get(index.items);
  if (memo?.key !== key) orders.set(index.items, (memo = { key, rows: sorted(index.items, sort, lang) }));
  const { rows } = memo;
  const eraOf = eraAt(eras);
  // A long table: the rows near the viewport (and the selected one), between two spacers.
  let spine = spines.get(rows);
  if (!spine) spines.set(rows, (spine = rows.map(() => ({ gap: 0 }))));
  let window = windows.get(view.host);
  if (!window && rows.length > VIRTUAL_ABOVE) windows.set(view.host, (window = new CardWindow(view.host, () => view.list.value ?? null)));
  const range =
    window?.view(
      rows.length > VIRTUAL_ABOVE ? spine : [],
      [rows.findIndex((r) => r.milestone.id === view.selectedId)].filter((i) => i >= 0),
    ) ?? null;
  const shown = range ? rows.slice(range.from, range.to) : rows;
  const spacer = (px: number) => html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} style=${kit.style({ height: `${px}px` })}></td></tr>`;
  const header = (column: Column, label: string, size: string) => {
    const on = sort.by === column;
    return html`<th scope="col" class=${size} aria-sort=${on ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        class="sort"
        @click=${() => {
          sorts.set(view.host, { by: column, descending: on && !sort.descending });
          view.host.requestUpdate();
        }}
      >
        ${label}<span aria-hidden="true">${on ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
      </button>
    </th>`;
  };
  const milestones = index.items.map((i) => i.milestone);
  return html`<div class="table-bar">
      <label class="search"
        >${s.search}
        <input type="search" part="search" .value=${view.query} @input=${(e: Event) => view.onQuery((e.target as HTMLInputElement).value)} />
      </label>
      <span class="download" part="download" role="group" aria-label=${s.download}
        >${s.download} <button type="button" @click=${() => download('csv', milestones, eras)}>CSV</button>
        <button type="button" @click=${() => download('json', milestones, eras)}>JSON</button></span
      >
    </div>
    <div class="table-box ${view.narrow ? 'narrow' : ''}">
      <table part="table" aria-rowcount=${range ? rows.length + 1 : nothing}>
        <caption>
          ${view.name}. ${strings.shown(rows.length)}
        </caption>
        <thead>
          <tr aria-rowindex=${range ? 1 : nothing}>
            ${header('date', s.date, 'c-date')}${header('title', s.milestone, '')}
            ${wide ? html`<th scope="col" class="c-cat">${s.category}</th><th scope="col" class="c-src">${s.sources}</th>` : nothing}
            ${wide && eras.length ? html`<th scope="col" class="c-era">${s.era}</th>` : nothing}
          </tr>
        </thead>
        <tbody ${kit.ref(view.list)}>
          ${range ? spacer(range.before) : nothing}
          ${shown.map((item, k) => {
            const m = item.milestone;
            const selected = m.id === view.selectedId;
            const era = eraOf(item.start);
            return html`<tr class=${selected ? 'selected' : ''} aria-rowindex=${range ? range.from + k + 2 : nothing}>
                <td><time datetime=${m.date}>${kit.dateLabel(m.date, m.endDate, lang)}</time></td>
                <th scope="row">
                  <button type="button" class="row-title" part=${selected ? 'milestone milestone-selected' : 'milestone'} data-key=${m.id} aria-expanded=${selected ? 'true' : 'false'}>
                    <span lang=${textLang(m.title, lang) ?? nothing}>${textFor(m.title, lang)}</span>
                  </button>
                </th>
                ${
                  wide
                    ? html`<td>${m.category ? (strings.categories[m.category] ?? m.category) : ''}</td>
                      <td>
                        ${m.sources?.map(
                          (source) =>
                            html`<a href=${source.url} target="_blank" rel="noopener noreferrer" lang=${textLang(source.label, lang) ?? nothing}>${textFor(source.label, lang)}</a> `,
                        )}
                      </td>`
                    : nothing
                }
                ${wide && eras.length ? html`<td lang=${era ? (textLang(era.label, lang) ?? nothing) : nothing}>${era ? textFor(era.label, lang) : ''}</td>` : nothing}
              </tr>
              ${selected ? html`<tr class="detail-row"><td colspan=${columns}>${view.detail(m)}</td></tr>` : nothing}`;
          })}
          ${range ? spacer(range.after) : nothing}
        </tbody>
      </table>
    </div>
    ${rows.length ? nothing : html`<p class="status">${s.none}</p>`}`;
}
