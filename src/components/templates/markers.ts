import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from './element-ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { memo } from './memo.js';
import { cssomStyle } from './cssom-style.js';
import { formatCalendarDate, formatDateRange } from '../../i18n/format-date.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { PlacedMarker, TimelineIndex } from '../../layout/types.js';
import { textFor } from '../../model/localized-text.js';
import { isBuiltInCategory } from '../../model/categories.js';
import type { Milestone } from '../../model/milestone.js';

import type { GEOMETRY } from '../styles/geometry.js';
import type { Slot } from './slots.js';

export interface MarkerView {
  index: TimelineIndex;
  /** GEOMETRY, or TOUCH for a coarse pointer. */
  geometry: typeof GEOMETRY;
  /** The markers in their pooled slots (Slots.place). */
  slots: readonly Slot<PlacedMarker>[];
  /** Pixels added to each marker's x: the plane's pan (layout.panned), which moves them back. */
  shift: number;
  selectedId: string | null;
  /** Key of the marker that holds the roving tab stop. */
  tabKey: string | null;
  /** Visible label text of a marker, and its language when that is not the UI's (a fallback). */
  labelText: (marker: PlacedMarker) => string;
  labelLang: (marker: PlacedMarker) => string | undefined;
  /** Accessible name of a marker: its date(s) and title. */
  accessibleName: (marker: PlacedMarker) => string;
  listLabel: string;
  /** The list element, for the reader's focus; its keys and focus leaving it. */
  list: Ref<HTMLElement>;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
}

/**
 * categoryColor('festival') → the colour of a category without a built-in colour: neutral unless the page
 * sets --vr-color-<category>. normalize() allows only [a-z0-9-] in categories, so this is safe CSS.
 */
export function categoryColor(category: string | undefined): Record<string, string> {
  return category && !isBuiltInCategory(category) ? { '--_c': `var(--vr-color-${category},var(--_muted))` } : {};
}

/** '30 January 1950: title': a milestone's accessible name, which a titled cluster's begins with. */
const leadName = (m: Milestone, lang: string): string => `${formatDateRange(m.date, m.endDate, lang)}: ${textFor(m.title, lang)}`;

/** Names already written, per index (new data or filter, new cache), per strings, then per language and members. */
const names = new WeakMap<TimelineIndex, WeakMap<UiStrings, Map<string, string>>>();

/**
 * markerName(marker, index, strings, lang) → the accessible name: '30 January 1950: title', or a cluster's
 * count and span. Remembered, so a zoom step formats only the names of markers that changed.
 */
export function markerName(marker: PlacedMarker, index: TimelineIndex, strings: UiStrings, lang: string): string {
  let byStrings = names.get(index);
  if (!byStrings) names.set(index, (byStrings = new WeakMap()));
  let cache = byStrings.get(strings);
  if (!cache) byStrings.set(strings, (cache = new Map<string, string>()));
  const [a, b] = [marker.items[0]!, marker.items[marker.items.length - 1]!];
  const titled = marker.kind === 'cluster' && marker.lane !== null;
  const key = `${lang}|${marker.kind}|${a}|${b}|${titled ? marker.lead : ''}`;
  let name = cache.get(key);
  if (name === undefined) {
    const first = index.items[a]!.milestone;
    const last = index.items[b]!.milestone;
    name =
      marker.kind === 'milestone'
        ? leadName(first, lang)
        : `${titled ? `${leadName(index.items[marker.lead]!.milestone, lang)} +${marker.items.length - 1}. ` : ''}${strings.clusterName(marker.items.length, formatCalendarDate(first.date, lang), formatCalendarDate(last.date, lang))}`;
    cache.set(key, name);
  }
  return name;
}

/** Where a label sits on its marker: ending at it ('flipped'), over it ('over': too wide to start or end there), or starting at it. */
const labelSide = (m: PlacedMarker): string => (m.labelLeft + m.labelWidth <= m.x + 1 ? 'flipped' : m.labelLeft < m.x - 1 ? 'over' : '');

/** The classes of a milestone's colour and shape. */
export const categoryClass = (category: string | undefined): string => `cat-${category ?? 'none'}`;

/** x rounded to 1/100 px, so a marker left where it was (x + the plane's pan) writes the same value, and no style. */
export const px = (x: number): string => `${Math.round(x * 100) / 100}px`;

/** A free slot's styles: none, so it holds no position, layer or colour. */
const FREE = {};

/**
 * renderMarkers(view) → the milestones as an ordered list of buttons, in date order once the view is still. A
 * labelled milestone's button is its label box (at least 24 px tall) with its marker and stem hanging below it;
 * one without a label is a 24 × 24 box centred on its marker. Each marker lives in a pooled slot (Slots): one
 * template for every slot, its parts shown or hidden, so a zoom or pan step creates no node and a marker keeps
 * its node, focus included, while it is drawn. Positions go through the CSSOM (cssomStyle), never a style
 * attribute, so a strict Content-Security-Policy allows them. A marker moves along the axis with `translate`,
 * which needs no layout; a button's own box changes only when its label changes lane.
 */
export function renderMarkers(view: MarkerView): TemplateResult {
  const selectedAt = view.selectedId === null ? undefined : view.index.positions.get(view.selectedId);
  return html`<ol class="milestones" aria-label=${view.listLabel} ${ref(view.list)} @keydown=${view.onKeydown} @focusout=${view.onFocusOut}>
    ${repeat(
      view.slots,
      (slot) => slot.id,
      ({ item: m }) => {
        if (!m) return slotItem('', null, FREE, [null], () => renderButton(view, null, '', false, false));
        const first = view.index.items[m.lead]!.milestone;
        const cluster = m.kind === 'cluster';
        const selected = !cluster && first.id === view.selectedId;
        // A cluster that holds the selected milestone is marked, so the reader sees where the open detail sits.
        const holds = cluster && selectedAt !== undefined && m.items.includes(selectedAt);
        const labelled = m.lane !== null;
        const name = view.accessibleName(m);
        const tab = m.key === view.tabKey;
        // What the button shows; while the view moves only the marker's x changes, so the button is skipped.
        const shown = [
          view.index,
          m.key,
          name,
          m.kind,
          m.lead,
          m.lane,
          labelled ? Math.round((m.labelLeft - m.x) * 100) : null,
          m.labelWidth,
          m.labelLanes,
          m.endX === null ? null : Math.round((m.endX - m.x) * 100),
          m.items.length,
          selected,
          tab,
        ];
        // A titled cluster wears its lead's colour. Lower lanes are drawn over the stems that rise behind them,
        // bare markers and clusters over every label.
        const coloured = !cluster || labelled;
        return slotItem(
          `item ${coloured ? categoryClass(first.category) : ''} ${cluster ? 'cluster' : ''} ${labelled ? '' : 'bare'} importance-${m.importance} ${selected || holds ? 'selected' : ''} ${labelled ? labelSide(m) : ''}`,
          m,
          { translate: px(m.x + view.shift), 'z-index': `${labelled ? 20 - m.lane! : 40}`, ...(coloured ? categoryColor(first.category) : {}) },
          shown,
          () => renderButton(view, m, name, selected, tab),
        );
      },
    )}
  </ol>`;
}

/** One slot's item: the same template used or free (a free one is hidden), so a slot's nodes are never replaced. */
const slotItem = (classes: string, m: PlacedMarker | null, styles: Readonly<Record<string, string>>, shown: readonly unknown[], button: () => TemplateResult): TemplateResult =>
  html`<li class=${classes} ?hidden=${!m} style=${cssomStyle(styles)}>${memo(shown, button)}</li>`;

/** A marker's button, or a free slot's (m null: hidden, no key, no name): the same nodes either way, only shown or hidden. */
function renderButton(view: MarkerView, m: PlacedMarker | null, name: string, selected: boolean, tab: boolean): TemplateResult {
  const { lane, base, target } = view.geometry;
  const cluster = m?.kind === 'cluster';
  const labelled = !!m && m.lane !== null;
  const count = cluster ? m.items.length : 0;
  // The button's box, relative to the marker on the axis, and the marker relative to the button.
  const box = !m
    ? null
    : labelled
      ? { left: m.labelLeft - m.x, bottom: base + m.lane! * lane, width: m.labelWidth, height: m.labelLanes * lane - 1 }
      : { left: -target / 2, bottom: -target / 2, width: target, height: target };
  const buttonStyle = !box
    ? FREE
    : {
        left: `${box.left}px`,
        bottom: `${box.bottom}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        '--_dx': `${-box.left}px`,
        '--_dy': `${box.bottom}px`,
        '--_period': m!.endX !== null ? `${Math.max(0, m!.endX - m!.x)}px` : '0px',
      };
  return html`<button
    type="button"
    class=${m ? `marker ${labelled ? 'labelled' : ''} ${m.endX !== null ? 'period' : ''}` : ''}
    part=${!m ? nothing : cluster ? 'cluster' : selected ? 'milestone milestone-selected' : 'milestone'}
    data-key=${m ? m.key : nothing}
    tabindex=${tab ? 0 : -1}
    aria-label=${m ? name : nothing}
    aria-expanded=${!m || cluster ? nothing : selected ? 'true' : 'false'}
    aria-controls=${!m || cluster ? nothing : 'detail'}
    style=${cssomStyle(buttonStyle)}
  >
    <!-- Text parts are never empty (' ' when unused): lit replaces an emptied text node rather than rewriting it. -->
    <span class="label" part=${labelled ? 'label' : nothing} lang=${(labelled && view.labelLang(m)) || nothing} data-more=${cluster ? `+${count - 1}` : nothing} ?hidden=${!labelled}
      >${labelled ? `${view.labelText(m)}${cluster ? ' ' : ''}` : ' '}</span
    >
    <span class="dot ${count > 99 ? 'many' : ''}" aria-hidden="true" ?hidden=${!m}>${!cluster || labelled ? ' ' : count > 99 ? '99+' : `${count}`}</span>
  </button>`;
}
