/** A label that wants a place: anchored at `x`, `width` pixels wide, `lanes` lanes tall (default 1). */
export interface LabelRequest {
  x: number;
  width: number;
  importance: 1 | 2 | 3;
  lanes?: number;
}

/** Where a label went: its lowest lane (0 nearest the axis) and left edge, or lane null when it was dropped. */
export interface LabelPlacement {
  lane: number | null;
  left: number;
}

export interface LaneOptions {
  laneCount: number;
  /** Width of the view in pixels; labels are kept inside it. */
  viewWidth: number;
  /** Minimum horizontal space between two labels in one lane. */
  gap: number;
}

/** A placed label: its box in pixels and lanes [lane, top), and its stem from the axis up to `lane` at `x`. */
interface Placed {
  left: number;
  right: number;
  lane: number;
  top: number;
  x: number;
}

/**
 * assignLanes(requests, options) → one placement per request, in the same order. Labels start at
 * their marker and run right, or left where that fits better (always inside the view). More important labels are
 * placed first (equals from right to left), each in the lowest run of `lanes` free lanes where neither its box nor its stem (the
 * line from its marker up to it) crosses another label or stem; a label that fits nowhere is dropped
 * (lane null), so labels never overlap, are never cut, and every line leads to its own label.
 */
export function assignLanes(requests: readonly LabelRequest[], options: LaneOptions): LabelPlacement[] {
  const { laneCount, viewWidth, gap } = options;
  const placed: Placed[] = [];
  const placements: LabelPlacement[] = requests.map(() => ({ lane: null, left: 0 }));
  // Most important first; among equals from right to left, so crowded labels stack as a staircase whose
  // stems (each left of the labels below it) cross no label.
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.importance - requests[a]!.importance || requests[b]!.x - requests[a]!.x);
  for (const i of order) {
    const { x, width } = requests[i]!;
    const tall = Math.max(1, requests[i]!.lanes ?? 1);
    if (width > viewWidth) continue;
    // Run right from the marker, or end at it; where neither stays inside the view, sit over it.
    const sides = [x + width <= viewWidth ? x : null, x - width >= 0 ? x - width : null].filter((l) => l !== null);
    if (!sides.length) sides.push(Math.max(0, Math.min(x - width / 2, viewWidth - width)));
    const fits = (lane: number, left: number): boolean =>
      placed.every(
        (p) =>
          // boxes apart, or in other lanes
          (left + width + gap <= p.left || left >= p.right + gap || lane + tall <= p.lane || lane >= p.top) &&
          // its stem does not cross this box
          !(p.lane > lane && p.x >= left - gap && p.x <= left + width + gap) &&
          // this stem does not cross its box
          !(lane > p.lane && x >= p.left - gap && x <= p.right + gap),
      );
    let lane = -1;
    let left = 0;
    for (let at = 0; at + tall <= laneCount && lane === -1; at++) {
      const side = sides.find((l) => fits(at, l));
      if (side !== undefined) [lane, left] = [at, side];
    }
    if (lane === -1) continue;
    const right = left + width;
    placed.push({ left, right, lane, top: lane + tall, x });
    placements[i] = { lane, left };
  }
  return placements;
}
