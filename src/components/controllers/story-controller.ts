import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineIndex, TimelineLayout } from '../../layout/types.js';
import type { Milestone } from '../../model/milestone.js';
import type { KeyboardTarget } from './keyboard-controller.js';
import { emit } from '../events.js';
import type { Announcer } from './announcer.js';
import type { RovingFocus } from './roving-focus.js';
import type { ViewState } from './view-state.js';

/** The element as the story controller sees it. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface StoryParts {
  index(): TimelineIndex;
  layout(): TimelineLayout | null;
  vertical(): boolean;
  /** Width of the track in px (0 before it is measured). */
  width(): number;
  view: ViewState;
  roving: RovingFocus;
  announcer: Announcer;
  /** What is announced when a reader opens a milestone. */
  notice(milestone: Milestone): string;
}

/**
 * The reader's path through the story: selecting a milestone (marker, card or cluster), closing its
 * detail, stepping to the previous or next one, and where focus and the page's scroll go after each.
 * Fires `vr-select` for a reader's action only; knows positions and keys, not dates. It is also what the
 * keyboard moves (KeyboardTarget).
 */
export class StoryController implements ReactiveController, KeyboardTarget {
  /** Item whose milestone takes focus once drawn. */
  private pendingFocus: number | null = null;
  /** Bring the open detail into view after the next render (a reader opened it). */
  scrollDetail = false;

  constructor(
    private readonly host: StoryHost,
    private readonly parts: StoryParts,
  ) {
    host.addController(this);
  }

  get view(): ViewState {
    return this.parts.view;
  }

  vertical(): boolean {
    return this.parts.vertical();
  }

  count(): number {
    return this.parts.index().items.length;
  }

  readonly closeDetail = (): boolean => this.close();

  /** Where the marker with this key sits across the track, 0–1 (0.5 when unknown). */
  anchorOf(key: string | undefined): number {
    const marker = key ? this.parts.layout()?.markers.find((m) => m.key === key) : undefined;
    const width = this.parts.width();
    return marker && width > 0 ? marker.x / width : 0.5;
  }

  /** The key of the button that shows item `i`: its card, its marker, or the cluster that holds it. */
  keyOf(i: number): string | undefined {
    if (this.parts.vertical()) return this.parts.index().items[i]?.milestone.id;
    return this.parts.layout()?.markers.find((m) => m.items.includes(i))?.key;
  }

  /** The items a milestone button shows: one for a marker or card, several for a cluster. */
  itemsOf(key: string): readonly number[] {
    if (this.parts.vertical()) return [this.parts.index().positions.get(key) ?? -1];
    return this.parts.layout()?.markers.find((m) => m.key === key)?.items ?? [];
  }

  /** Moves focus to item `i` once it is drawn, panning it into view first. */
  focusItem(i: number): void {
    const item = this.parts.index().items[i];
    if (!item) return;
    if (!this.parts.vertical()) this.parts.view.reveal(item.start);
    this.pendingFocus = i;
    this.host.requestUpdate();
  }

  /** Call in willUpdate, once the layout is known: hands pending focus to the roving tab stop. */
  resolveFocus(keys: readonly string[]): void {
    if (this.pendingFocus !== null && keys.length) {
      const key = this.keyOf(this.pendingFocus);
      this.pendingFocus = null;
      if (key) this.parts.roving.focusKey(key);
    }
    this.parts.roving.pick(new Set(keys), keys[0] ?? null, this.host.selected);
  }

  /** A reader opens item `i` (or closes it when it is open). */
  select(i: number): void {
    const milestone = this.parts.index().items[i]?.milestone;
    if (!milestone) return;
    const closing = milestone.id === this.host.selected;
    this.host.selected = closing ? null : milestone.id;
    this.scrollDetail = !closing;
    this.parts.announcer.announce(closing ? '' : this.parts.notice(milestone));
    emit(this.host, 'vr-select', { milestone: closing ? null : milestone });
  }

  /** Closes the detail and returns focus to its milestone. Returns whether a detail was open. */
  readonly close = (): boolean => {
    if (!this.host.selected) return false;
    const i = this.parts.index().positions.get(this.host.selected);
    this.host.selected = null;
    emit(this.host, 'vr-select', { milestone: null });
    if (i !== undefined) this.focusItem(i);
    return true;
  };

  /** Previous / Next: opens the neighbour and keeps focus on the button pressed (or the other one at an end). */
  readonly step = (to: Milestone, direction: 'previous' | 'next'): void => {
    this.select(this.parts.index().positions.get(to.id)!);
    this.parts.roving.focusLater(`.step.${direction}`, `.step.${direction === 'next' ? 'previous' : 'next'}`);
  };

  /** A click on a marker, card or cluster. A cluster zooms to its members; one that cannot come apart opens its first. */
  readonly onClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('button.marker')?.dataset.key;
    const items = key ? this.itemsOf(key) : [];
    if (!key || items[0] === undefined || items[0] < 0) return;
    this.parts.roving.tabKey = key;
    if (items.length === 1) return this.select(items[0]);
    const index = this.parts.index();
    const [first, last] = [index.items[items[0]]!, index.items[items[items.length - 1]!]!];
    if (!this.parts.view.zoomToSpan(first.start, last.end ?? last.start)) return this.select(items[0]);
    this.focusItem(items[0]);
    this.parts.view.settle();
  };

  hostUpdated(): void {
    if (!this.scrollDetail) return;
    this.scrollDetail = false;
    const detail = this.host.renderRoot.querySelector('.detail');
    (this.parts.vertical() ? detail?.closest('li') : detail)?.scrollIntoView({ block: 'nearest' });
  }
}
