/** The categories that have a built-in name, colour and shape, in the legend's order. */
export const BUILT_IN_CATEGORIES = ['diplomacy', 'economy', 'energy', 'science', 'culture', 'education', 'people'] as const;

export type BuiltInCategory = (typeof BUILT_IN_CATEGORIES)[number];

/** What a built-in category looks like and is called. */
export interface CategoryLook {
  /** Its name in each UI language. */
  name: { en: string; vi: string; ru: string };
  /** Its colour in the light and the dark scheme, each with 3:1 contrast on the scheme's page colour. */
  color: readonly [light: string, dark: string];
  /** Its marker's shape as a CSS clip-path, so categories differ without colour too; null for a disc. */
  shape: string | null;
}

/**
 * The one table of built-in categories: the legend, the markers' colours and shapes, and the names in every
 * language are read from it. Typed by BuiltInCategory, so a category added above without a row here (or a
 * row without a category) does not compile.
 */
export const CATEGORIES: Record<BuiltInCategory, CategoryLook> = {
  diplomacy: { name: { en: 'Diplomacy', vi: 'Ngoại giao', ru: 'Дипломатия' }, color: ['#c62828', '#ff7b72'], shape: null },
  economy: { name: { en: 'Economy', vi: 'Kinh tế', ru: 'Экономика' }, color: ['#1565c0', '#79b8ff'], shape: 'inset(0)' },
  energy: {
    name: { en: 'Energy', vi: 'Năng lượng', ru: 'Энергетика' },
    color: ['#b45309', '#f0b35b'],
    shape: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  },
  science: { name: { en: 'Science', vi: 'Khoa học', ru: 'Наука' }, color: ['#6a1b9a', '#d2a8ff'], shape: 'polygon(50% 0, 100% 100%, 0 100%)' },
  culture: {
    name: { en: 'Culture', vi: 'Văn hóa', ru: 'Культура' },
    color: ['#00796b', '#56d4bc'],
    shape: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  },
  education: {
    name: { en: 'Education', vi: 'Giáo dục', ru: 'Образование' },
    color: ['#2e7d32', '#7ee787'],
    shape: 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
  },
  people: {
    name: { en: 'People-to-people', vi: 'Giao lưu nhân dân', ru: 'Народная дипломатия' },
    color: ['#ad1457', '#f78fb3'],
    shape: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  },
};

/** isBuiltInCategory('economy') → true: the category has a row in CATEGORIES. */
export const isBuiltInCategory = (category: string): category is BuiltInCategory => Object.hasOwn(CATEGORIES, category);

/** categoryNames('vi') → each built-in category's name in that language, by category. */
export const categoryNames = (lang: keyof CategoryLook['name']): Record<string, string> =>
  Object.fromEntries(BUILT_IN_CATEGORIES.map((category) => [category, CATEGORIES[category].name[lang]]));
