import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';

export interface ControlHandlers {
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}

/** renderControls(strings, handlers, onKeydown) → the zoom in / zoom out / show-all buttons; `+`/`-`/`0` work on them too. */
export function renderControls(strings: UiStrings, on: ControlHandlers, onKeydown: (event: KeyboardEvent) => void): TemplateResult {
  return html`<div class="controls" part="controls" role="group" aria-label=${strings.zoom} @keydown=${onKeydown}>
    <button type="button" @click=${on.zoomOut} aria-label=${strings.zoomOut} title=${strings.zoomOut}>−</button>
    <button type="button" @click=${on.zoomIn} aria-label=${strings.zoomIn} title=${strings.zoomIn}>+</button>
    <button type="button" @click=${on.reset}>${strings.resetView}</button>
  </div>`;
}
