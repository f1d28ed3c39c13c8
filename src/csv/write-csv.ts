import type { Era, LocalizedText, Milestone } from '../model/milestone.js';

/** The columns in the order a person reads them; a text column's language variants follow it. */
const ORDER = [
  'type',
  'id',
  'date',
  'end_date',
  'title',
  'description',
  'date_note',
  'category',
  'importance',
  'updated',
  'media_src',
  'media_alt',
  'media_caption',
  'media_credit',
];

/** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or space at an end. */
const quote = (value: string): string => (/[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Sets the cells of a text: its bare column for plain text (or the 'und' passage), `name_<lang>` for each language. */
function putText(cells: Map<string, string>, name: string, text: LocalizedText | undefined): void {
  if (typeof text === 'string') cells.set(name, text);
  else for (const [lang, value] of Object.entries(text ?? {})) cells.set(lang === 'und' ? name : `${name}_${lang.toLowerCase()}`, value);
}

/** One milestone's cells, by column. */
function cellsOf(m: Milestone): Map<string, string> {
  const cells = new Map<string, string>([
    ['id', m.id],
    ['date', m.date],
  ]);
  if (m.endDate !== undefined) cells.set('end_date', m.endDate);
  putText(cells, 'title', m.title);
  putText(cells, 'description', m.description);
  putText(cells, 'date_note', m.dateNote);
  if (m.category !== undefined) cells.set('category', m.category);
  if (m.importance !== undefined) cells.set('importance', String(m.importance));
  if (m.updated !== undefined) cells.set('updated', m.updated);
  if (m.media) {
    cells.set('media_src', m.media.src);
    putText(cells, 'media_alt', m.media.alt);
    putText(cells, 'media_caption', m.media.caption);
    putText(cells, 'media_credit', m.media.credit);
  }
  m.sources?.forEach((source, i) => {
    const suffix = i ? `_${i + 1}` : '';
    putText(cells, `source_label${suffix}`, source.label);
    cells.set(`source_url${suffix}`, source.url);
  });
  return cells;
}

/** A column's place, as text to sort by: by ORDER, a language variant after its bare column, then the sources by number. */
function rank(column: string): string {
  const source = /^source_(label|url)(?:_(\d+))?(.*)$/.exec(column);
  if (source) return `${String(ORDER.length + Number(source[2] ?? 1)).padStart(4, '0')}${source[1] === 'label' ? 'a' : 'b'}${source[3]}`;
  const base = ORDER.findIndex((name) => column === name || (column.startsWith(`${name}_`) && /^[a-z]{2,3}$/.test(column.slice(name.length + 1))));
  return `${String(base < 0 ? 9999 : base).padStart(4, '0')}${column}`;
}

/** An era's cells: a row of type `era`, its start, end and label in the date, end date and title columns. */
function eraCells(era: Era): Map<string, string> {
  const cells = new Map<string, string>([
    ['type', 'era'],
    ['id', era.id],
    ['date', era.start],
    ['end_date', era.end],
  ]);
  putText(cells, 'title', era.label);
  return cells;
}

/**
 * writeCsv(milestones, eras) → a spreadsheet of them in our columns (RFC 4180: a header row, then a row per
 * milestone, then a row of type `era` per era), which readCsv() with normalize() and normalizeEras() reads back
 * to the same milestones and eras: what "Get the data" offers. A text in several languages gets a column per
 * language (`title_vi`); its plain or undetermined passage the bare column. CSV has no column for corrections:
 * they are left out.
 */
export function writeCsv(milestones: readonly Milestone[], eras: readonly Era[] = []): string {
  const rows = [...milestones.map(cellsOf), ...eras.map(eraCells)];
  const columns = [...new Set(['id', 'date', 'title', ...rows.flatMap((cells) => [...cells.keys()])])].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
  return [columns.join(','), ...rows.map((cells) => columns.map((column) => quote(cells.get(column) ?? '')).join(','))].join('\r\n') + '\r\n';
}
