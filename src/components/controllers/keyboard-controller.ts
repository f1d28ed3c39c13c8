import { nextIndex } from '../../layout/index.js';

/** What the keyboard needs from the element: where focus is, how to move it, and the view. */
export interface KeyboardTarget {
  vertical(): boolean;
  /** Items (positions in date order) shown by the milestone button with this key. */
  itemsOf(key: string): readonly number[];
  count(): number;
  /** Moves focus to item `i` once drawn, revealing it. */
  focusItem(i: number): void;
  /** Closes the detail if one is open; returns whether it did. */
  closeDetail(): boolean;
  /** Where the milestone with this key sits across the track, 0–1 (0.5 when unknown). */
  anchorOf(key: string | undefined): number;
  view: { pan(fraction: number): void; zoom(anchor: number, factor: number): void; reset(): void; settle(): void };
}

/**
 * The keyboard of the timeline: one tab stop among the milestones (the roving tabindex is RovingFocus's),
 * ←/→ (↑/↓ when vertical), Home/End move focus by milestone; Escape closes the detail; in the horizontal
 * layout `+`/`-` zoom around the focused milestone, `0` shows all, Shift+←/→ pan. Knows no dates and
 * needs no lifecycle: the host binds `onKeydown` in its template.
 */
export class KeyboardController {
  constructor(private readonly target: KeyboardTarget) {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    const t = this.target;
    if (event.key === 'Escape' && t.closeDetail()) return event.preventDefault();
    const key = (event.target as Element).closest<HTMLElement>('button.marker')?.dataset.key;
    if (!t.vertical() && this.viewKey(event, key)) return;
    const items = key ? t.itemsOf(key) : [];
    if (!items.length) return;
    const back = ['ArrowLeft', 'ArrowUp', 'Home'].includes(event.key);
    const to = nextIndex(back ? items[0]! : items[items.length - 1]!, event.key, t.count(), t.vertical() ? 'vertical' : 'horizontal');
    if (to === null) return;
    event.preventDefault();
    t.focusItem(to);
  };

  /** Returns whether the key changed the view. */
  private viewKey(event: KeyboardEvent, key: string | undefined): boolean {
    const { view } = this.target;
    const pan = event.shiftKey ? { ArrowLeft: -0.2, ArrowRight: 0.2 }[event.key] : undefined;
    const anchor = this.target.anchorOf(key);
    if (pan !== undefined) view.pan(pan);
    else if (event.key === '+' || event.key === '=') view.zoom(anchor, 0.5);
    else if (event.key === '-' || event.key === '_') view.zoom(anchor, 2);
    else if (event.key === '0') view.reset();
    else return false;
    event.preventDefault();
    const first = key ? this.target.itemsOf(key)[0] : undefined;
    if (first !== undefined) this.target.focusItem(first);
    view.settle();
    return true;
  }
}
