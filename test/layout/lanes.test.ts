import { expect } from '@open-wc/testing';
import { LabelLanes, type LabelPlacement } from '../../src/layout/lanes.js';

const one = (width: number) => [{ width, lanes: 1 }];
const box = (p: LabelPlacement) => ({ left: p.left, right: p.left + p.width, lane: p.lane, top: p.lane + p.lanes });

describe('LabelLanes', () => {
  it('stacks labels of close markers in the lowest free lanes and never overlaps two of them', () => {
    const lanes = new LabelLanes({ laneCount: 4, viewWidth: 1000, gap: 8 });
    const placed = [400, 410, 420, 430, 440, 450].reverse().map((x) => lanes.place(x, one(150))!);
    expect(placed.every(Boolean)).to.equal(true);
    expect(Math.max(...placed.map((p) => p.lane))).to.be.below(4);
    const boxes = placed.map(box);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(a.lane === b.lane && a.left < b.right && b.left < a.right).to.equal(false);
  });

  it('lets a stem pass behind a lower label, but never along its edge, where it would seem to be that label’s', () => {
    const lanes = new LabelLanes({ laneCount: 3, viewWidth: 1000, gap: 8 });
    expect(lanes.place(100, one(300))!.lane).to.equal(0); // a label over 100–400 in lane 0
    // A marker at 250 stands under the middle of that label: its stem passes behind it to lane 1.
    expect(lanes.place(250, one(100))).to.include({ lane: 1 });
    // A marker at 102 stands on the label's left edge: no lane above it is allowed through the edge, and the
    // label goes to the right of the one in lane 1 instead, where nothing stands in its way… or nowhere.
    const edge = lanes.place(102, one(100));
    if (edge) expect(edge.lane).to.equal(0);
  });

  it('keeps labels inside the view by ending them at their marker near the right edge', () => {
    const lanes = new LabelLanes({ laneCount: 1, viewWidth: 1000, gap: 8 });
    const p = lanes.place(990, one(100))!;
    expect([p.lane, p.left]).to.deep.equal([0, 890]);
  });

  it('takes the second shape (two lines, two lanes) where the first does not fit', () => {
    const lanes = new LabelLanes({ laneCount: 3, viewWidth: 500, gap: 8 });
    const p = lanes.place(0, [
      { width: 600, lanes: 1 },
      { width: 300, lanes: 2 },
    ])!;
    expect([p.lane, p.lanes, p.width]).to.deep.equal([0, 2, 300]);
    expect(lanes.place(0, [{ width: 300, lanes: 2 }])).to.equal(null); // one lane left: a two-lane label cannot go there
  });

  it('with no lanes, or a label wider than the view, places nothing', () => {
    expect(new LabelLanes({ laneCount: 0, viewWidth: 100, gap: 0 }).place(0, one(10))).to.equal(null);
    expect(new LabelLanes({ laneCount: 3, viewWidth: 100, gap: 0 }).place(0, one(101))).to.equal(null);
  });

  it('roomAt says no once every lane is taken at a marker, so a crowded view measures no more titles', () => {
    const lanes = new LabelLanes({ laneCount: 2, viewWidth: 1000, gap: 8 });
    lanes.place(0, one(600));
    expect(lanes.roomAt(500)).to.equal(true);
    expect(lanes.place(300, one(600))).to.include({ lane: 1 });
    expect(lanes.roomAt(500)).to.equal(false);
  });
});
