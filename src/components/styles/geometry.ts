// The track's pixel geometry, in one place: the layout's lane arithmetic (templates/track.ts), the marker
// buttons' boxes (templates/markers.ts) and the stylesheet (track.ts) read it from here.

/** Pixel sizes of the track for a mouse or a pen. */
export const GEOMETRY = {
  /** Height of the axis band under the markers. */
  axis: 34,
  /** Space between the axis and the lowest label lane. */
  base: 14,
  /** Height of one label lane; a label box is its lanes minus 2 px. */
  lane: 25,
  /** Side of the smallest target: a marker without a label, or a cluster. */
  target: 24,
  /** Unlabelled markers closer than this gather into a cluster. */
  gap: 20,
};

/** The geometry of a track read with fingers (a coarse pointer): 44 px targets, labels in 44 px lanes, the lowest clear of the markers' targets. */
export const TOUCH: typeof GEOMETRY = { axis: 34, base: 24, lane: 45, target: 44, gap: 44 };
