import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PlacedMarker, TimelineIndex } from '../../layout/types.js';
import { BUILT_IN_CATEGORIES } from '../../model/milestone.js';

export interface MarkerView {
  index: TimelineIndex;
  markers: readonly PlacedMarker[];
  selectedId: string | null;
  /** Key of the marker that holds the roving tab stop. */
  tabKey: string | null;
  /** Visible label text of a marker. */
  labelText: (marker: PlacedMarker) => string;
  /** Accessible name of a marker: its date(s) and title. */
  accessibleName: (marker: PlacedMarker) => string;
  listLabel: string;
}

const BUILT_IN = new Set<string>(BUILT_IN_CATEGORIES);

/**
 * categoryStyle('festival') → the colour declaration of a category without a built-in colour: neutral unless
 * the page sets --vr-color-<category>. normalize() allows only [a-z0-9-] in categories, so this is safe CSS.
 */
export function categoryStyle(category: string | undefined): string {
  return category && !BUILT_IN.has(category) ? `--_c:var(--vr-color-${category},var(--_muted));` : '';
}

/** renderMarkers(view) → the milestones as an ordered list of buttons, keyed by id, in date order. */
export function renderMarkers(view: MarkerView): TemplateResult {
  return html`<ol class="milestones" aria-label=${view.listLabel}>
    ${repeat(
      view.markers,
      (m) => m.key,
      (m) => {
        const first = view.index.items[m.items[0]!]!.milestone;
        const cluster = m.kind === 'cluster';
        const selected = !cluster && first.id === view.selectedId;
        const classes = [
          'item',
          cluster ? 'cluster' : `cat-${first.category ?? 'none'}`,
          `importance-${m.importance}`,
          selected ? 'selected' : '',
        ].join(' ');
        const labelBottom = m.lane === null ? 0 : m.lane;
        return html`<li class=${classes} style="left:${m.x}px;${cluster ? '' : categoryStyle(first.category)}">
          <button
            type="button"
            class="marker"
            part=${cluster ? 'cluster' : selected ? 'milestone milestone-selected' : 'milestone'}
            data-key=${m.key}
            tabindex=${m.key === view.tabKey ? 0 : -1}
            aria-label=${view.accessibleName(m)}
            aria-expanded=${cluster ? nothing : selected ? 'true' : 'false'}
            aria-controls=${cluster ? nothing : 'detail'}
          >
            ${m.endX !== null ? html`<span class="period" style="width:${Math.max(0, m.endX - m.x)}px"></span>` : nothing}
            ${m.lane === null
              ? nothing
              : html`<span class="stem" style="height:calc(var(--_base) + ${labelBottom} * var(--_lane) - 7px)"></span>
                  <span
                    class="label"
                    part="label"
                    style="left:${m.labelLeft - m.x}px;width:${m.labelWidth}px;bottom:calc(var(--_base) + ${labelBottom} * var(--_lane))"
                    >${view.labelText(m)}</span
                  >`}
            <span class="dot"></span>
            ${cluster ? html`<span class="count" aria-hidden="true">${m.items.length}</span>` : nothing}
          </button>
        </li>`;
      },
    )}
  </ol>`;
}
