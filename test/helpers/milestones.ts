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

/** The five milestones the stories page and the element tests share. */
export { FIVE } from '../../stories/fixtures.js';
