import { expect } from '@open-wc/testing';
import { assignLanes, type LabelRequest } from '../../src/layout/lanes.js';

const overlap = (a: { left: number; width: number }, b: { left: number; width: number }) => a.left < b.left + b.width && b.left < a.left + a.width;

describe('assignLanes', () => {
  it('assignLanes(requests, 3 lanes) stacks crowded labels as a staircase: no overlap, and no stem crosses a label', () => {
    const requests: LabelRequest[] = [0, 10, 20].map((x) => ({ x, width: 100, importance: 2 }));
    const placed = assignLanes(requests, { laneCount: 3, viewWidth: 1000, gap: 8 });
    expect(placed.map((p) => p.lane)).to.deep.equal([2, 1, 0]);
  });

  it('assignLanes never lets a stem cross another label: a label that would be crossed goes elsewhere or is dropped', () => {
    const requests: LabelRequest[] = Array.from({ length: 60 }, (_, i) => ({ x: (i * 53) % 1200, width: 60 + (i % 5) * 30, importance: ((i % 3) + 1) as 1 | 2 | 3 }));
    const placed = assignLanes(requests, { laneCount: 6, viewWidth: 1280, gap: 8 });
    const boxes = placed.map((p, i) => ({ ...p, x: requests[i]!.x, right: p.left + requests[i]!.width })).filter((p) => p.lane !== null);
    expect(boxes.length).to.be.greaterThan(10);
    for (const a of boxes) for (const b of boxes) if (a !== b && b.lane! < a.lane!) expect(a.x >= b.left && a.x <= b.right, `stem at ${a.x} crosses [${b.left}, ${b.right}]`).to.equal(false);
  });

  it('assignLanes drops the lowest-importance label when lanes are full, and keeps the major ones', () => {
    const requests: LabelRequest[] = [
      { x: 0, width: 100, importance: 1 },
      { x: 20, width: 100, importance: 3 },
      { x: 10, width: 100, importance: 2 },
    ];
    const placed = assignLanes(requests, { laneCount: 2, viewWidth: 1000, gap: 8 });
    expect(placed[0]!.lane).to.equal(null);
    expect(placed[1]!.lane).to.equal(0);
    expect(placed[2]!.lane).to.equal(1);
  });

  it('assignLanes never places two labels of one lane over each other', () => {
    const requests: LabelRequest[] = Array.from({ length: 200 }, (_, i) => ({ x: (i * 37) % 1200, width: 40 + (i % 7) * 20, importance: ((i % 3) + 1) as 1 | 2 | 3 }));
    const placed = assignLanes(requests, { laneCount: 4, viewWidth: 1280, gap: 8 });
    const boxes = placed.map((p, i) => ({ ...p, width: requests[i]!.width })).filter((p) => p.lane !== null);
    expect(boxes.length).to.be.greaterThan(10);
    for (const a of boxes) for (const b of boxes) if (a !== b && a.lane === b.lane) expect(overlap(a, b)).to.equal(false);
  });

  it('assignLanes keeps labels inside the view by flipping them left of their marker', () => {
    const [p] = assignLanes([{ x: 990, width: 100, importance: 2 }], { laneCount: 1, viewWidth: 1000, gap: 8 });
    expect(p!.left).to.equal(890);
  });

  it('assignLanes with no lanes drops every label', () => {
    expect(assignLanes([{ x: 0, width: 10, importance: 3 }], { laneCount: 0, viewWidth: 100, gap: 0 })[0]!.lane).to.equal(null);
  });

  it('assignLanes puts a two-lane label where two lanes are free, above a one-lane label', () => {
    const placed = assignLanes(
      [
        { x: 60, width: 100, importance: 3 },
        { x: 50, width: 100, importance: 2, lanes: 2 },
        { x: 300, width: 100, importance: 2, lanes: 2 },
      ],
      { laneCount: 3, viewWidth: 1000, gap: 8 },
    );
    expect(placed.map((p) => p.lane)).to.deep.equal([0, 1, 0]);
  });

  it('assignLanes drops a two-lane label when only one lane is left, and a label wider than the view', () => {
    const placed = assignLanes(
      [
        { x: 0, width: 100, importance: 3 },
        { x: 20, width: 100, importance: 2, lanes: 2 },
        { x: 0, width: 2000, importance: 3 },
      ],
      { laneCount: 2, viewWidth: 1000, gap: 8 },
    );
    expect(placed.map((p) => p.lane)).to.deep.equal([0, null, null]);
  });
});
