/** One way to draw a label: `width` pixels wide, `lanes` lanes tall (a title on one line, or wrapped to two). */
export interface LabelShape {
  width: number;
  lanes: number;
}

/** Where a label went: its lowest lane (0 nearest the axis), its left edge, and the width and lanes of the shape it took. */
export interface LabelPlacement extends LabelShape {
  lane: number;
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

/** Space kept between a stem and the edge of a label it passes behind or beside: a 1 px stem stays apart from a 3 px border. */
const STEM_GAP_PX = 4;

/** The narrowest label that is worth measuring for: where not even this fits, a title is not tried. */
const NARROWEST_PX = 48;

/**
 * Label lanes above the axis, filled one label at a time (`place`), most important first: the caller decides
 * the order. A label starts at its marker and runs right, or ends at it; it never overlaps another label and
 * stays inside the view. A stem (the line from a marker up to its label) may pass behind a label of a lower
 * lane (labels are opaque and drawn over stems), but never along a label's edge, where it would seem to
 * belong to that label; placements whose stems cross no label are preferred within a lane. The lowest lane
 * that takes the label wins, so labels sit as close to their markers as they can.
 */
export class LabelLanes {
  private readonly placed: Placed[] = [];
  /** Per lane, the labels that occupy it. */
  private readonly byLane: Placed[][];

  constructor(private readonly options: LaneOptions) {
    this.byLane = Array.from({ length: Math.max(0, options.laneCount) }, () => []);
  }

  /**
   * Whether a label at least NARROWEST_PX wide could still start or end at `x` in some lane: a cheap test
   * made before a title is measured, so a crowded view of 10,000 milestones measures only what may fit.
   */
  roomAt(x: number): boolean {
    const { gap, viewWidth } = this.options;
    for (const lane of this.byLane) {
      const right = x + NARROWEST_PX <= viewWidth && lane.every((p) => x + NARROWEST_PX + gap <= p.left || x >= p.right + gap);
      const left = x - NARROWEST_PX >= 0 && lane.every((p) => x + gap <= p.left || x - NARROWEST_PX >= p.right + gap);
      if (right || left) return true;
    }
    return false;
  }

  /**
   * Places a label for the marker at `x` in the first shape and lane that take it; null when none does.
   * `blocks(edge)` says whether a label edge there would stand on the stem of a milestone still to be labelled:
   * such places are taken only when no other is left.
   */
  place(x: number, shapes: readonly LabelShape[], blocks: (edge: number) => boolean = () => false): LabelPlacement | null {
    const { viewWidth } = this.options;
    const all = shapes.flatMap((shape) => (shape.width > viewWidth ? [] : sidesOf(x, shape.width, viewWidth).map((left) => ({ shape, left }))));
    const free = all.filter(({ shape, left }) => !(left !== x && blocks(left)) && !(left + shape.width !== x && blocks(left + shape.width)));
    return this.placeIn(x, free) ?? (free.length < all.length ? this.placeIn(x, all) : null);
  }

  /** The lowest lane that takes one of these shapes at these left edges, preferring one whose stem crosses no label there. */
  private placeIn(x: number, options: readonly { shape: LabelShape; left: number }[]): LabelPlacement | null {
    const { laneCount } = this.options;
    for (let lane = 0; lane < laneCount; lane++) {
      let best: { left: number; shape: LabelShape; crossings: number } | null = null;
      for (const { shape, left } of options) {
        const tall = Math.max(1, shape.lanes);
        if (lane + tall > laneCount) continue;
        const crossings = this.crossings(x, lane, tall, left, left + shape.width);
        if (crossings < 0 || (best && best.crossings <= crossings)) continue;
        best = { left, shape, crossings };
        if (crossings === 0) break;
      }
      if (best) {
        const p: Placed = { left: best.left, right: best.left + best.shape.width, lane, top: lane + Math.max(1, best.shape.lanes), x };
        this.placed.push(p);
        for (let l = p.lane; l < p.top; l++) this.byLane[l]!.push(p);
        return { lane, left: best.left, ...best.shape };
      }
    }
    return null;
  }

  /**
   * How many stems would pass behind a label (this one's behind lower labels, others' behind this box), or
   * -1 when the box overlaps a label or a stem would run along a label's edge.
   */
  private crossings(x: number, lane: number, tall: number, left: number, right: number): number {
    const { gap } = this.options;
    // Boxes first, lane by lane: in a crowded view most places fail here, without looking at every label.
    for (let l = lane; l < lane + tall; l++) for (const p of this.byLane[l]!) if (left < p.right + gap && right + gap > p.left) return -1;
    let n = 0;
    for (const p of this.placed) {
      // Another label's stem rises through this box, or this stem through a lower label.
      const theirs = p.lane > lane && p.x >= left - STEM_GAP_PX && p.x <= right + STEM_GAP_PX;
      const ours = lane > p.lane && x >= p.left - STEM_GAP_PX && x <= p.right + STEM_GAP_PX;
      if (theirs && !(p.x > left + STEM_GAP_PX && p.x < right - STEM_GAP_PX)) return -1;
      if (ours && !(x > p.left + STEM_GAP_PX && x < p.right - STEM_GAP_PX)) return -1;
      if (theirs || ours) n++;
    }
    return n;
  }
}

/** The left edges a label may take: running right from its marker, ending at it, or (neither fitting) over it. */
function sidesOf(x: number, width: number, viewWidth: number): number[] {
  const sides: number[] = [];
  if (x + width <= viewWidth) sides.push(x);
  if (x - width >= 0) sides.push(x - width);
  if (!sides.length) sides.push(Math.max(0, Math.min(x - width / 2, viewWidth - width)));
  return sides;
}
