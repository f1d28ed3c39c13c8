import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';

export interface ControlHandlers {
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}

/** renderControls(strings, handlers) → the zoom in / zoom out / show-all buttons. */
export function renderControls(strings: UiStrings, on: ControlHandlers): TemplateResult {
  return html`<div class="controls" part="controls" role="group" aria-label=${strings.zoom}>
    <button type="button" @click=${on.zoomOut} aria-label=${strings.zoomOut} title=${strings.zoomOut}>−</button>
    <button type="button" @click=${on.zoomIn} aria-label=${strings.zoomIn} title=${strings.zoomIn}>+</button>
    <button type="button" @click=${on.reset}>${strings.resetView}</button>
  </div>`;
}
