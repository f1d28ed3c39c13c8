import { categoryNames } from '../model/categories.js';
import { en } from './en.js';
import { language } from './languages.js';
import { TIMELINE_TITLES } from './titles.js';

/** Every user-facing string of the element. `en` is the source of truth for keys. */
export interface UiStrings {
  /** Accessible name of the timeline when it shows the built-in Vietnam–Russia data. */
  timeline: string;
  /** Accessible name of a timeline of the page's own data (no `label` given). */
  timelineGeneric: string;
  /** Accessible name of the legend's group of category toggles. */
  legend: string;
  /** The story buttons of the detail. */
  previous: string;
  next: string;
  /** Shown when the data could not be loaded. */
  loadFailed: string;
  /** The button that loads the data again after a failure. */
  retry: string;
  /** Accessible name of the list of milestones. */
  milestones: string;
  /** Accessible name of the list of eras under the axis. */
  eras: string;
  /** The toggle in the bar that shows the milestones as a table (pressed while it does). */
  table: string;
  /** The guided tour's control (part `play`): starts it, and pauses it while it plays. */
  play: string;
  pause: string;
  /** Accessible name of the zoom buttons' group. */
  zoom: string;
  zoomIn: string;
  zoomOut: string;
  resetView: string;
  close: string;
  sources: string;
  loading: string;
  noMilestones: string;
  /** Names of the built-in categories, from the category table (model/categories.ts). */
  categories: Record<string, string>;
  /** Accessible name of a cluster: count and span. */
  clusterName: (count: number, from: string, to: string) => string;
  /** Announced when a milestone's detail opens. */
  selectedNotice: (title: string) => string;
  /** Announced after the view settles: brief. */
  viewNotice: (from: string, to: string, count: number) => string;
  /** The button under a collapsed spine that shows every milestone, and back; announced after either. */
  showAll: (count: number) => string;
  keyEventsOnly: (count: number) => string;
  shown: (count: number) => string;
  /** Credit line prefix for an image. */
  credit: string;
  /** The words before the date of a milestone's last editorial change ("Updated 13 February 2026") and of a correction ("Correction, 13 February 2026:"). */
  updated: string;
  correction: string;
  /** The end of a cluster's preview: how many members it does not list. */
  moreMilestones: (count: number) => string;
}

/** A language's own strings (en.ts, vi.ts, ru.ts): the timeline's name, the category names and "Loading" come from tables here. */
export type LanguageStrings = Omit<UiStrings, 'timeline' | 'categories' | 'loading'>;

/** The languages with UI strings. English is always at hand; Vietnamese and Russian once loaded (languages.ts). */
export const SUPPORTED_LANGS = ['en', 'vi', 'ru'] as const;

type Lang = (typeof SUPPORTED_LANGS)[number];

/** Said while a language's strings are on their way, so a reader never sees another language first. */
const LOADING: Record<Lang, string> = { en: 'Loading timeline…', vi: 'Đang tải dòng thời gian…', ru: 'Загрузка хроники…' };

const built = new Map<string, UiStrings>();

/** resolveLang('vi-VN') → 'vi'; any language without strings → 'en'. */
export function resolveLang(lang: string | null | undefined): Lang {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return SUPPORTED_LANGS.find((l) => l === base) ?? 'en';
}

/** hasLanguage('ru') → whether that language's strings and dates are at hand (always, but in the one-file bundle before its first use). */
export const hasLanguage = (lang: string): boolean => {
  const l = resolveLang(lang);
  return l === 'en' || !!language(l);
};

/**
 * stringsFor(lang) → the UI strings of that language, or English. A language not yet at hand (hasLanguage) has
 * English strings with its own name and "Loading" line.
 */
export function stringsFor(lang: string): UiStrings {
  const l = resolveLang(lang);
  const own = l === 'en' ? en : language(l)?.strings;
  const key = own ? l : `${l}?`;
  let strings = built.get(key);
  if (!strings) built.set(key, (strings = { ...(own ?? en), timeline: TIMELINE_TITLES[l], categories: categoryNames(own ? l : 'en'), loading: LOADING[l] }));
  return strings;
}
