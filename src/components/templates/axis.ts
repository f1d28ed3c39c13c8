import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from './cssom-style.js';
import type { Tick } from '../../layout/types.js';
import type { Slot } from './slots.js';
import { px } from './markers.js';

/**
 * renderAxis(ticks, format, shift) → the time axis with its tick labels (at x + shift: markers.ts), in pooled slots (Slots): a tick keeps its
 * node while it is shown, and a zoom step rewrites free nodes rather than making new ones. Hidden from
 * assistive technology (the list carries the dates).
 */
export function renderAxis(ticks: readonly Slot<Tick>[], format: (tick: Tick) => string, shift: number): TemplateResult {
  return html`<div class="axis" part="axis" aria-hidden="true">
    ${repeat(
      ticks,
      (slot) => slot.id,
      ({ item: tick }) =>
        html`<span class="tick" part=${tick ? 'tick' : nothing} ?hidden=${!tick} style=${cssomStyle(tick ? { translate: px(tick.x + shift) } : {})}>${tick ? format(tick) : ' '}</span>`,
    )}
  </div>`;
}
