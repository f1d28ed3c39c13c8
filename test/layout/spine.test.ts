import { expect } from '@open-wc/testing';
import { layoutSpine } from '../../src/layout/spine.js';
import { indexTimeline } from '../../src/layout/timeline-index.js';
import { milestone, utcMs } from '../helpers/milestones.js';

describe('layoutSpine', () => {
  const index = indexTimeline([
    milestone({ id: 'a', date: '1923-06-30' }),
    milestone({ id: 'b', date: '1950-01-30' }),
    milestone({ id: 'c', date: '1950-01-30' }),
    milestone({ id: 'd', date: '1951-02' }),
  ]);

  it('layoutSpine(index) spaces cards by time: longer silences get more room, capped', () => {
    const gaps = layoutSpine(index).map((s) => s.gap);
    expect(gaps[0]).to.equal(0);
    expect(gaps[2]).to.equal(8);
    expect(gaps[3]).to.be.greaterThan(gaps[2]!);
    expect(gaps[1]).to.be.greaterThan(gaps[3]!);
    expect(gaps[1]).to.equal(8 + 40);
  });

  it('layoutSpine marks the year on the first card of each year, in UTC', () => {
    expect(layoutSpine(index).map((s) => s.year)).to.deep.equal([utcMs('1923-01-01'), utcMs('1950-01-01'), null, utcMs('1951-01-01')]);
  });
});
