import { expect } from '@open-wc/testing';
import { clampView, fitAll, panBy, revealSpan, zoomAt, zoomToSpan } from '../../src/layout/view-window.js';
import { utcMs } from '../helpers/milestones.js';

const DAY = 86_400_000;

describe('view window', () => {
  it('fitAll(extent) shows the whole extent with a small margin (2% of its span on each side)', () => {
    const extent = { start: utcMs('1923-06-30'), end: utcMs('2025-09-30') };
    const w = fitAll(extent);
    const pad = (extent.end - extent.start) * 0.02;
    expect(w.start).to.be.closeTo(extent.start - pad, 1);
    expect(w.end).to.be.closeTo(extent.end + pad, 1);
    expect(new Date(w.start).getUTCFullYear()).to.equal(1921);
    expect(new Date(w.end).getUTCFullYear()).to.equal(2027);
  });

  it('fitAll frames the markers: a period running on past the last marker (2024–2029) does not widen the window', () => {
    const w = fitAll({ start: utcMs('1923-06-30'), end: utcMs('2030-01-01'), lastStart: utcMs('2025-09-30') });
    expect(w.start).to.be.above(utcMs('1921-01-01'));
    expect(w.end).to.be.below(utcMs('2028-01-01'));
  });

  it('fitAll leaves at least about three months on each side, and gives a single date a year around it', () => {
    const short = fitAll({ start: utcMs('1980-01-01'), end: utcMs('1982-01-01') });
    expect(utcMs('1980-01-01') - short.start).to.be.at.least(90 * DAY);
    expect(short.end - utcMs('1982-01-01')).to.be.at.least(90 * DAY);
    const t = utcMs('1980-07-23');
    const one = fitAll({ start: t, end: t });
    expect(one.end - one.start).to.be.closeTo(365 * DAY, 1);
    expect((one.start + one.end) / 2).to.be.closeTo(t, 1);
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

  it('zoomToSpan shows the span with a margin', () => {
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

  it('clampView lets a reader pan to the end of a period that runs past the last marker, but zoom out no further than fitAll', () => {
    const extent = { start: utcMs('1923-06-30'), end: utcMs('2030-01-01'), lastStart: utcMs('2025-09-30') };
    const fit = fitAll(extent);
    const span = 5 * 365 * DAY;
    const late = clampView({ start: utcMs('2100-01-01'), end: utcMs('2100-01-01') + span }, extent);
    expect(late.end).to.be.above(utcMs('2030-01-01'));
    expect(late.end).to.be.below(utcMs('2033-01-01'));
    expect(late.end - late.start).to.be.closeTo(span, 1);
    const wide = clampView({ start: utcMs('1000-01-01'), end: utcMs('3000-01-01') }, extent);
    expect(wide.end - wide.start).to.be.closeTo(fit.end - fit.start, 1);
    expect(wide.start).to.be.at.least(fit.start);
    expect(wide.end).to.be.at.most(late.end);
  });

  it('revealSpan leaves a window that shows the span alone, pans one that does not only as far as needed, and zooms out only when the span is wider', () => {
    const w = { start: 0, end: 100 };
    expect(revealSpan(w, 50, 50)).to.equal(w);
    expect(revealSpan(w, 500, 500)).to.deep.equal({ start: 408, end: 508 }); // the time 8% inside the right edge
    expect(revealSpan(w, -300, -300)).to.deep.equal({ start: -308, end: -208 });
    const wider = revealSpan(w, 0, 200);
    expect(wider.end - wider.start).to.be.closeTo(200 / 0.84, 1e-9);
    expect((wider.start + wider.end) / 2).to.equal(100);
  });
});
