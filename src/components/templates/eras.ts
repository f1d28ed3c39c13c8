// The eras' code: what draws them and what checks them. The npm build imports it with the element; the one-file
// bundle loads it (dist/vr-timeline.eras.js) only when the data has eras (see src/bundle-shims/era-parts.ts).
// So it never imports lit: the element hands it lit's `html` and its own directives (EraKit), and the templates
// it returns render under the element's one copy of lit.
import type { TemplateResult } from 'lit';
import { eraHeadings, placeEras } from '../../layout/eras.js';
import type { TimelineIndex, ViewWindow } from '../../layout/types.js';
import type { Era } from '../../model/milestone.js';
import { textFor, textLang } from '../../model/localized-text.js';

export { normalizeEras } from '../../model/normalize.js';

/** What the element lends the eras' templates: lit's `html` and `nothing`, its style directive and date label. */
export interface EraKit {
  html: (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;
  nothing: unknown;
  style: (styles: Record<string, string>) => unknown;
  dateLabel: (date: string, endDate: string | undefined, lang: string) => string;
}

/** Pixels a label of `text` needs to show whole on at most two lines of the era font (12 px; generous per character). */
const fits = (text: string, width: number): boolean => width - 12 >= Math.max(...text.split(/\s+/).map((word) => word.length * 6.5), (text.length * 6.5) / 2 + 20);

/** What the element draws of the eras: the bands and names of the horizontal track, and the spine's headings. */
export interface ErasView {
  /** The tinted bands behind the track (aria-hidden), and under the axis the list of their names, each over its band; null without a track. */
  bands: readonly [TemplateResult, TemplateResult] | null;
  /** The headings of the eras that start at the spine's card of item i (their first milestone), if any. */
  at: (i: number) => TemplateResult[] | undefined;
}

/**
 * renderEras(kit, eras, layout, index, lang, name) → the eras as the element draws them (ErasView). A band's
 * name shows only whole; one its band is too narrow for is read by screen readers, and shows when the reader
 * zooms in. `name` is the accessible name of the list of names.
 */
export function renderEras(kit: EraKit, eras: readonly Era[], layout: { window: ViewWindow; width: number } | null, index: TimelineIndex, lang: string, name: string): ErasView {
  const { html, style } = kit;
  const label = (era: Era) => html`<span lang=${textLang(era.label, lang) ?? kit.nothing}>${textFor(era.label, lang)}</span>`;
  const bands = layout ? placeEras(eras, layout.window, layout.width) : [];
  const box = (b: (typeof bands)[number]) => style({ left: `${b.x0}px`, width: `${b.x1 - b.x0}px` });
  const heads = layout ? null : eraHeadings(eras, index);
  return {
    bands: layout && [
      html`<div class="era-bands" aria-hidden="true">${bands.map((b) => html`<div class="era-band ${b.n % 2 ? 'odd' : ''}" style=${box(b)}></div>`)}</div>`,
      html`<ol class="eras" aria-label=${name}>
        ${bands.map(
          (b) =>
            html`<li class="era ${b.n % 2 ? 'odd' : ''}" part="era" style=${box(b)}>
              <span class=${fits(textFor(b.era.label, lang), b.x1 - b.x0) ? '' : 'sr-only'}>${label(b.era)}</span
              ><span class="sr-only">, ${kit.dateLabel(b.era.start, b.era.end, lang)}</span>
            </li>`,
        )}
      </ol>`,
    ],
    at: (i) =>
      heads?.get(i)?.map(
        (era) =>
          html`<h3 class="era-head" part="era">
            ${label(era)}
            <span class="when">${kit.dateLabel(era.start, era.end, lang)}</span>
          </h3>`,
      ),
  };
}
