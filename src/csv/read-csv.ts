import { csvParseRows } from 'd3-dsv';
import { slugify } from '../model/list-items.js';
import type { DataProblem, Era, LocalizedText } from '../model/milestone.js';
import type { NormalizeErasResult, NormalizeResult } from '../model/normalize.js';
import { htmlToText } from './html-to-text.js';

/**
 * What a spreadsheet gives: milestone-shaped objects for normalize(), the spreadsheet row of each, the
 * problems of the sheet as a whole, and its title if it has one. (normalize() runs in the caller, so this
 * module, loaded only when a CSV arrives, carries no copy of it.)
 */
export interface CsvSheet {
  items: Record<string, unknown>[];
  /** The spreadsheet row of each item (the header is row 1). */
  rows: number[];
  /** Era-shaped objects for normalizeEras(), from the rows whose type is `era`, and the row of each. */
  eras: Record<string, unknown>[];
  eraRows: number[];
  /** Which column set the header named. */
  template: 'ours' | 'timelinejs';
  problems: DataProblem[];
  /** The Headline of a TimelineJS3 sheet's title row: the timeline's default accessible name. */
  title?: string;
}

/** One data row as header → cell, with the spreadsheet row number. */
interface Row {
  cells: Map<string, string>;
  row: number;
}

const TIMELINEJS = ['year', 'headline'];

const cell = (row: Row, name: string): string => row.cells.get(name)?.trim() ?? '';
const pad = (n: string): string => n.padStart(2, '0');

/** An ISO date from year, month and day cells, at the precision of the filled ones; '' when there is no year. */
function isoDate(year: string, month: string, day: string): string {
  if (!year) return '';
  return [year.padStart(4, '0'), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
}

/** The `name` column and its language variants (`name_vi`, `name_ru`, …) as LocalizedText; the bare one is the fallback. */
function localized(row: Row, name: string): LocalizedText | undefined {
  const texts: Record<string, string> = {};
  const bare = cell(row, name);
  if (bare) texts.und = bare;
  for (const [header, value] of row.cells) {
    const lang = header.startsWith(`${name}_`) ? header.slice(name.length + 1) : '';
    if (/^[a-z]{2,3}$/.test(lang) && value.trim()) texts[lang] = value.trim();
  }
  const keys = Object.keys(texts);
  if (!keys.length) return undefined;
  return keys.length === 1 && bare ? bare : texts;
}

/** A row of our column set → a milestone-shaped object for normalize(). */
function fromOurs(row: Row): Record<string, unknown> {
  const item: Record<string, unknown> = { id: cell(row, 'id') || undefined, date: cell(row, 'date') || undefined, title: localized(row, 'title') };
  const put = (key: string, value: unknown): void => {
    if (value !== undefined && value !== '') item[key] = value;
  };
  put('endDate', cell(row, 'end_date'));
  put('description', localized(row, 'description'));
  put('dateNote', localized(row, 'date_note'));
  put('updated', cell(row, 'updated'));
  put('category', cell(row, 'category'));
  const importance = cell(row, 'importance');
  put('importance', importance ? Number(importance) : undefined);
  if (cell(row, 'media_src')) {
    item.media = { src: cell(row, 'media_src'), alt: localized(row, 'media_alt') ?? item.title, caption: localized(row, 'media_caption'), credit: localized(row, 'media_credit') };
  }
  const sources = [];
  for (let n = 1; row.cells.has(n === 1 ? 'source_url' : `source_url_${n}`); n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    const url = cell(row, `source_url${suffix}`);
    if (url) sources.push({ url, label: localized(row, `source_label${suffix}`) ?? url });
  }
  put('sources', sources.length ? sources : undefined);
  return item;
}

/** A row of TimelineJS3's Google Sheets template → a milestone-shaped object, or the title row's headline. */
function fromTimelineJs(row: Row, used: Set<string>): Record<string, unknown> {
  const date = isoDate(cell(row, 'year'), cell(row, 'month'), cell(row, 'day'));
  const title = htmlToText(cell(row, 'headline'));
  const base = [slugify(date), slugify(title)].filter(Boolean).join('-') || `row-${row.row}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  const item: Record<string, unknown> = { id, date: date || undefined, title: title || undefined };
  const end = isoDate(cell(row, 'end year'), cell(row, 'end month'), cell(row, 'end day'));
  if (end) item.endDate = end;
  const text = htmlToText(cell(row, 'text'));
  if (text) item.description = text;
  const group = slugify(cell(row, 'group'));
  if (group) item.category = group;
  const media = cell(row, 'media');
  // Any http(s) address: the element shows images, plays audio and video files, gives YouTube, Vimeo, SoundCloud
  // and Wikimedia Commons pages a facade, and links anything else (TimelineJS3's maps and tweets).
  if (/^https?:\/\//i.test(media)) {
    const caption = htmlToText(cell(row, 'media caption'));
    const credit = htmlToText(cell(row, 'media credit'));
    item.media = { src: media, alt: caption || title || 'Media', ...(caption && { caption }), ...(credit && { credit }) };
  }
  return item;
}

/** The column that holds a normalize() field (or normalizeEras()'s `eras[2].end`), in the sheet's own header words. */
function columnOf(field: string, timelineJs: boolean): string {
  const era = /^eras\[\d+\]\.(\w+)$/.exec(field)?.[1];
  if (era) field = ({ start: 'date', end: 'endDate', label: 'title' } as Record<string, string>)[era] ?? era;
  const [head = '', index] = field.split(/[[\].]+/).filter(Boolean);
  const n = index === undefined ? 1 : Number(index) + 1;
  if (timelineJs) {
    return (
      ({ id: 'Headline', date: 'Year', endDate: 'End Year', title: 'Headline', description: 'Text', category: 'Group', media: 'Media' } as Record<string, string>)[head] ?? head
    );
  }
  if (head === 'sources') return `source_${field.endsWith('label') ? 'label' : 'url'}${n > 1 ? `_${n}` : ''}`;
  if (head === 'media') return `media_${field.split('.').pop() ?? 'src'}`;
  return head === 'endDate' ? 'end_date' : head === 'dateNote' ? 'date_note' : head;
}

/** The text of a CSV file's bytes, in the charset its Content-Type declares (windows-1251, …), else UTF-8. */
function decode(bytes: ArrayBuffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * readCsv(text or bytes, contentType) → the rows of a spreadsheet published as CSV (RFC 4180, header row; bytes
 * are read in the charset `contentType` declares, else UTF-8, and a file that is not is reported), in either
 * column set: ours (`id, date, end_date, title, title_vi, …, source_url_2`) or TimelineJS3's Google Sheets
 * template (`Year, Month, Day, …, Headline, Text, Media, …, Type, Group`), recognised from the header.
 * Never throws. Pass `items` to normalize(), then its problems to locateProblems().
 */
export function readCsv(input: string | ArrayBuffer, contentType = ''): CsvSheet {
  const text = typeof input === 'string' ? input : decode(input, contentType);
  // Letters that did not decode: a file saved in a legacy encoding (Excel's "CSV" on Russian or Vietnamese Windows).
  const bad = text.indexOf('\uFFFD');
  const encoding: DataProblem[] =
    bad < 0
      ? []
      : [
          {
            index: -1,
            row: text.slice(0, bad).split('\n').length,
            message: `Row ${text.slice(0, bad).split('\n').length}: the file is not UTF-8, so its letters show as \uFFFD: save it as "CSV UTF-8", or serve it with its charset (text/csv; charset=windows-1251).`,
          },
        ];
  const sheet = readRows(text);
  sheet.problems.unshift(...encoding);
  return sheet;
}

function readRows(text: string): CsvSheet {
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const names = header.map((h) => h.trim().toLowerCase());
  const template = TIMELINEJS.every((name) => names.includes(name)) ? 'timelinejs' : 'ours';
  if (template === 'ours' && !(names.includes('date') && names.includes('title'))) {
    const message = `Row 1: the header must name the columns date and title (our template) or Year and Headline (TimelineJS3's); it has ${header.join(', ') || 'nothing'}.`;
    return { items: [], rows: [], eras: [], eraRows: [], template, problems: [{ index: -1, row: 1, message }] };
  }
  const sheet: CsvSheet = { items: [], rows: [], eras: [], eraRows: [], template, problems: [] };
  const twice = names.filter((name, k) => name && names.indexOf(name) !== k);
  if (twice.length) sheet.problems.push({ index: -1, row: 1, message: `Row 1: the column ${twice.join(', ')} appears twice; only the last is read.` });
  const used = new Set<string>();
  body.forEach((cells, i) => {
    // A quote never closed makes the rows after it one cell's text: a line of it with the header's commas was a row.
    const swallowed = cells.findIndex((c) =>
      c
        .split('\n')
        .slice(1)
        .some((line) => line.split(',').length >= names.length && names.length > 1),
    );
    if (swallowed >= 0)
      sheet.problems.push({
        index: -1,
        row: i + 2,
        message: `Row ${i + 2}, column ${header[swallowed]}: a quote (") is not closed, so the rows after it were read as this cell's text.`,
      });
    const row: Row = { cells: new Map(names.map((name, k) => [name, cells[k] ?? ''])), row: i + 2 };
    if (![...row.cells.values()].some((v) => v.trim() !== '')) return;
    if (template === 'timelinejs' && cell(row, 'type').toLowerCase() === 'title') {
      sheet.title = htmlToText(cell(row, 'headline')) || sheet.title;
      return;
    }
    const item = template === 'timelinejs' ? fromTimelineJs(row, used) : fromOurs(row);
    // A row of type `era` (either column set) is a named period: its date, end date and title are the era's.
    if (cell(row, 'type').toLowerCase() === 'era') {
      sheet.eras.push({ id: item.id, start: item.date, end: item.endDate, label: item.title });
      sheet.eraRows.push(row.row);
      return;
    }
    sheet.items.push(item);
    sheet.rows.push(row.row);
  });
  return sheet;
}

/**
 * locateProblems(problems, sheet, rows) → normalize()'s (or, with `sheet.eraRows`, normalizeEras()'s) problems
 * with the row and column a spreadsheet shows, named in the message too.
 */
export function locateProblems(problems: readonly DataProblem[], sheet: CsvSheet, rows = sheet.rows): DataProblem[] {
  return problems.map((p) => {
    const row = rows[p.index];
    const column = p.field ? columnOf(p.field, sheet.template === 'timelinejs') : undefined;
    return { ...p, ...(row !== undefined && { row }), ...(column && { column }), message: `Row ${row ?? '?'}${column ? `, column ${column}` : ''}: ${p.message}` };
  });
}

/**
 * normalizeCsv(input, contentType, normalize, normalizeEras?) → the sheet's valid milestones, its problems (the
 * sheet's own, then normalize()'s located by row and column) and its title; given normalizeEras, its eras too
 * (rows of type `era`), their problems located as well. The caller passes the normalizers in, so the bundle's
 * CSV chunk carries no second copy of them.
 */
export function normalizeCsv(
  input: string | ArrayBuffer,
  contentType: string,
  normalize: (items: unknown) => NormalizeResult,
  normalizeEras?: (eras: unknown) => NormalizeErasResult,
): NormalizeResult & { title?: string; eras?: Era[] } {
  const sheet = readCsv(input, contentType);
  const { milestones, problems } = normalize(sheet.items);
  const eras = normalizeEras?.(sheet.eras);
  return {
    milestones,
    problems: [...sheet.problems, ...locateProblems(problems, sheet), ...locateProblems(eras?.problems ?? [], sheet, sheet.eraRows)],
    ...(sheet.title !== undefined && { title: sheet.title }),
    ...(eras && { eras: eras.eras }),
  };
}
