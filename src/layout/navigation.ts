/** Keys that move the roving focus between milestones. */
export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * nextIndex(current, key, count, orientation) → the index focus should move to, or null when the
 * key does not move focus in this orientation. Returns an index; moves nothing.
 */
export function nextIndex(current: number, key: string, count: number, orientation: 'horizontal' | 'vertical' = 'horizontal'): number | null {
  if (count <= 0) return null;
  const back = orientation === 'horizontal' ? 'ArrowLeft' : 'ArrowUp';
  const forward = orientation === 'horizontal' ? 'ArrowRight' : 'ArrowDown';
  switch (key) {
    case back:
      return Math.max(0, current - 1);
    case forward:
      return Math.min(count - 1, current + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
