// The authoring check page: an editor pastes JSON or CSV (or a URL), sees the live timeline beside a
// table of problems by row and column, and copies the embed snippet for that data. The timeline reads
// the pasted text exactly as it would read a published file: through `src` (a blob: URL of the text).
import { css, html, LitElement, type TemplateResult } from 'lit';
import type { DataProblem } from '../src/model/milestone.js';
import '../src/define.js';
import { BUNDLE_URL as BUNDLE } from './embed-snippet.js';

const EXAMPLE = `id,date,title,title_vi,category,source_label,source_url
relations,1950-01-30,Diplomatic relations,Thiết lập quan hệ ngoại giao,diplomacy,Nhân Dân,https://nhandan.vn/
soyuz,1980-07-23,Soyuz 37,Soyuz 37,science,,
typo,1950-02-30,A day that never was,,,,
`;

export class VrAuthoringCheck extends LitElement {
  static override properties = { text: { state: true }, url: { state: true }, problems: { state: true }, src: { state: true } };
  static override styles = css`
    :host { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
    @media (min-width: 1100px) { :host { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); } }
    textarea, input { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; }
    textarea { min-height: 220px; }
    label { display: block; font-weight: 600; margin: 8px 0 4px; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; }
    th, td { border: 1px solid #8886; padding: 4px 6px; text-align: left; vertical-align: top; }
    .ok { color: inherit; border-left: 4px solid #2e7d32; padding-left: 8px; }
    pre { background: #8882; padding: 8px; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
  `;

  text = EXAMPLE;
  url = '';
  problems: DataProblem[] = [];
  src = '';
  private blob = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.check();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.blob) URL.revokeObjectURL(this.blob);
  }

  private get isCsv(): boolean {
    return !/^\s*[[{]/.test(this.text);
  }

  /** Points the timeline at the URL, or at the pasted text as a file of its type. */
  private check(): void {
    if (this.blob) URL.revokeObjectURL(this.blob);
    this.blob = '';
    this.problems = [];
    if (this.url.trim()) {
      this.src = this.url.trim();
      return;
    }
    this.blob = URL.createObjectURL(new Blob([this.text], { type: this.isCsv ? 'text/csv' : 'application/json' }));
    this.src = this.blob;
  }

  private snippet(): string {
    const script = `<script type="module" src="${BUNDLE}"></script>\n`;
    if (this.url.trim()) return `${script}<vr-timeline src="${this.url.trim()}"></vr-timeline>`;
    if (this.isCsv)
      return `${script}<!-- Publish the sheet to the web as CSV, then: -->\n<vr-timeline src="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv"></vr-timeline>`;
    return `${script}<vr-timeline>\n  <script type="application/json">\n${this.text.trim()}\n  </script>\n</vr-timeline>`;
  }

  override render(): TemplateResult {
    return html`<div>
        <label for="text">Paste JSON or CSV (our columns, or a TimelineJS3 sheet)</label>
        <textarea id="text" .value=${this.text} @input=${(e: Event) => ((this.text = (e.target as HTMLTextAreaElement).value), this.check())}></textarea>
        <label for="url">…or the address of a JSON or CSV file</label>
        <input id="url" type="url" placeholder="https://…" .value=${this.url} @change=${(e: Event) => ((this.url = (e.target as HTMLInputElement).value), this.check())} />
        <h3>Problems</h3>
        ${
          this.problems.length
            ? html`<table>
              <thead><tr><th>Row</th><th>Column</th><th>What to fix</th></tr></thead>
              <tbody>${this.problems.map((p) => html`<tr><td>${p.row ?? (p.index >= 0 ? `item ${p.index + 1}` : '')}</td><td>${p.column ?? p.field ?? ''}</td><td>${p.message.replace(/^Row \d+(, column [^:]+)?: /, '')}</td></tr>`)}</tbody>
            </table>`
            : html`<p class="ok">No problems: every row is shown.</p>`
        }
        <h3>Embed</h3>
        <pre><code>${this.snippet()}</code></pre>
      </div>
      <vr-timeline .src=${this.src} @vr-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (this.problems = e.detail.problems)}></vr-timeline>`;
  }
}

/** Registers <vr-authoring-check>. A function to call rather than a bare import: package.json's "sideEffects"
 *  list lets a build drop `import './authoring-check.js'`, and the built stories site lost this page that way. */
export function defineAuthoringCheck(): void {
  if (!customElements.get('vr-authoring-check')) customElements.define('vr-authoring-check', VrAuthoringCheck);
}
