import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/strings.js';
import type { DataController } from '../controllers/data-controller.js';

/**
 * renderStatus(source, loading, empty, strings) → what the reader is told about the data, in one short line: loading
 * (the data, or the language's strings, on their way; new data while some is shown keeps what is shown);
 * nothing to show; could not load (part error, role alert, with Retry). Milestones left out for errors are
 * the editor's business: `vr-data-error` and the console say which and why.
 */
export function renderStatus(source: DataController, loading: boolean, empty: boolean, strings: UiStrings): TemplateResult {
  return html`${loading ? html`<p class="status">${strings.loading}</p>` : nothing}
  ${!loading && !source.loading && !source.failed && empty ? html`<p class="status">${strings.noMilestones}</p>` : nothing}
  ${
    source.failed
      ? html`<p class="error" part="error" role="alert">
        ${strings.loadFailed} <button type="button" class="retry" @click=${() => source.retry()}>${strings.retry}</button>
      </p>`
      : nothing
  }`;
}
