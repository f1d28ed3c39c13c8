import type { LanguageStrings } from './strings.js';

const plural = new Intl.PluralRules('en');

export const en: LanguageStrings = {
  timelineGeneric: 'Timeline',
  legend: 'Categories',
  previous: 'Previous',
  next: 'Next',
  loadFailed: 'The timeline could not be loaded.',
  retry: 'Retry',
  milestones: 'Milestones',
  eras: 'Eras',
  table: 'Table',
  play: 'Play',
  pause: 'Pause',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Show all',
  close: 'Close',
  sources: 'Sources',
  noMilestones: 'No milestones to show.',
  clusterName: (n, from, to) => `${n} ${plural.select(n) === 'one' ? 'milestone' : 'milestones'}, ${from} – ${to}. Zoom in to see them.`,
  selectedNotice: (title) => `${title}: details open`,
  viewNotice: (from, to, n) => `${from} – ${to}: ${n} ${plural.select(n) === 'one' ? 'milestone' : 'milestones'}`,
  showAll: (n) => `Show all ${n} milestones`,
  keyEventsOnly: (n) => `Show only the ${n} key events`,
  shown: (n) => `${n} ${plural.select(n) === 'one' ? 'milestone' : 'milestones'} shown`,
  credit: 'Credit',
  updated: 'Updated',
  correction: 'Correction,',
  moreMilestones: (n) => `+${n} more`,
};
