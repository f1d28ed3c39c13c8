import { fold } from './localized-text.js';

/** One entry of a fallback list as the element read it: the `<time datetime>`, the rest of the text, its links. */
export interface ListItem {
  date: string | null;
  text: string;
  links: { label: string; url: string }[];
}

/** slugify('Hồ Chí Minh visits Moscow') → 'ho-chi-minh-visits-moscow'; text with no Latin letters gives ''. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
}

/**
 * milestonesFromList(items) → plain milestone objects for normalize(): the date from `<time datetime>`,
 * the title from the rest of the text (a leading ':' or dash dropped), links as sources, and an id made
 * from the date and the title ('1950-01-30-diplomatic-relations'), made unique with a number.
 */
export function milestonesFromList(items: readonly ListItem[]): Record<string, unknown>[] {
  const used = new Set<string>();
  return items.map((item, i) => {
    const title = item.text.replace(/^[\s:–—-]+/, '').trim();
    const base = [slugify(item.date ?? ''), slugify(title)].filter(Boolean).join('-') || `item-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const result: Record<string, unknown> = { id, date: item.date ?? undefined, title };
    if (item.links.length) result.sources = item.links;
    return result;
  });
}
