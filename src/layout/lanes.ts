/** A label that wants a place: anchored at `x`, `width` pixels wide. */
export interface LabelRequest {
  x: number;
  width: number;
  importance: 1 | 2 | 3;
}

/** Where a label went: its lane (0 nearest the axis) and left edge, or lane null when it was dropped. */
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

/**
 * assignLanes(requests, options) → one placement per request, in the same order. Labels start at
 * their marker and run right (or left, where they would leave the view). More important labels are
 * placed first; a label that fits in no lane is dropped (lane null), so labels never overlap.
 */
export function assignLanes(requests: readonly LabelRequest[], options: LaneOptions): LabelPlacement[] {
  const { laneCount, viewWidth, gap } = options;
  const lanes: [number, number][][] = Array.from({ length: Math.max(0, laneCount) }, () => []);
  const placements: LabelPlacement[] = requests.map(() => ({ lane: null, left: 0 }));
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.importance - requests[a]!.importance || a - b);
  for (const i of order) {
    const { x, width } = requests[i]!;
    const w = Math.min(width, viewWidth);
    const left = x + w <= viewWidth ? Math.max(0, x) : Math.max(0, x - w);
    const right = left + w;
    const lane = lanes.findIndex((taken) => taken.every(([l, r]) => right + gap <= l || left >= r + gap));
    if (lane === -1) continue;
    lanes[lane]!.push([left, right]);
    placements[i] = { lane, left };
  }
  return placements;
}
