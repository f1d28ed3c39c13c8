import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from './element-ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from './cssom-style.js';
import { dateLabel, formatTick } from '../../i18n/format-date.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { SpineItem } from '../../layout/spine.js';
import { textFor, textLang } from '../../model/localized-text.js';
import type { TimelineIndex } from '../../layout/types.js';
import type { Milestone } from '../../model/milestone.js';
import { categoryClass, categoryColor } from './markers.js';
import { renderFull } from './print.js';
import type { CardRange } from '../controllers/card-range.js';

export interface CardView {
  index: TimelineIndex;
  spine: readonly SpineItem[];
  selectedId: string | null;
  tabKey: string | null;
  lang: string;
  strings: UiStrings;
  /** The detail, rendered in place under the selected card. */
  detail: (milestone: Milestone) => TemplateResult;
  /** For a long list, the cards in the DOM (CardWindow); null renders every card. */
  range: CardRange | null;
  /**
   * Each card also carries its milestone's text and sources (hidden on screen while scripts run): for the
   * server's render (readers without JavaScript, search engines) and for print.
   */
  full: boolean;
  /** The list element, for the reader's focus; its keys and focus leaving it. */
  list: Ref<HTMLElement>;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  /** The headings of the eras that start at the card of item i (renderEraHeading), if any. */
  eraAt: (i: number) => unknown;
}

/**
 * renderCards(view) → the vertical layout: a spine in date order with one card per milestone (date,
 * category shape and name, the whole title), in the page's flow so the page scrolls through them. Gaps
 * follow time (layoutSpine); the first card of each year carries the year on the spine.
 */
export function renderCards(view: CardView): TemplateResult {
  const { lang, range } = view;
  const items = range ? view.index.items.slice(range.from, range.to) : view.index.items;
  const offset = range?.from ?? 0;
  // The tab stop must be on a drawn card, or Tab would skip the list: the first drawn one stands in.
  const tabDrawn = items.some((item) => item.milestone.id === view.tabKey);
  // A spacer stands for the cards of a long list that are not rendered; screen readers skip it and hear
  // each card's place in the whole list instead (aria-posinset / aria-setsize).
  const spacer = (px: number) => html`<li class="spacer" aria-hidden="true" style=${cssomStyle({ height: `${px}px` })}></li>`;
  return html`<ol class="spine" aria-label=${view.strings.milestones} ${ref(view.list)} @keydown=${view.onKeydown} @focusout=${view.onFocusOut}>
    ${range ? spacer(range.before) : nothing}
    ${repeat(
      items,
      (item) => item.milestone.id,
      (item, k) => {
        const i = offset + k;
        const m = item.milestone;
        const spine = view.spine[i]!;
        const selected = m.id === view.selectedId;
        const category = m.category ? (view.strings.categories[m.category] ?? m.category) : '';
        const era = view.eraAt(i);
        return html`<li
          class="card-item ${categoryClass(m.category)} importance-${item.importance} ${selected ? 'selected' : ''} ${era ? 'has-era' : ''}"
          style=${cssomStyle({ 'margin-top': `${spine.gap}px`, '--_gap': `${spine.gap}px`, ...categoryColor(m.category) })}
          aria-posinset=${range ? i + 1 : nothing}
          aria-setsize=${range ? range.count : nothing}
        >
          ${era} ${spine.year !== null ? html`<span class="year" aria-hidden="true">${formatTick(spine.year, 'year', lang)}</span>` : nothing}
          <button
            type="button"
            class="marker card"
            part=${selected ? 'card milestone milestone-selected' : 'card milestone'}
            data-key=${m.id}
            tabindex=${m.id === view.tabKey || (!tabDrawn && k === 0) ? 0 : -1}
            aria-expanded=${selected ? 'true' : 'false'}
            aria-controls=${selected ? 'detail' : nothing}
          >
            <span class="dot"></span>
            <time class="when" datetime=${m.date}>${dateLabel(m.date, m.endDate, lang)}</time>
            <span class="title" lang=${textLang(m.title, lang) ?? nothing}>${textFor(m.title, lang)}</span>
            ${category ? html`<span class="cat"><span class="shape" aria-hidden="true"></span>${category}</span>` : nothing}
          </button>
          ${selected ? view.detail(m) : view.full ? renderFull(m, lang, view.strings) : nothing}
        </li>`;
      },
    )}
    ${range ? spacer(range.after) : nothing}
  </ol>`;
}
