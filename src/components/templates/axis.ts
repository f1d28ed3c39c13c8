import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssomStyle } from './cssom-style.js';
import type { Tick } from '../../layout/types.js';

/** renderAxis(ticks, format) → the time axis with its tick labels; hidden from assistive technology (the list carries the dates). */
export function renderAxis(ticks: readonly Tick[], format: (tick: Tick) => string): TemplateResult {
  return html`<div class="axis" part="axis" aria-hidden="true">
    ${repeat(
      ticks,
      (tick) => tick.time,
      (tick) => html`<span class="tick" part="tick" style=${cssomStyle({ translate: `${tick.x}px` })}>${format(tick)}</span>`,
    )}
  </div>`;
}
