import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VIRTUAL_ABOVE, type CardRange } from './card-range.js';

export { VIRTUAL_ABOVE, type CardRange };

/** Cards rendered beyond each edge of the viewport, as a share of its height. */
const OVERSCAN = 1;
/** Height of a card before any was measured (a one-line title), without the spine's gap above it. */
const FIRST_GUESS_PX = 76;

/**
 * The vertical layout's window on a long list (thousands of cards in the DOM are slow to render and lay
 * out): which cards are in the DOM, and how tall the space that stands for the others is. Our own rather than
 * @lit-labs/virtualizer: that one follows the page's scroll too, but places every item absolutely with a
 * layout of its own, while these cards stay in CSS flow (the spine's time gaps are their margins, each card
 * draws its stretch of the spine line, print lays them out in two columns). A range and two spacers do it, in about
 * 1 KB, in a bundle with no bytes to spare.
 *
 * A card's top is estimated as the sum of the spine's gaps above it plus the average height of the cards
 * measured so far; the rendered cards are measured after each render. The window always holds the cards
 * the host must show (the selected one, the one about to take focus), so focus and the detail work as in a
 * short list. Screen readers get each card's position in the whole list (aria-posinset / aria-setsize).
 */
export class CardWindow implements ReactiveController {
  /** First card rendered, and the one after the last. */
  from = 0;
  to = 0;
  private spine: readonly { gap: number }[] = [];
  private kept: readonly (number | undefined)[] = [];
  /** gapsBefore[i]: the spine's gaps of cards 0..i-1. */
  private gapsBefore = new Float64Array(1);
  private average = FIRST_GUESS_PX;
  private measured = 0;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly list: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** How many cards the windowed list has (0 until a long list is shown). */
  private get count(): number {
    return this.spine.length;
  }

  /** Whether this list is long enough to be windowed. */
  static windowed(count: number): boolean {
    return count > VIRTUAL_ABOVE;
  }

  /** Estimated top of card `i` within the list, in px. */
  top(i: number): number {
    return this.gapsBefore[i]! + i * this.average;
  }

  /**
   * view(spine, keep) → null for a short list (every card rendered), else the cards to render, the space
   * above and below them, and the list's length. `keep`: cards that must be in the DOM (selected, tab stop).
   */
  view(spine: readonly { gap: number }[], keep: readonly (number | undefined)[]): CardRange | null {
    this.drawn = true;
    if (!CardWindow.windowed(spine.length)) {
      this.spine = []; // a short list: scrolling asks for nothing
      return null;
    }
    const [from, to] = this.range(spine, keep);
    return { from, to, before: this.top(from), after: this.top(spine.length) - this.top(to), count: spine.length };
  }

  /** Sets the cards' gaps (once per spine) and returns the window, widened to hold the cards in `keep`. */
  private range(spine: readonly { gap: number }[], keep: readonly (number | undefined)[]): [number, number] {
    if (spine !== this.spine) {
      this.spine = spine;
      this.gapsBefore = new Float64Array(spine.length + 1);
      for (let i = 0; i < spine.length; i++) this.gapsBefore[i + 1] = this.gapsBefore[i]! + spine[i]!.gap;
      // Until the list is on the page, the first screenfuls; then the cards at the viewport.
      [this.from, this.to] = [0, Math.min(this.count, 40)];
      this.place(false);
    }
    let [from, to] = [this.from, this.to];
    keep.forEach((i, k) => {
      // Only a card that just became one to keep moves the window (a selection, focus moved by a key):
      // afterwards the reader may scroll away from it like from any other card.
      if (i === undefined || i === this.kept[k] || (i >= from && i < to)) return;
      [from, to] = [Math.max(0, i - 10), Math.min(this.count, i + 10)];
    });
    this.kept = [...keep];
    [this.from, this.to] = [from, to];
    return [from, to];
  }

  /** Whether this update draws the card list (view() is called only while the vertical layout is laid out). */
  private drawn = false;

  hostConnected(): void {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    // A check cancelled must be forgotten too, or no scroll would ask for one again after a move in the page.
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After each render: measures the rendered cards, then checks the window against the viewport. */
  hostUpdated(): void {
    // Only after a render that drew the windowed list: the horizontal layout updates every frame of a zoom,
    // and has no list to look up.
    if (!this.count || !this.drawn) return;
    this.drawn = false;
    const list = this.list();
    if (!list) return;
    // The cards, not the two spacers (which screen readers skip: aria-hidden).
    // (A table's rows, and not the row of an open detail, when the table windows its rows with this.)
    for (const li of list.querySelectorAll<HTMLElement>(':scope > :not([aria-hidden], .detail-row)')) {
      this.measured++;
      this.average += (li.offsetHeight - this.average) / Math.min(this.measured, 200);
    }
    // Checked on the next frame, not now: an update asked for from inside an update is one Lit warns about.
    this.onScroll();
  }

  private readonly onScroll = (): void => {
    if (!this.count || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

  /** Puts the window over the part of the list in the viewport, plus the overscan; asks for a render when it moved. */
  private place(request = true): void {
    if (!this.count) return;
    const list = this.list();
    if (!list) return;
    const box = list.getBoundingClientRect();
    const height = window.innerHeight;
    const [top, bottom] = [-box.top - height * OVERSCAN, -box.top + height * (1 + OVERSCAN)];
    const from = Math.max(0, this.find(top) - 1);
    const to = Math.min(this.count, Math.max(from + 1, this.find(bottom) + 1));
    if (from === this.from && to === this.to) return;
    [this.from, this.to] = [from, to];
    if (request) this.host.requestUpdate();
  }

  /** The last card whose estimated top is at or above `y` (binary search; tops grow with i). */
  private find(y: number): number {
    let [lo, hi] = [0, this.count];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.top(mid) <= y) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }
}
