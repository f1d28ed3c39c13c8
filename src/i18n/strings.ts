import { en } from './en.js';
import { ru } from './ru.js';
import { vi } from './vi.js';

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

const ALL: Record<string, UiStrings> = { en, vi, ru };

/** The languages with UI strings. */
export const SUPPORTED_LANGS = Object.keys(ALL);

/** resolveLang('vi-VN') → 'vi'; any language without strings → 'en'. */
export function resolveLang(lang: string | null | undefined): string {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(ALL, base) ? base : 'en';
}

/** stringsFor(lang) → the UI strings of that language, or English. */
export function stringsFor(lang: string): UiStrings {
  return ALL[resolveLang(lang)] ?? en;
}
