/**
 * clusterRuns(xs, minGapPx) → [from, to) runs of consecutive positions (sorted ascending) that lie
 * within `minGapPx` of their run's first position: markers too close to tell apart.
 */
export function clusterRuns(xs: ArrayLike<number>, minGapPx: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= xs.length; i++) {
    if (i === xs.length || xs[i]! - xs[from]! >= minGapPx) {
      if (xs.length) runs.push([from, i]);
      from = i;
    }
  }
  return runs;
}

const DAY_MS = 86_400_000;

/**
 * cellSize(pxPerMs, minGapPx) → the cell of the clustering grid: the shortest span of 2^k days (k ≥ 0)
 * that is at least `minGapPx` wide at this zoom. It changes only when the zoom crosses a power of two.
 */
export function cellSize(pxPerMs: number, minGapPx: number): number {
  let cell = DAY_MS;
  while (cell * pxPerMs < minGapPx && cell < 2 ** 52) cell *= 2;
  return cell;
}

/**
 * clusterCells(starts, xs, cellMs, minGapPx) → [from, to) runs like clusterRuns, but a run may end only
 * where a grid cell of `cellMs` ends (cells are fixed in time, from the epoch). While the view zooms
 * within one power of two or pans, a group keeps its members, so its marker keeps its DOM node (re-created
 * markers are what a zoom frame pays for);
 * a run still spans every position within `minGapPx` of its first, so no marker covers another.
 */
export function clusterCells(starts: ArrayLike<number>, xs: ArrayLike<number>, cellMs: number, minGapPx: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= xs.length; i++) {
    const boundary = i === xs.length || Math.floor(starts[i]! / cellMs) !== Math.floor(starts[i - 1]! / cellMs);
    if (boundary && (i === xs.length || xs[i]! - xs[from]! >= minGapPx)) {
      if (xs.length) runs.push([from, i]);
      from = i;
    }
  }
  return runs;
}
