import { expect } from '@open-wc/testing';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { scaleLinear as bundleScale } from '../../src/bundle-shims/d3-scale.js';
import { timeScale } from '../../src/layout/time-scale.js';

/** Windows from a day to two centuries, at 1923–2026 and around the epoch, onto 0–375 … 0–1,920 px. */
const CASES = Array.from({ length: 200 }, (_, i) => {
  const start = Date.UTC(1900 + ((i * 37) % 120), i % 12, 1 + (i % 28), i % 24) * (i % 17 === 0 ? -1 : 1);
  const span = Math.round(86_400_000 * [1, 7, 31, 365, 3650, 73_000][i % 6]! * (1 + (i % 5) / 3));
  return { start, end: start + span, width: [375, 768, 1200, 1920][i % 4]! };
});

describe('timeScale and the bundle’s stand-in for d3-scale', () => {
  it('maps UTC milliseconds onto pixels exactly as d3’s scaleUtc does', () => {
    for (const { start, end, width } of CASES) {
      const ours = timeScale({ start, end }, width);
      const d3 = scaleUtc()
        .domain([new Date(start), new Date(end)])
        .range([0, width]);
      // Whole milliseconds, as dates are (a Date drops a fraction).
      for (const t of [start, end, Math.round(start + (end - start) / 3), start - 86_400_000, end + 1]) expect(ours(t)).to.equal(d3(new Date(t)));
    }
  });

  it('the bundle’s stand-in gives d3’s scaleLinear figures to the last bit, and its domain and range', () => {
    for (const { start, end, width } of CASES) {
      const [ours, d3] = [bundleScale().domain([start, end]).range([0, width]), scaleLinear().domain([start, end]).range([0, width])];
      for (const t of [start, end, start + (end - start) * 0.123, start - 1e9, end + 1e9]) expect(ours(t)).to.equal(d3(t));
      expect(ours.domain()).to.deep.equal(d3.domain());
      expect(ours.range()).to.deep.equal(d3.range());
    }
    // A window of no length maps to the middle of the range, as d3's does.
    expect(bundleScale().domain([5, 5]).range([0, 100])(5)).to.equal(scaleLinear().domain([5, 5]).range([0, 100])(5));
  });
});
