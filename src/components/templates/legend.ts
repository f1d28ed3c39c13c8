import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { categoryClass, categoryColor } from './markers.js';

export interface LegendEntry {
  category: string;
  count: number;
  shown: boolean;
}

/** renderLegend(entries, label, onToggle) → one toggle button per category present: shape, colour, name and count. */
export function renderLegend(entries: readonly LegendEntry[], label: string, name: (category: string) => string, onToggle: (category: string) => void): TemplateResult {
  return html`<div class="legend" part="legend" role="group" aria-label=${label}>
    ${entries.map(
      (e) => html`<button
        type="button"
        class="legend-item ${categoryClass(e.category)}"
        part="legend-item"
        aria-pressed=${e.shown ? 'true' : 'false'}
        style=${styleMap(categoryColor(e.category))}
        @click=${() => onToggle(e.category)}
      >
        <span class="dot" aria-hidden="true"></span>${name(e.category)} <span class="n">${e.count}</span>
      </button>`,
    )}
  </div>`;
}
