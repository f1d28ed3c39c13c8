import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRef, type Ref } from '../templates/element-ref.js';
import { nextIndex } from '../../layout/index.js';
import type { PlacedMarker, TimelineIndex, TimelineLayout } from '../../layout/types.js';
import type { Milestone } from '../../model/milestone.js';
import { emit } from '../events.js';
import type { ViewState } from './view-state.js';

/** The element as the reader's path sees it. */
export interface ReaderHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
}

export interface ReaderParts {
  index(): TimelineIndex;
  layout(): TimelineLayout | null;
  vertical(): boolean;
  view: ViewState;
  /** What is announced when a reader opens a milestone. */
  notice(milestone: Milestone): string;
}

type NavDirection = 'previous' | 'next';

/** The key of the milestone button (marker, cluster or card) that `node` is in. */
const keyAt = (node: EventTarget | null): string | undefined => (node as Element | null)?.closest<HTMLElement>('button[data-key]')?.dataset.key;

/**
 * The reader's path through the story, in one place: what is selected (the host's `selected`), which
 * milestone the keyboard is on and holds the one tab stop (roving tabindex), stepping with Previous/Next, what
 * the live region says, and where focus and the page's scroll go after each. Fires `vr-select` for a reader's
 * action only. Knows positions and keys, never dates; reaches rendered elements through refs.
 *
 * The flow: an input (click, key, Previous/Next) changes this state and asks for an update; in willUpdate the
 * element reads `pinned()` (the milestones the layout must draw as themselves) and calls `resolve()` with the
 * drawn keys; after the render `hostUpdated()` moves focus, keeps the pressed story button where it was on
 * screen, and brings an opened detail into view.
 */
export class Reader implements ReactiveController {
  /** Key of the milestone button that holds the tab stop. */
  tabKey: string | null = null;
  /** The text of the polite live region: what a reader would not otherwise hear (a detail opened, the view settled). */
  announcement = '';
  /** The list of milestone buttons (markers or cards), the detail's Previous and Next buttons. */
  readonly list: Ref<HTMLElement> = createRef();
  readonly previous: Ref<HTMLButtonElement> = createRef();
  readonly next: Ref<HTMLButtonElement> = createRef();
  readonly detail: Ref<HTMLElement> = createRef();
  /** Key of the marker whose preview shows (hovered, or focused by the keyboard). */
  preview: string | null = null;
  /** Item the keyboard is on, drawn as itself (never inside a cluster) while focus is in the list. */
  private focused: number | null = null;
  /** What takes focus after the next render. */
  private focusTo: { item: number } | { nav: NavDirection } | null = null;
  /** Where the story button pressed was on screen, so the page keeps it there after the step. */
  private anchor: number | null = null;
  /** A button the reader pressed that the next render must leave where it was on screen, with focus. */
  private kept: HTMLElement | null = null;
  /** Bring the open detail into view after the next render (a reader opened it). */
  private revealDetail = false;

  constructor(
    private readonly host: ReaderHost,
    private readonly parts: ReaderParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.announcement = '';
  }

  /** Items the layout must draw as themselves, most wanted first: the selected one and its neighbours. */
  pinned(): number[] {
    const { positions, items } = this.parts.index();
    const at = this.host.selected ? positions.get(this.host.selected) : undefined;
    return at === undefined ? [] : [at, at - 1, at + 1].filter((i) => i >= 0 && i < items.length);
  }

  /** The item the keyboard is on: drawn as itself before any other, even when the view has moved away from it. */
  held(): number | null {
    return this.focused !== null && this.focused < this.parts.index().items.length ? this.focused : null;
  }

  announce(text: string): void {
    this.announcement = text;
    this.host.requestUpdate();
  }

  /** Opens the detail after an update that the reader did not start by a click (a hash link): brought into view. */
  revealOnce(): void {
    this.revealDetail = true;
  }

  /** Call in willUpdate once the markers are known: keeps the tab stop on a drawn button. */
  resolve(keys: readonly string[]): void {
    const drawn = new Set(keys);
    const focusKey = this.focused !== null ? this.keyOf(this.focused) : undefined;
    if (focusKey) this.tabKey = focusKey;
    if (this.tabKey !== null && drawn.has(this.tabKey)) return;
    const selected = this.host.selected;
    this.tabKey = selected !== null && drawn.has(selected) ? selected : (keys[0] ?? null);
  }

  /** A reader opens item `i` (or closes it when it is open); the detail is brought into view unless `reveal` is false. */
  select(i: number, reveal = true): void {
    const milestone = this.parts.index().items[i]?.milestone;
    if (!milestone) return;
    const closing = milestone.id === this.host.selected;
    this.host.selected = closing ? null : milestone.id;
    this.revealDetail = reveal && !closing && !this.anchor;
    this.announce(closing ? '' : this.parts.notice(milestone));
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

  /** The next render keeps this pressed button where it is on screen (the page scrolls by what it moved), and its focus. */
  keepInPlace(button: HTMLElement): void {
    this.kept = button;
    this.anchor = button.getBoundingClientRect().top;
  }

  /** Previous / Next: opens the neighbour, keeps focus on the button pressed and that button where it was on screen. */
  readonly step = (to: Milestone, direction: NavDirection): void => {
    const button = direction === 'next' ? this.next.value : this.previous.value;
    this.anchor = button ? button.getBoundingClientRect().top : null;
    this.focused = null;
    this.focusTo = { nav: direction };
    this.select(this.parts.index().positions.get(to.id)!);
  };

  /** A click on a marker, card or cluster. A cluster zooms to its members; one that cannot come apart opens its first. */
  readonly onClick = (event: MouseEvent): void => {
    const key = keyAt(event.target);
    const items = key ? this.itemsOf(key) : [];
    if (!key || items[0] === undefined || items[0] < 0) return;
    this.tabKey = key;
    if (items.length === 1) return this.select(items[0]);
    const index = this.parts.index();
    const [first, last] = [index.items[items[0]]!, index.items[items[items.length - 1]!]!];
    // Focus stays: the cluster's key is its lead's, whose button stays when the members come apart.
    if (!this.parts.view.zoomToSpan(first.start, last.end ?? last.start)) return this.select(items[0]);
    this.parts.view.settle();
  };

  /** Keys of the milestone list: arrows and Home/End move by milestone in date order; +/-/0 and Shift+arrows change the view. */
  readonly onListKeydown = (event: KeyboardEvent): void => {
    const key = keyAt(event.target);
    if (!key) return;
    if (!this.parts.vertical() && this.viewKey(event, key)) return;
    const items = this.itemsOf(key);
    if (!items.length || items[0]! < 0 || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const vertical = this.parts.vertical();
    const count = this.parts.index().items.length;
    let to = nextIndex(items[0]!, event.key, count, vertical ? 'vertical' : 'horizontal');
    // From a cluster, forward enters it at its first member; back leaves it before that.
    if (items.length > 1 && event.key === (vertical ? 'ArrowDown' : 'ArrowRight')) to = items[0]!;
    if (to === null) return;
    event.preventDefault();
    this.focusItem(to);
  };

  /** `+`/`-`/`0` of the zoom controls: the same view keys, without a milestone to anchor on. */
  readonly onControlsKeydown = (event: KeyboardEvent): void => {
    if (!this.parts.vertical()) this.viewKey(event, undefined);
  };

  /** Escape anywhere in the element closes the detail. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.close()) event.preventDefault();
  };

  /** A pointer over a marker, or keyboard focus on one, shows its preview at once; leaving hides it. */
  readonly onPreview = (event: Event): void => {
    // Leaving one part of a marker for another part of it keeps its preview.
    const over = event.type === 'pointerout' ? (event as PointerEvent).relatedTarget : event.target;
    const key = over instanceof Element && this.list.value?.contains(over) ? (keyAt(over) ?? null) : null;
    if (key === this.preview) return;
    this.preview = key;
    // Focus moved from inside an update (a step, a print ending) fires this too: the update goes after it.
    queueMicrotask(() => this.host.requestUpdate());
  };

  /** Focus left the milestone list: the milestone it was on no longer needs drawing as itself. */
  readonly onListFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.list.value?.contains(to)) return;
    // A button re-drawn under focus fires focusout too; whether focus really left is known once the update
    // that moved it has finished.
    queueMicrotask(() => {
      const root = this.host.shadowRoot;
      if (root?.activeElement && this.list.value?.contains(root.activeElement)) return;
      if (this.focused === null && this.preview === null) return;
      [this.focused, this.preview] = [null, null];
      this.host.requestUpdate();
    });
  };

  /** Returns whether the key changed the view. Shift+arrows pan and leave focus where it is. */
  private viewKey(event: KeyboardEvent, key: string | undefined): boolean {
    const { view } = this.parts;
    const pan = event.shiftKey ? { ArrowLeft: -0.2, ArrowRight: 0.2 }[event.key] : undefined;
    const anchor = this.anchorOf(key);
    if (pan !== undefined) view.pan(pan);
    else if (event.key === '+' || event.key === '=') view.zoom(anchor, 0.5);
    else if (event.key === '-' || event.key === '_') view.zoom(anchor, 2);
    else if (event.key === '0') view.reset();
    else return false;
    event.preventDefault();
    // Focus stays on its milestone (a cluster's: its lead), drawn at the edge of the track when the view has moved past it.
    const lead = key ? this.markerOf(key)?.lead : undefined;
    if (lead !== undefined) this.focusItem(lead, false);
    view.settle();
    return true;
  }

  /** Moves focus to item `i` once it is drawn, panning it into view first unless `reveal` is false. */
  focusItem(i: number, reveal = true): void {
    const item = this.parts.index().items[i];
    if (!item) return;
    if (reveal && !this.parts.vertical()) this.parts.view.reveal(item.start);
    this.focused = i;
    this.focusTo = { item: i };
    this.host.requestUpdate();
  }

  /** The key of the button that had focus before the render ('' for another control, null for none): the render may remove it. */
  private hadFocus: string | null = null;

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    this.hadFocus = active ? (active.dataset.key ?? '') : null;
  }

  hostUpdated(): void {
    // Focus whose button went stays in the timeline, never dropped to the page
    // (a layout flip, a hidden category, new data): on the same milestone when it is still drawn, else on the tab stop.
    if (this.hadFocus !== null && !this.host.shadowRoot!.activeElement) (this.buttonOf(this.hadFocus) ?? this.buttonOf(String(this.tabKey)))?.focus();
    const focusTo = this.focusTo;
    this.focusTo = null;
    if (focusTo && 'item' in focusTo) {
      const key = this.keyOf(focusTo.item);
      if (key) this.buttonOf(key)?.focus();
    } else if (focusTo) {
      const [mine, other] = focusTo.nav === 'next' ? [this.next.value, this.previous.value] : [this.previous.value, this.next.value];
      this.holdPlace(mine);
      // At an end the pressed button is disabled: focus goes to the other one.
      (mine && !mine.disabled ? mine : other)?.focus({ preventScroll: true });
    }
    if (this.kept) {
      this.holdPlace(this.kept);
      this.kept.focus({ preventScroll: true });
      this.kept = null;
    }
    this.anchor = null;
    if (this.revealDetail) {
      this.revealDetail = false;
      const detail = this.detail.value;
      // On the spine the card opens in place: the card and its detail come into view together.
      (this.parts.vertical() ? (detail?.parentElement ?? null) : detail)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** The page scrolls by what the update moved the pressed button, so it stays under the reader's finger. */
  private holdPlace(button: HTMLElement | null | undefined): void {
    const moved = button && this.anchor !== null ? button.getBoundingClientRect().top - this.anchor : 0;
    if (Math.abs(moved) > 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
  }

  /** The key of the button that shows item `i`: its card, its marker, or the cluster that holds it. */
  private keyOf(i: number): string | undefined {
    if (this.parts.vertical()) return this.parts.index().items[i]?.milestone.id;
    return this.parts.layout()?.markers.find((m) => m.items.includes(i))?.key;
  }

  /** The items a milestone button shows: one for a marker or card, several for a cluster. */
  private itemsOf(key: string): readonly number[] {
    if (this.parts.vertical()) return [this.parts.index().positions.get(key) ?? -1];
    return this.markerOf(key)?.items ?? [];
  }

  private markerOf(key: string): PlacedMarker | undefined {
    return this.parts.layout()?.markers.find((m) => m.key === key);
  }

  /** Where the marker with this key sits across the track, 0–1 (0.5 when unknown). */
  private anchorOf(key: string | undefined): number {
    const marker = key ? this.markerOf(key) : undefined;
    return marker ? marker.x / this.parts.layout()!.width : 0.5;
  }

  private buttonOf(key: string): HTMLButtonElement | null {
    return this.list.value?.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`) ?? null;
  }
}
