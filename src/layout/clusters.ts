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
