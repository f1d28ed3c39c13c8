import { expect } from '@open-wc/testing';
import { centerOn, clampView, fitAll, panBy, revealTime, zoomAt, zoomToSpan } from '../../src/layout/view-window.js';
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

  it('zoomToSpan of a zero span (milestones on one date) gives the shortest window around it, never NaN', () => {
    const t = utcMs('1980-07-23');
    const z = zoomToSpan(t, t, 0.25);
    expect(Number.isFinite(z.start) && Number.isFinite(z.end)).to.equal(true);
    expect(z.end - z.start).to.be.closeTo(7 * DAY, 1);
    expect((z.start + z.end) / 2).to.be.closeTo(t, 1);
    const after = zoomAt(z, 0.5, 2);
    expect(after.end - after.start).to.be.closeTo(14 * DAY, 1);
  });

  it('clampView keeps a panned window inside the data plus its margin, same span', () => {
    const extent = { start: utcMs('1923-06-30'), end: utcMs('2025-09-30') };
    const bounds = fitAll(extent);
    const span = 10 * 365 * DAY;
    const far = clampView({ start: Date.UTC(61000, 0, 1), end: Date.UTC(61000, 0, 1) + span }, extent);
    expect(far.end).to.equal(bounds.end);
    expect(far.end - far.start).to.be.closeTo(span, 1);
    const early = clampView({ start: utcMs('1000-01-01'), end: utcMs('1000-01-01') + span }, extent);
    expect(early.start).to.equal(bounds.start);
  });

  it('clampView zooms out no further than the whole data, and in no further than a week', () => {
    const extent = { start: utcMs('1923-06-30'), end: utcMs('2025-09-30') };
    expect(clampView({ start: utcMs('1000-01-01'), end: utcMs('3000-01-01') }, extent)).to.deep.equal(fitAll(extent));
    const tiny = clampView({ start: utcMs('1950-01-30'), end: utcMs('1950-01-31') }, extent);
    expect(tiny.end - tiny.start).to.be.closeTo(7 * DAY, 1);
  });

  it('revealTime leaves a window that shows the time alone, and centres one that does not', () => {
    expect(revealTime({ start: 0, end: 100 }, 50)).to.deep.equal({ start: 0, end: 100 });
    expect(revealTime({ start: 0, end: 100 }, 500)).to.deep.equal({ start: 450, end: 550 });
  });
});
