import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from './cssom-style.js';
import type { Tick } from '../../layout/types.js';
import type { Slot } from './slots.js';

/**
 * renderAxis(ticks, format) → the time axis with its tick labels, in pooled slots (Slots): a tick keeps its
 * node while it is shown, and a zoom step rewrites free nodes rather than making new ones. Hidden from
 * assistive technology (the list carries the dates).
 */
export function renderAxis(ticks: readonly Slot<Tick>[], format: (tick: Tick) => string): TemplateResult {
  return html`<div class="axis" part="axis" aria-hidden="true">
    ${repeat(
      ticks,
      (slot) => slot.id,
      ({ item: tick }) =>
        html`<span class="tick" part=${tick ? 'tick' : nothing} ?hidden=${!tick} style=${cssomStyle(tick ? { translate: `${tick.x}px` } : {})}>${tick ? format(tick) : ' '}</span>`,
    )}
  </div>`;
}
