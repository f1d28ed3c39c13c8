import { html, nothing, type TemplateResult } from 'lit';
import { formatDateRange } from '../../i18n/format-date.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { PlacedMarker, TimelineIndex } from '../../layout/types.js';
import { textFor, textLang } from '../../model/localized-text.js';
import { cssomStyle } from './cssom-style.js';

/** A cluster's preview lists this many members, then "+N more". */
const LISTED = 5;

/**
 * renderPreview(marker, index, lang, strings, width) → the preview of a hovered or focused marker: date and whole
 * title, or a cluster's members. Shown under the track, at the marker's side of it, so it never covers a marker
 * or a label; the pointer passes through it. Hidden from assistive technology: the marker's accessible name
 * already says the same.
 */
export function renderPreview(marker: PlacedMarker | undefined, index: TimelineIndex, lang: string, strings: UiStrings, width: number): TemplateResult | typeof nothing {
  if (!marker) return nothing;
  const listed = marker.items.slice(0, LISTED);
  const side: Record<string, string> = marker.x > width / 2 ? { right: `${Math.max(0, width - marker.x - 12)}px` } : { left: `${Math.max(0, marker.x - 12)}px` };
  return html`<div class="preview" part="preview" aria-hidden="true" style=${cssomStyle(side)}>
    <ul>
      ${listed.map((i) => {
        const m = index.items[i]!.milestone;
        return html`<li><time datetime=${m.date}>${formatDateRange(m.date, m.endDate, lang)}</time> <span lang=${textLang(m.title, lang) ?? nothing}>${textFor(m.title, lang)}</span></li>`;
      })}
    </ul>
    ${marker.items.length > LISTED ? html`<p>${strings.moreMilestones(marker.items.length - LISTED)}</p>` : nothing}
  </div>`;
}
