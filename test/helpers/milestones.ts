import type { Milestone } from '../../src/model/milestone.js';

let counter = 0;

/** milestone({ date: '1950-01-30' }) → a valid milestone with defaults for everything not given. */
export function milestone(overrides: Partial<Milestone> = {}): Milestone {
  counter += 1;
  return {
    id: `m-${counter}`,
    date: '2000-01-01',
    title: `Milestone ${counter}`,
    ...overrides,
  };
}

/** utcMs('1950-01-30') → UTC milliseconds of that calendar day (never local time). */
export function utcMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The five milestones the stories page and the element tests use. */
export const FIVE: Milestone[] = [
  { id: 'a-1923', date: '1923-06-30', title: 'Arrival in Petrograd', category: 'people', importance: 3 },
  { id: 'b-1950', date: '1950-01-30', title: 'Diplomatic relations', category: 'diplomacy', importance: 3, description: 'First paragraph.\n\nSecond paragraph.', sources: [{ label: 'Source one', url: 'https://example.org/one' }] },
  { id: 'c-1980', date: '1980-07-23', endDate: '1980-07-31', title: 'Soyuz 37', category: 'science' },
  { id: 'd-1994', date: '1994-06', title: 'Treaty on friendly relations', category: 'diplomacy', importance: 2 },
  { id: 'e-2025', date: '2025', title: 'People’s Forum', category: 'people', importance: 1 },
];
