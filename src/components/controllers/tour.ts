import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineIndex } from '../../layout/types.js';
import type { Milestone } from '../../model/milestone.js';

/** The element as the tour sees it. */
export interface TourHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
}

export interface TourParts {
  /** Whether the tour is on (the host's state: play(), pause() and the Play control set it). */
  playing(): boolean;
  stop(): void;
  /** The shown milestones, in date order. */
  index(): TimelineIndex;
  /** Opens item `i` as a reader's selection does (vr-select, the view brought round it, announced once), without moving focus or the page. */
  open(i: number): void;
  /** The Play/Pause control: input on it is the reader steering the tour, not interrupting it. */
  control(): Element | undefined;
  /** The title and the description of a milestone, in the reader's language. */
  text(milestone: Milestone): [title: string, description: string | undefined];
}

/** How long a step stays: 3 s, and a quarter second per word of its title and first sentence (about 240 words a minute), at most 15 s. */
export const stepTime = (text: string): number => Math.min(15000, 3000 + 250 * text.split(/\s+/).filter(Boolean).length);

/**
 * The guided tour (`play()`): opens the shown milestones one after another in date order, from the one after the
 * open milestone (or the first), each long enough to read its title and first sentence (stepTime), and stops
 * after the last. It never starts by itself. It pauses (WCAG 2.2.2) when the reader does anything: a pointer
 * over the element or a touch anywhere, focus inside the element, any key, or the element leaving the viewport;
 * the Play/Pause control is the exception, so pressing Play starts it. A step opens its milestone without
 * moving focus or scrolling the page; its opening is announced once. The one-file bundle loads this only when
 * a tour starts (dist/vr-timeline.play.js).
 */
export class Tour implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private io: IntersectionObserver | null = null;

  constructor(
    private readonly host: TourHost,
    private readonly parts: TourParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerover', this.interrupt);
    this.host.addEventListener('focusin', this.interrupt);
    addEventListener('pointerdown', this.interrupt, true);
    addEventListener('keydown', this.interrupt, true);
    this.io = new IntersectionObserver(([entry]) => entry && !entry.isIntersecting && this.interrupt());
    this.io.observe(this.host);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerover', this.interrupt);
    this.host.removeEventListener('focusin', this.interrupt);
    removeEventListener('pointerdown', this.interrupt, true);
    removeEventListener('keydown', this.interrupt, true);
    this.io?.disconnect();
    this.interrupt();
  }

  /** Starts the steps when the tour is turned on (the first after this update, not inside it), ends them when it is turned off. */
  hostUpdated(): void {
    if (!this.parts.playing()) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else this.timer ??= setTimeout(() => this.step(true));
  }

  private readonly interrupt = (event?: Event): void => {
    const control = this.parts.control();
    if (this.parts.playing() && !(control && event?.composedPath().includes(control))) this.parts.stop();
  };

  /** Opens the next milestone and waits its reading time; a tour started at the last starts again at the first. */
  private step(starting = false): void {
    this.timer = undefined;
    const { items, positions } = this.parts.index();
    const at = this.host.selected ? positions.get(this.host.selected) : undefined;
    const i = at === undefined || (starting && at === items.length - 1) ? 0 : at + 1;
    const item = items[i];
    if (!item) return this.parts.stop();
    this.parts.open(i);
    const [title, description = ''] = this.parts.text(item.milestone);
    // A subclass of the element may set `static tourPace` (a test's faster tour: 0.01 is 100 times faster).
    const pace = (this.host.constructor as { tourPace?: number }).tourPace ?? 1;
    this.timer = setTimeout(() => this.step(), pace * stepTime(`${title} ${description.split(/(?<=[.!?…])\s/)[0]}`));
  }
}
