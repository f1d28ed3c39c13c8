import { expect } from '@open-wc/testing';
import { eraHeadings, eraSpan, placeEras } from '../../src/layout/eras.js';
import { indexTimeline } from '../../src/layout/timeline-index.js';
import type { Era } from '../../src/model/milestone.js';

const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);
const ERAS: Era[] = [
  { id: 'a', start: '1950', end: '1974', label: 'A' },
  { id: 'b', start: '1975-04-30', end: '1991-12-26', label: 'B' },
  { id: 'c', start: '2012-07-27', end: '..', label: 'C' },
];

describe('eras layout', () => {
  it('eraSpan runs from the start of the first date to the end of the last, and an open end to the end of today (UTC)', () => {
    expect(eraSpan(ERAS[0]!)).to.deep.equal({ start: utc(1950), end: utc(1975) });
    expect(eraSpan(ERAS[1]!)).to.deep.equal({ start: utc(1975, 3, 30), end: utc(1991, 11, 27) });
    const now = new Date();
    expect(eraSpan(ERAS[2]!).end).to.equal(utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  });

  it('placeEras cuts the bands to the view, leaves out the eras it does not show and keeps each era’s place for its tint', () => {
    const bands = placeEras(ERAS, { start: utc(1960), end: utc(1980) }, 200);
    expect(bands.map((b) => [b.era.id, b.n, Math.round(b.x0), Math.round(b.x1)])).to.deep.equal([
      ['a', 0, 0, 150],
      ['b', 1, 153, 200],
    ]);
  });

  it('eraHeadings puts each era’s heading at its first milestone; an era with none has no heading', () => {
    const index = indexTimeline([
      { id: 'x', date: '1960', title: 'x' },
      { id: 'y', date: '1965', title: 'y' },
      { id: 'z', date: '2020', title: 'z' },
    ]);
    const at = eraHeadings(ERAS, index);
    expect([...at].map(([i, eras]) => [i, eras.map((e) => e.id)])).to.deep.equal([
      [0, ['a']],
      [2, ['c']],
    ]);
  });
});
