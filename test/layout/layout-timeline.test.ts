import { expect } from '@open-wc/testing';
import { cellSize, clusterCells, clusterRuns } from '../../src/layout/clusters.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { indexTimeline } from '../../src/layout/timeline-index.js';
import type { TimelineIndex } from '../../src/layout/types.js';
import { visibleItems } from '../../src/layout/visible.js';
import type { Milestone } from '../../src/model/milestone.js';
import { FIVE, milestone, utcMs } from '../helpers/milestones.js';

const window = (from: string, to: string) => ({ start: utcMs(from), end: utcMs(to) });
const labelShapes = () => [{ width: 120, lanes: 1 }];

/** The index with its items counted as they are read, to check what a layout touches. */
function countingReads(index: TimelineIndex): { counted: TimelineIndex; reads: () => number } {
  let reads = 0;
  const items = new Proxy(index.items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { counted: { ...index, items }, reads: () => reads };
}

function many(n: number): Milestone[] {
  return Array.from({ length: n }, (_, i) => milestone({ id: `m${i}`, date: `${1900 + Math.floor(i / 100)}-${String((i % 12) + 1).padStart(2, '0')}` }));
}

describe('indexTimeline and visibleSlice', () => {
  it('indexTimeline sorts by start and knows the extent', () => {
    const index = indexTimeline([FIVE[3]!, FIVE[0]!]);
    expect(index.items.map((i) => i.milestone.id)).to.deep.equal(['a-1923', 'd-1994']);
    expect(index.extent).to.deep.equal({ start: utcMs('1923-06-30'), end: utcMs('1994-06-01'), lastStart: utcMs('1994-06-01') });
    expect(index.positions.get('d-1994')).to.equal(1);
  });

  it('indexTimeline: the extent ends where the last period ends, and lastStart is where the last marker sits', () => {
    const index = indexTimeline([milestone({ id: 'plan', date: '2024', endDate: '2029' }), milestone({ id: 'last', date: '2025-09-30' })]);
    expect(index.extent).to.deep.equal({ start: utcMs('2024-01-01'), end: utcMs('2030-01-01'), lastStart: utcMs('2025-09-30') });
  });

  it('indexTimeline: an ongoing period (endDate "..") runs to the end of today, UTC', () => {
    const index = indexTimeline([milestone({ id: 'partnership', date: '2012-07', endDate: '..' })]);
    const today = new Date().toISOString().slice(0, 10);
    expect(index.items[0]!.end).to.equal(utcMs(today) + 86_400_000);
    expect(index.extent!.end).to.equal(utcMs(today) + 86_400_000);
  });

  it('visibleItems finds a period that began before the window', () => {
    const index = indexTimeline([milestone({ id: 'long', date: '1979-11-06', endDate: '1994-12-20' }), milestone({ id: 'after', date: '2000' })]);
    const found = visibleItems(index, window('1990-01-01', '1991-01-01'));
    expect(found.map((i) => index.items[i]!.milestone.id)).to.deep.equal(['long']);
  });

  it('layoutTimeline reads a one-year window of 10,000 milestones, one of them a period of a century, without reading the century', () => {
    const index = indexTimeline([milestone({ id: 'century', date: '1900-01-01', endDate: '2000-01-01' }), ...many(10_000)]);
    const { counted, reads } = countingReads(index);
    const layout = layoutTimeline({ index: counted, window: window('1950-01-01', '1950-12-31'), width: 1280, laneCount: 4, labelShapes });
    expect(layout.markers.flatMap((m) => m.items).map((i) => index.items[i]!.milestone.id)).to.include('century');
    expect(reads()).to.be.below(1000);
  });

  it('layoutTimeline reads only the milestones near the window, not all 10,000', () => {
    const index = indexTimeline(many(10_000));
    const { counted, reads } = countingReads(index);
    const layout = layoutTimeline({ index: counted, window: window('1950-01-01', '1950-12-31'), width: 1280, laneCount: 4, labelShapes });
    expect(layout.markers.reduce((n, m) => n + m.items.length, 0)).to.equal(100);
    expect(reads()).to.be.below(1000);
  });
});

describe('layoutTimeline', () => {
  it('layoutTimeline places every visible milestone in date order with its x position', () => {
    const index = indexTimeline(FIVE);
    const layout = layoutTimeline({ index, window: window('1920-01-01', '2030-01-01'), width: 1100, laneCount: 4, labelShapes });
    expect(layout.markers.map((m) => m.key)).to.deep.equal(FIVE.map((m) => m.id));
    const xs = layout.markers.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    expect(layout.markers[0]!.x).to.be.closeTo(((utcMs('1923-06-30') - utcMs('1920-01-01')) / (utcMs('2030-01-01') - utcMs('1920-01-01'))) * 1100, 0.01);
  });

  it('layoutTimeline leaves out milestones outside the window', () => {
    const layout = layoutTimeline({ index: indexTimeline(FIVE), window: window('1940-01-01', '1960-01-01'), width: 800, laneCount: 4, labelShapes });
    expect(layout.markers.map((m) => m.key)).to.deep.equal(['b-1950']);
  });

  it('layoutTimeline gives a period an end position', () => {
    const layout = layoutTimeline({ index: indexTimeline(FIVE), window: window('1980-07-01', '1980-08-15'), width: 900, laneCount: 4, labelShapes });
    const soyuz = layout.markers.find((m) => m.key === 'c-1980')!;
    expect(soyuz.endX! - soyuz.x).to.be.closeTo((9 / 45) * 900, 1);
  });

  it('layoutTimeline gathers markers closer than 20 px into a cluster even when few are visible, so no marker covers another', () => {
    const two = [milestone({ id: 'x', date: '1980-07-23' }), milestone({ id: 'y', date: '1980-09-01' }), milestone({ id: 'z', date: '2000' })];
    const layout = layoutTimeline({ index: indexTimeline(two), window: window('1920-01-01', '2030-01-01'), width: 1280, laneCount: 4, labelShapes });
    expect(layout.markers.map((m) => [m.kind, m.items.length])).to.deep.equal([
      ['cluster', 2],
      ['milestone', 1],
    ]);
    const xs = layout.markers.map((m) => m.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).to.be.at.least(20);
  });

  it('layoutTimeline gives a two-line label two lanes and drops a label that does not fit', () => {
    const index = indexTimeline(FIVE);
    const layout = layoutTimeline({
      index,
      window: window('1920-01-01', '2030-01-01'),
      width: 1280,
      laneCount: 4,
      labelShapes: (i) => (index.items[i]!.milestone.id === 'b-1950' ? [{ width: 200, lanes: 2 }] : i === 4 ? [] : [{ width: 120, lanes: 1 }]),
    });
    const b = layout.markers.find((m) => m.key === 'b-1950')!;
    expect([b.lane, b.labelLanes, b.labelWidth]).to.deep.equal([0, 2, 200]);
    expect(layout.markers[4]!.lane).to.equal(null);
  });

  it('layoutTimeline with keep (a moving view) keeps each label’s lane and offset from its marker, and measures none', () => {
    const index = indexTimeline(FIVE);
    const settled = layoutTimeline({ index, window: window('1920-01-01', '2030-01-01'), width: 1280, laneCount: 4, labelShapes });
    let measured = 0;
    const moving = layoutTimeline({
      index,
      window: window('1918-01-01', '2029-01-01'),
      width: 1280,
      laneCount: 4,
      labelShapes: () => (measured++, labelShapes()),
      keep: settled,
    });
    expect(measured).to.equal(0);
    const labelled = settled.markers.filter((m) => m.lane !== null);
    expect(labelled.length).to.be.greaterThan(1);
    for (const was of labelled) {
      const now = moving.markers.find((m) => m.key === was.key)!;
      expect([now.lane, now.labelWidth, now.labelLanes], was.key).to.deep.equal([was.lane, was.labelWidth, was.labelLanes]);
      expect(now.labelLeft - now.x, was.key).to.be.closeTo(was.labelLeft - was.x, 1e-9);
      expect(now.x, was.key).to.not.equal(was.x);
    }
  });

  it('layoutTimeline with keep says how far a view that only panned has moved, so each marker can stay where it was drawn', () => {
    const index = indexTimeline(FIVE);
    const settled = layoutTimeline({ index, window: window('1920-01-01', '2030-01-01'), width: 1280, laneCount: 4, labelShapes });
    expect(settled.panned).to.equal(null);
    const span = settled.window.end - settled.window.start;
    const shift = span * 0.07;
    const panned = layoutTimeline({
      index,
      window: { start: settled.window.start + shift, end: settled.window.end + shift },
      width: 1280,
      laneCount: 4,
      labelShapes,
      keep: settled,
    });
    expect(panned.panned).to.be.closeTo(1280 * 0.07, 1e-6);
    // x + panned is where the settled layout drew it, for every marker both show away from the edges.
    for (const m of panned.markers.filter((m) => m.x > 20 && m.x < 1260)) {
      const was = settled.markers.find((w) => w.key === m.key);
      if (was) expect(m.x + panned.panned!, m.key).to.be.closeTo(was.x, 1e-6);
    }
    // A zoom is no pan.
    const zoomed = layoutTimeline({ index, window: { start: settled.window.start, end: settled.window.end - shift }, width: 1280, laneCount: 4, labelShapes, keep: settled });
    expect(zoomed.panned).to.equal(null);
  });

  it('layoutTimeline clusters crowded markers when many are visible, keeping every milestone in some marker', () => {
    const index = indexTimeline(many(10_000));
    const layout = layoutTimeline({ index, window: window('1900-01-01', '2000-01-01'), width: 1280, laneCount: 4, labelShapes });
    expect(layout.markers.length).to.be.below(200);
    expect(layout.markers.some((m) => m.kind === 'cluster')).to.equal(true);
    expect(layout.markers.reduce((n, m) => n + m.items.length, 0)).to.equal(10_000);
  });

  it('clusterCells keeps every group while the view zooms within a power of two, so markers keep their nodes', () => {
    const DAY = 86_400_000;
    // Irregular gaps of 0–5 days, from a fixed pseudo-random sequence.
    let seed = 7;
    let day = 0;
    const starts = Array.from({ length: 300 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Date.UTC(1990, 0, 1) + (day += Math.floor((seed / 2 ** 31) * 6)) * DAY;
    });
    const groups = (spanDays: number) => {
      const pxPerMs = 1000 / (spanDays * DAY);
      const xs = starts.map((t) => (t - starts[0]!) * pxPerMs);
      return clusterCells(starts, xs, cellSize(pxPerMs, 20), 20).map(([a]) => a);
    };
    expect(cellSize(1000 / (1000 * DAY), 20)).to.equal(cellSize(1000 / (900 * DAY), 20));
    expect(groups(900)).to.deep.equal(groups(1000));
    // clusterRuns, anchored on whichever position starts a run, regroups on the same zoom step.
    const runs = (spanDays: number) =>
      clusterRuns(
        starts.map((t) => (t - starts[0]!) * (1000 / (spanDays * DAY))),
        20,
      ).map(([a]) => a);
    expect(runs(900)).to.not.deep.equal(runs(1000));
  });

  it('clusterCells never leaves two groups closer than the gap', () => {
    const xs = [0, 3, 19, 21, 40, 41, 90];
    const starts = [0, 1, 2, 3, 4, 5, 6].map((d) => d * 86_400_000);
    const runs = clusterCells(starts, xs, 86_400_000, 20);
    const firsts = runs.map(([a]) => xs[a]!);
    for (let k = 1; k < firsts.length; k++) expect(firsts[k]! - firsts[k - 1]!).to.be.at.least(20);
    expect(runs.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
  });

  it('clusterRuns groups positions closer than the gap', () => {
    expect(clusterRuns([0, 1, 2, 30, 31, 100], 10)).to.deep.equal([
      [0, 3],
      [3, 5],
      [5, 6],
    ]);
    expect(clusterRuns([], 10)).to.deep.equal([]);
  });

  it('layoutTimeline leaves out ticks whose labels the edges would cut', () => {
    const layout = layoutTimeline({ index: indexTimeline(FIVE), window: window('1919-06-01', '2030-06-01'), width: 1280, laneCount: 2, labelShapes });
    expect(layout.ticks.length).to.be.greaterThan(5);
    expect(layout.ticks.every((t) => t.x >= 24 && t.x <= 1256)).to.equal(true);
  });

  it('layoutTimeline does not modify the given window', () => {
    const w = window('1920-01-01', '2030-01-01');
    const copy = { ...w };
    layoutTimeline({ index: indexTimeline(FIVE), window: w, width: 500, laneCount: 2, labelShapes });
    expect(w).to.deep.equal(copy);
  });
});

describe('layoutTimeline: the reading rule', () => {
  const item = (id: string, date: string, importance: 1 | 2 | 3) => milestone({ id, date, importance });
  const shapesOf = (width: number) => () => [{ width, lanes: 1 }];
  const titledIds = (index: TimelineIndex, layout: ReturnType<typeof layoutTimeline>) =>
    layout.markers.filter((m) => m.lane !== null).map((m) => index.items[m.lead]!.milestone.id);

  it('titles the important milestones first, and no lesser one once an important one finds no place', () => {
    // Five milestones within 40 px, one lane: only one title fits there, and it is the importance-3 one.
    const index = indexTimeline([
      item('minor', '1950-01-01', 1),
      item('mid', '1951-01-01', 2),
      item('major', '1952-01-01', 3),
      item('major-2', '1953-01-01', 3),
      item('far-minor', '2020-01-01', 1),
    ]);
    const layout = layoutTimeline({ index, window: window('1940-01-01', '2030-01-01'), width: 1000, laneCount: 1, labelShapes: shapesOf(300) });
    const titled = titledIds(index, layout);
    expect(titled).to.include('major-2');
    // One importance-3 title found no place, so no importance-1 title anywhere, even where there was room.
    expect(titled).to.not.include('far-minor');
    expect(titled).to.not.include('minor');
  });

  it('a labelled milestone stands alone; an unlabelled one on its marker joins it and the label says +N', () => {
    const index = indexTimeline([item('a', '1950-01-01', 3), item('b', '1950-03-01', 1), item('c', '1990-01-01', 2)]);
    let asked = -1;
    const layout = layoutTimeline({
      index,
      window: window('1940-01-01', '2000-01-01'),
      width: 1000,
      laneCount: 1,
      labelShapes: (i, more) => (index.items[i]!.milestone.id === 'a' && (asked = more), [{ width: 900, lanes: 1 }]),
    });
    const a = layout.markers.find((m) => m.key === 'a')!;
    expect([a.kind, a.items.length, a.lane]).to.deep.equal(['cluster', 2, 0]);
    expect(asked).to.equal(1);
  });

  it('draws the pinned milestones as themselves, never inside a cluster', () => {
    const index = indexTimeline([item('a', '1950-01-01', 3), item('b', '1950-01-02', 1), item('c', '1950-01-03', 1)]);
    const layout = layoutTimeline({ index, window: window('1900-01-01', '2000-01-01'), width: 1000, laneCount: 0, labelShapes: shapesOf(100), pinned: [1] });
    const b = layout.markers.find((m) => m.items.includes(1))!;
    expect([b.kind, b.key]).to.deep.equal(['milestone', 'b']);
  });

  it('keeps the item keyboard focus is on drawn at the near edge after the view moved past it', () => {
    const index = indexTimeline([item('a', '1950-01-01', 3), item('b', '1990-01-01', 1)]);
    const layout = layoutTimeline({ index, window: window('1980-01-01', '2000-01-01'), width: 1000, laneCount: 2, labelShapes: shapesOf(100), held: 0 });
    const a = layout.markers.find((m) => m.key === 'a')!;
    expect(a.x).to.equal(12);
  });

  it('draws no marker half outside the track: every x is at least 12 px inside either end', () => {
    const index = indexTimeline([item('a', '1950-01-01', 3), item('b', '1999-12-31', 3)]);
    const layout = layoutTimeline({ index, window: window('1950-01-01', '2000-01-01'), width: 1000, laneCount: 2, labelShapes: shapesOf(100) });
    expect(layout.markers.map((m) => m.x)).to.deep.equal([12, 988]);
  });
});
