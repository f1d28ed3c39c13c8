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

/**
 * assignLanes(requests, options) → one placement per request, in the same order. Labels start at
 * their marker and run right (or left, where they would leave the view). More important labels are
 * placed first, each in the lowest run of `lanes` free lanes; a label that fits nowhere is dropped
 * (lane null), so labels never overlap and are never cut.
 */
export function assignLanes(requests: readonly LabelRequest[], options: LaneOptions): LabelPlacement[] {
  const { laneCount, viewWidth, gap } = options;
  const lanes: [number, number][][] = Array.from({ length: Math.max(0, laneCount) }, () => []);
  const placements: LabelPlacement[] = requests.map(() => ({ lane: null, left: 0 }));
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.importance - requests[a]!.importance || a - b);
  for (const i of order) {
    const { x, width } = requests[i]!;
    const tall = Math.max(1, requests[i]!.lanes ?? 1);
    if (width > viewWidth) continue;
    const left = x + width <= viewWidth ? Math.max(0, x) : Math.max(0, x - width);
    const right = left + width;
    const free = (lane: number): boolean => lanes[lane]!.every(([l, r]) => right + gap <= l || left >= r + gap);
    let lane = -1;
    for (let at = 0; at + tall <= lanes.length && lane === -1; at++) {
      let ok = true;
      for (let k = at; k < at + tall && ok; k++) ok = free(k);
      if (ok) lane = at;
    }
    if (lane === -1) continue;
    for (let k = lane; k < lane + tall; k++) lanes[k]!.push([left, right]);
    placements[i] = { lane, left };
  }
  return placements;
}
