import { html, type TemplateResult } from 'lit';
import { cssomStyle } from './cssom-style.js';
import { categoryClass, categoryColor } from './markers.js';

export interface LegendEntry {
  category: string;
  count: number;
  shown: boolean;
}

/** legendEntries(data, categories, order) → one entry per category present, in `order` first (the built-in categories), then by name; `categories` is the attribute. */
export function legendEntries(data: readonly { category?: string }[], categories: string | null | undefined, order: readonly string[]): LegendEntry[] {
  const shown = new Set((categories ?? '').split(/\s+/).filter(Boolean));
  const counts = new Map<string, number>();
  for (const m of data) if (m.category) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  const rank = (c: string): number => order.indexOf(c) + 1 || order.length + 1;
  return [...counts.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((category) => ({ category, count: counts.get(category)!, shown: !shown.size || shown.has(category) }));
}

/**
 * toggledCategories(entries, category) → the `categories` attribute after toggling one entry: null when
 * every category is shown; undefined (no change) when it would hide the last one shown.
 */
export function toggledCategories(entries: readonly LegendEntry[], category: string): string | null | undefined {
  const shown = entries.filter((e) => e.shown !== (e.category === category)).map((e) => e.category);
  if (!shown.length) return undefined;
  return shown.length === entries.length ? null : shown.join(' ');
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
        style=${cssomStyle(categoryColor(e.category))}
        @click=${() => onToggle(e.category)}
      >
        <span class="dot" aria-hidden="true"></span>${name(e.category)} <span class="n">${e.count}</span>
      </button>`,
    )}
  </div>`;
}
