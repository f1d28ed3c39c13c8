import { expect } from '@open-wc/testing';
import { centerOn, fitAll, panBy, zoomAt, zoomToSpan } from '../../src/layout/view-window.js';
import { utcMs } from '../helpers/milestones.js';

const DAY = 86_400_000;

describe('view window', () => {
  it('fitAll(extent) shows the whole extent with a margin', () => {
    const w = fitAll({ start: utcMs('1923-06-30'), end: utcMs('2025-09-30') });
    expect(w.start).to.be.below(utcMs('1923-06-30'));
    expect(w.end).to.be.above(utcMs('2025-09-30'));
  });

  it('zoomAt(window, anchor, 0.5) halves the span and keeps the date under the anchor in place', () => {
    const w = { start: utcMs('1900-01-01'), end: utcMs('2000-01-01') };
    const z = zoomAt(w, 0.25, 0.5);
    const atAnchor = w.start + (w.end - w.start) * 0.25;
    expect(z.end - z.start).to.be.closeTo((w.end - w.start) / 2, 1);
    expect(z.start + (z.end - z.start) * 0.25).to.be.closeTo(atAnchor, 1);
  });

  it('zoomAt does not zoom in past a week or modify the given window', () => {
    const w = { start: utcMs('2000-01-01'), end: utcMs('2000-01-10') };
    const z = zoomAt(w, 0.5, 0.01);
    expect(z.end - z.start).to.be.closeTo(7 * DAY, 1);
    expect(w).to.deep.equal({ start: utcMs('2000-01-01'), end: utcMs('2000-01-10') });
  });

  it('panBy(window, 0.5) moves by half a span', () => {
    const w = { start: 0, end: 100 };
    expect(panBy(w, 0.5)).to.deep.equal({ start: 50, end: 150 });
  });

  it('centerOn and zoomToSpan put the time in the middle', () => {
    expect(centerOn({ start: 0, end: 100 }, 500)).to.deep.equal({ start: 450, end: 550 });
    const z = zoomToSpan(utcMs('2025-01-14'), utcMs('2025-09-30'));
    expect(z.start).to.be.below(utcMs('2025-01-14'));
    expect(z.end).to.be.above(utcMs('2025-09-30'));
  });
});
