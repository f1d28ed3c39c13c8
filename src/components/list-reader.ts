import { milestonesFromList } from '../model/list-items.js';

/**
 * readList(ol) → plain milestone objects for normalize() from a fallback list: each `<li>`'s `<time datetime>`,
 * its text without the date and the links (removed as elements: "TASS reports … TASS" keeps its subject), and
 * its links as sources. The one-file bundle loads this only when the element has such a list
 * (dist/vr-timeline.list.js, see src/bundle-shims/list-reader.ts).
 */
export function readList(list: Element): Record<string, unknown>[] {
  const items = [...list.querySelectorAll(':scope > li')].map((li) => {
    const time = li.querySelector('time[datetime]');
    const links = [...li.querySelectorAll('a[href]')].map((a) => ({ label: a.textContent.trim(), url: (a as HTMLAnchorElement).href }));
    const rest = li.cloneNode(true) as Element;
    for (const part of rest.querySelectorAll('a[href]')) part.remove();
    rest.querySelector('time[datetime]')?.remove();
    return { date: time?.getAttribute('datetime') ?? null, text: rest.textContent.replace(/\(\s*\)/g, '').replace(/\s+/g, ' '), links };
  });
  return milestonesFromList(items);
}
