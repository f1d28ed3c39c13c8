// The strings of the table view (src/components/templates/table.ts), which the one-file bundle loads only when a
// reader opens the table or searches: they stay out of the element's own strings (strings.ts) for that reason.

export interface TableStrings {
  /** Column headers. */
  date: string;
  milestone: string;
  category: string;
  sources: string;
  era: string;
  /** The search box's label. */
  search: string;
  /** The download control's label, and its two formats' buttons. */
  download: string;
  /** When nothing matches the search. */
  none: string;
}

export const TABLE_STRINGS: Record<'en' | 'vi' | 'ru', TableStrings> = {
  en: {
    date: 'Date',
    milestone: 'Milestone',
    category: 'Category',
    sources: 'Sources',
    era: 'Era',
    search: 'Search',
    download: 'Download the data:',
    none: 'No milestone matches the search.',
  },
  vi: {
    date: 'Thời gian',
    milestone: 'Mốc sự kiện',
    category: 'Lĩnh vực',
    sources: 'Nguồn',
    era: 'Giai đoạn',
    search: 'Tìm kiếm',
    download: 'Tải xuống dữ liệu:',
    none: 'Không có mốc sự kiện nào khớp với từ khóa.',
  },
  ru: {
    date: 'Дата',
    milestone: 'Событие',
    category: 'Тема',
    sources: 'Источники',
    era: 'Период',
    search: 'Поиск',
    download: 'Скачать данные:',
    none: 'По запросу ничего не найдено.',
  },
};
