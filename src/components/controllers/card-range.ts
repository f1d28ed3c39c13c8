/** The cards of a long list that are in the DOM, and the space that stands for the others. */
export interface CardRange {
  from: number;
  to: number;
  /** Estimated height of the cards before `from`, and after `to - 1`, in px. */
  before: number;
  after: number;
  count: number;
}

/** Lists up to this long keep every card in the DOM; longer ones render only the cards near the viewport. */
export const VIRTUAL_ABOVE = 300;
