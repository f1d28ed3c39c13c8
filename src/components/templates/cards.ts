import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { SpineItem } from '../../layout/spine.js';
import type { TimelineIndex } from '../../layout/types.js';
import type { Milestone } from '../../model/milestone.js';
import { categoryClass, categoryColor } from './markers.js';

export interface CardView {
  index: TimelineIndex;
  spine: readonly SpineItem[];
  selectedId: string | null;
  tabKey: string | null;
  listLabel: string;
  date: (milestone: Milestone) => string;
  title: (milestone: Milestone) => string;
  categoryName: (milestone: Milestone) => string;
  year: (utcMs: number) => string;
  /** The detail, rendered in place under the selected card. */
  detail: (milestone: Milestone) => TemplateResult;
}

/**
 * renderCards(view) → the vertical layout: a spine in date order with one card per milestone (date,
 * category shape and name, the whole title), in the page's flow so the page scrolls through them. Gaps
 * follow time (layoutSpine); the first card of each year carries the year on the spine.
 */
export function renderCards(view: CardView): TemplateResult {
  return html`<ol class="spine" aria-label=${view.listLabel}>
    ${repeat(
      view.index.items,
      (item) => item.milestone.id,
      (item, i) => {
        const m = item.milestone;
        const spine = view.spine[i]!;
        const selected = m.id === view.selectedId;
        const category = view.categoryName(m);
        return html`<li
          class="card-item ${categoryClass(m.category)} importance-${item.importance} ${selected ? 'selected' : ''}"
          style=${styleMap({ 'margin-top': `${spine.gap}px`, ...categoryColor(m.category) })}
        >
          ${spine.year !== null ? html`<span class="year" aria-hidden="true">${view.year(spine.year)}</span>` : nothing}
          <button
            type="button"
            class="marker card"
            part=${selected ? 'card milestone milestone-selected' : 'card milestone'}
            data-key=${m.id}
            tabindex=${m.id === view.tabKey ? 0 : -1}
            aria-expanded=${selected ? 'true' : 'false'}
            aria-controls=${selected ? 'detail' : nothing}
          >
            <span class="dot"></span>
            <span class="when">${view.date(m)}</span>
            <span class="title">${view.title(m)}</span>
            ${category ? html`<span class="cat"><span class="shape" aria-hidden="true"></span>${category}</span>` : nothing}
          </button>
          ${selected ? view.detail(m) : nothing}
        </li>`;
      },
    )}
  </ol>`;
}
