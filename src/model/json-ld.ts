import { OPEN_END } from './calendar-date.js';
import { textFor } from './localized-text.js';
import type { Milestone } from './milestone.js';

/** A schema.org Event as toJsonLd() writes it. */
export interface JsonLdEvent {
  '@type': 'Event';
  /** The milestone's id, as a fragment: the element's deep link to it with `hash-sync` ('#vr-<id>'). */
  '@id': string;
  name: string;
  /** ISO 8601 at the milestone's precision: '1923', '1923-06', '1923-06-30'. */
  startDate: string;
  endDate?: string;
  description?: string;
  /** The milestone's sources, as works about the event. */
  subjectOf?: { '@type': 'CreativeWork'; name: string; url: string }[];
}

/** schema.org JSON-LD of a timeline: an ItemList of Events, in date order. */
export interface JsonLdItemList {
  '@context': 'https://schema.org';
  '@type': 'ItemList';
  name?: string;
  itemListOrder: 'https://schema.org/ItemListOrderAscending';
  numberOfItems: number;
  itemListElement: { '@type': 'ListItem'; position: number; item: JsonLdEvent }[];
}

/** '1951~' → '1951': ISO 8601 has no EDTF doubt, so JSON-LD gives the date alone. */
const iso = (date: string): string => date.replace(/[~?%]$/, '');

/**
 * toJsonLd(milestones, { lang, name }) → schema.org JSON-LD for search engines: an `ItemList` of `Event`s with
 * their names, dates at their precision, descriptions and sources, in `lang` (or the nearest text there is).
 * Give it milestones normalize() returned. An ongoing period has no endDate; doubt marks (`~ ? %`) are
 * dropped from dates, as ISO 8601 has none. Put it in the page as
 * `<script type="application/ld+json">${JSON.stringify(toJsonLd(…)).replace(/</g, '\\u003c')}</script>`.
 */
export function toJsonLd(milestones: readonly Milestone[], { lang = 'en', name }: { lang?: string; name?: string } = {}): JsonLdItemList {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(name !== undefined && { name }),
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: milestones.length,
    itemListElement: milestones.map((m, i) => {
      const event: JsonLdEvent = { '@type': 'Event', '@id': `#vr-${m.id}`, name: textFor(m.title, lang), startDate: iso(m.date) };
      if (m.endDate !== undefined && m.endDate !== OPEN_END) event.endDate = iso(m.endDate);
      if (m.description !== undefined) event.description = textFor(m.description, lang);
      if (m.sources?.length) event.subjectOf = m.sources.map((s) => ({ '@type': 'CreativeWork', name: textFor(s.label, lang), url: s.url }));
      return { '@type': 'ListItem', position: i + 1, item: event };
    }),
  };
}
