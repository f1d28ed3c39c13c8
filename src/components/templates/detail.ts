import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from './element-ref.js';
import { dateLabel, formatCalendarDate } from '../../i18n/format-date.js';
import type { UiStrings } from '../../i18n/strings.js';
import type { TimelineIndex } from '../../layout/types.js';
import { textFor, textLang } from '../../model/localized-text.js';
import { isImage } from '../../model/media.js';
import type { Milestone, MilestoneMedia } from '../../model/milestone.js';
import { toHttpUrl } from '../../model/safe-url.js';
import { cssomStyle } from './cssom-style.js';
import { categoryClass, categoryColor } from './markers.js';

export interface DetailActions {
  close: () => void;
  /** Opens a neighbour in date order. */
  step: (to: Milestone, direction: 'previous' | 'next') => void;
  /** The detail and its story buttons, for the reader's focus and scroll. */
  detail: Ref<HTMLElement>;
  previous: Ref<HTMLButtonElement>;
  next: Ref<HTMLButtonElement>;
}

/** An image that does not load leaves its caption and credit, not a broken-image icon. */
const hideBrokenImage = (event: Event): void => {
  (event.target as HTMLImageElement).hidden = true;
};

function navButton(direction: 'previous' | 'next', to: Milestone | undefined, lang: string, strings: UiStrings, on: DetailActions): TemplateResult {
  return html`<button type="button" class="step ${direction}" part="nav" ?disabled=${!to} @click=${() => to && on.step(to, direction)} ${ref(on[direction])}>
    <span class="dir">${direction === 'previous' ? `‹ ${strings.previous}` : `${strings.next} ›`}</span>
    ${to ? html`<span class="to" lang=${textLang(to.title, lang) ?? nothing}>${textFor(to.title, lang)}</span>` : nothing}
  </button>`;
}

/** renderText(milestone, lang) → the description, one <p> per paragraph (split on blank lines). */
export function renderText(milestone: Milestone, lang: string): TemplateResult[] {
  const textLanguage = textLang(milestone.description, lang) ?? nothing;
  return textFor(milestone.description, lang)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p lang=${textLanguage}>${p}</p>`);
}

/** renderSources(milestone, lang, strings) → a "Sources" heading and list; http(s) links only, other addresses as text. */
export function renderSources(milestone: Milestone, lang: string, strings: UiStrings): TemplateResult | typeof nothing {
  return milestone.sources?.length
    ? html`<h3>${strings.sources}</h3>
        <ul class="sources">
          ${milestone.sources.map((s) => {
            const url = toHttpUrl(s.url);
            return html`<li>
              ${
                url
                  ? html`<a href=${url} target="_blank" rel="noopener noreferrer" lang=${textLang(s.label, lang) ?? nothing}>${textFor(s.label, lang)}</a>`
                  : textFor(s.label, lang)
              }
            </li>`;
          })}
        </ul>`
    : nothing;
}

/**
 * renderDetail(milestone, index, lang, strings, on, player) → the story card: Previous / Next (named with the neighbour's
 * title) and Close on top, where they stay from step to step, then title, date, category, text, image with
 * credit and sources in a body that scrolls within the detail's fixed height (horizontal layout). Media other than
 * an image (audio, video, a host's page) is drawn by `player` (the media part, templates/media.ts).
 */
export function renderDetail(
  milestone: Milestone,
  index: TimelineIndex,
  lang: string,
  strings: UiStrings,
  on: DetailActions,
  player: (media: MilestoneMedia) => unknown,
): TemplateResult {
  const at = index.positions.get(milestone.id) ?? -1;
  const [previous, next] = [index.items[at - 1]?.milestone, index.items[at + 1]?.milestone];
  const category = milestone.category;
  const media = milestone.media;
  const categoryName = category ? (strings.categories[category] ?? category) : '';
  return html`<section
    id="detail"
    class="detail ${categoryClass(category)}"
    part="detail"
    aria-labelledby="detail-title"
    style=${cssomStyle(categoryColor(category))}
    ${ref(on.detail)}
  >
    <div class="nav">
      ${navButton('previous', previous, lang, strings, on)} ${navButton('next', next, lang, strings, on)}
      <button type="button" class="close" @click=${on.close} aria-label=${strings.close} title=${strings.close}>×</button>
    </div>
    <div class="detail-body" tabindex="0" role="group" aria-labelledby="detail-title">
      <h2 id="detail-title" lang=${textLang(milestone.title, lang) ?? nothing}>${textFor(milestone.title, lang)}</h2>
      <p class="meta">
        <time datetime=${milestone.date}>${dateLabel(milestone.date, milestone.endDate, lang)}</time>${
          categoryName ? html` · <span class="category">${categoryName}</span>` : nothing
        }
      </p>
      ${milestone.dateNote ? html`<p class="note" lang=${textLang(milestone.dateNote, lang) ?? nothing}>${textFor(milestone.dateNote, lang)}</p>` : nothing}
      ${renderText(milestone, lang)}
      ${
        media
          ? html`<figure>
            ${isImage(media.src) ? html`<img src=${media.src} alt=${textFor(media.alt, lang)} loading="lazy" decoding="async" @error=${hideBrokenImage} />` : player(media)}
            ${
              media.caption || media.credit
                ? html`<figcaption lang=${textLang(media.caption ?? media.credit, lang) ?? nothing}>
                  ${textFor(media.caption, lang)}${media.caption && media.credit ? ' · ' : ''}${
                    media.credit ? html`<span class="credit">${strings.credit}: ${textFor(media.credit, lang)}</span>` : nothing
                  }
                </figcaption>`
                : nothing
            }
          </figure>`
          : nothing
      }
      ${renderSources(milestone, lang, strings)} ${renderRevisions(milestone, lang, strings)}
    </div>
  </section>`;
}

/** renderRevisions(milestone, lang, strings) → "Updated 13 February 2026", then each correction with its date, newest first. */
export function renderRevisions(m: Milestone, lang: string, strings: UiStrings): TemplateResult {
  return html`${m.updated ? html`<p class="note">${strings.updated} ${formatCalendarDate(m.updated, lang)}</p>` : nothing}
  ${m.corrections?.map(
    (c) => html`<p><b>${strings.correction} ${formatCalendarDate(c.date, lang)}:</b> <span lang=${textLang(c.text, lang) ?? nothing}>${textFor(c.text, lang)}</span></p>`,
  )}`;
}
