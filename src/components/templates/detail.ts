import { html, nothing, type TemplateResult } from 'lit';
import { formatDateRange } from '../../i18n/format-date.js';
import type { UiStrings } from '../../i18n/strings.js';
import { textFor } from '../../model/localized-text.js';
import type { Milestone } from '../../model/milestone.js';
import { toHttpUrl } from '../../model/safe-url.js';
import { categoryStyle } from './markers.js';

/** renderDetail(milestone, lang, strings, onClose) → the detail panel: title, date, category, text, image credit and sources. */
export function renderDetail(milestone: Milestone, lang: string, strings: UiStrings, onClose: () => void): TemplateResult {
  const paragraphs = textFor(milestone.description, lang)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const category = milestone.category;
  const media = milestone.media;
  const categoryName = category ? (strings.categories[category] ?? category) : '';
  return html`<section
    id="detail"
    class="detail cat-${category ?? 'none'}"
    part="detail"
    aria-labelledby="detail-title"
    style=${categoryStyle(category)}
  >
    <div class="detail-head">
      <h2 id="detail-title">${textFor(milestone.title, lang)}</h2>
      <button type="button" class="close" @click=${onClose} aria-label=${strings.close} title=${strings.close}>×</button>
    </div>
    <p class="meta">
      <time datetime=${milestone.date}>${formatDateRange(milestone.date, milestone.endDate, lang)}</time>${categoryName
        ? html` · <span class="category">${categoryName}</span>`
        : nothing}
    </p>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
    ${media
      ? html`<figure>
          <img src=${media.src} alt=${textFor(media.alt, lang)} loading="lazy" decoding="async" />
          ${media.caption || media.credit
            ? html`<figcaption>
                ${textFor(media.caption, lang)}
                ${media.credit ? html`<span class="credit">${strings.credit}: ${textFor(media.credit, lang)}</span>` : nothing}
              </figcaption>`
            : nothing}
        </figure>`
      : nothing}
    ${milestone.sources?.length
      ? html`<h3>${strings.sources}</h3>
          <ul class="sources">
            ${milestone.sources.map((s) => {
              const url = toHttpUrl(s.url);
              return html`<li>
                ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${textFor(s.label, lang)}</a>` : textFor(s.label, lang)}
              </li>`;
            })}
          </ul>`
      : nothing}
  </section>`;
}
