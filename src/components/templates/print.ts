import { html, nothing, type TemplateResult } from 'lit';
import { renderRevisions, renderText } from './detail.js';
import type { UiStrings } from '../../i18n/strings.js';
import { textFor, textLang } from '../../model/localized-text.js';
import type { Milestone } from '../../model/milestone.js';
import { toHttpUrl } from '../../model/safe-url.js';

/**
 * renderFull(milestone, lang, strings) → what a card carries for print and for readers without JavaScript: its
 * text, then its sources on one line, each as its name and the host of its address ("TASS (tass.ru)"), which
 * paper can show where a link cannot be followed. Other addresses than http(s) stay text.
 */
export function renderFull(m: Milestone, lang: string, strings: UiStrings): TemplateResult {
  return html`<div class="full">
    ${m.dateNote ? html`<p class="note">${textFor(m.dateNote, lang)}</p>` : nothing} ${renderText(m, lang)}
    ${
      m.sources?.length
        ? html`<p class="sources">
          ${strings.sources}:
          ${m.sources.map((s, i) => {
            const url = toHttpUrl(s.url);
            const label = textFor(s.label, lang);
            return html`${i ? '; ' : ''}${
              url
                ? html`<a href=${url} target="_blank" rel="noopener noreferrer" lang=${textLang(s.label, lang) ?? nothing}>${label}</a> (${new URL(url).hostname.replace(/^www\./, '')})`
                : label
            }`;
          })}
        </p>`
        : nothing
    }
    ${renderRevisions(m, lang, strings)}
  </div>`;
}
