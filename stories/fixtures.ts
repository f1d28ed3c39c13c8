import type { Milestone } from '../src/model/milestone.js';

/** A newsroom's own five milestones: what a developer passes as `milestones`. Tests use them too. */
export const FIVE: Milestone[] = [
  { id: 'a-1923', date: '1923-06-30', title: 'Arrival in Petrograd', category: 'people', importance: 3 },
  {
    id: 'b-1950',
    date: '1950-01-30',
    title: 'Diplomatic relations',
    category: 'diplomacy',
    importance: 3,
    description: 'First paragraph.\n\nSecond paragraph.',
    sources: [{ label: 'Source one', url: 'https://example.org/one' }],
  },
  { id: 'c-1980', date: '1980-07-23', endDate: '1980-07-31', title: 'Soyuz 37', category: 'science' },
  { id: 'd-1994', date: '1994-06', title: 'Treaty on friendly relations', category: 'diplomacy', importance: 2 },
  { id: 'e-2025', date: '2025', title: 'People’s Forum', category: 'people', importance: 1 },
];

/** Data with mistakes a CMS might produce: the valid items still show, the rest are reported. */
export const BROKEN: unknown[] = [
  ...FIVE.slice(0, 3),
  { id: 'bad-date', date: '1950-02-30', title: 'A day that never was' },
  { id: 'Bad Id!', date: '1960', title: 'Spaces in the id' },
  { id: 'evil-link', date: '1970', title: 'Script link', sources: [{ label: 'click me', url: 'javascript:alert(1)' }] },
  { id: 'html-title', date: '1990', title: '<b>Bold?</b> <img src=x onerror=alert(1)> stays text' },
];
