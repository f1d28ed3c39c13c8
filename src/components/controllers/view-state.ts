import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampView, fitAll, panBy, revealSpan, zoomAt, zoomToSpan, type TimelineLayout, type ViewWindow } from '../../layout/index.js';
import { parseCalendarDate, toIsoDay } from '../../model/calendar-date.js';
import { emit } from '../events.js';

/** How long the view glides to show a milestone a reader stepped to. */
const GLIDE_MS = 250;

/**
 * The visible window of the horizontal layout: null means "everything", any other window is kept within
 * the data (clampView). Every change goes through the layout floor's functions; `settle()` reports the
 * window as `vr-view-change` after the update that shows it.
 */
export class ViewState implements ReactiveController {
  private window: ViewWindow | null = null;
  /** ISO dates asked for through view-start / view-end, applied at the next update. */
  private asked: { start: string | null; end: string | null } | null = null;
  /** True from a settled gesture until its update has rendered. */
  settling = false;
  /** The settled view follows a selection (a glide to it), whose opening is what the reader hears: not announced. */
  quiet = false;
  /** True while a gesture moves the view (from `move()` to `settle()`): labels keep their lanes meanwhile. */
  moving = false;
  /** The layout of the last view that was not moving, whose labels a moving view keeps (layoutTrack). */
  steady: TimelineLayout | null = null;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private glideFrame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly extent: () => ViewWindow | null,
  ) {
    host.addController(this);
  }

  /** The window shown now. */
  get current(): ViewWindow {
    return this.window ?? fitAll(this.extent());
  }

  /** The first or the last day shown, as an ISO date (the window's end is exclusive). */
  iso(edge: 'start' | 'end'): string {
    return toIsoDay(edge === 'start' ? this.current.start : this.current.end - 1);
  }

  set(window: ViewWindow): void {
    cancelAnimationFrame(this.glideFrame);
    this.window = clampView(window, this.extent());
    this.host.requestUpdate();
  }

  reset(): void {
    cancelAnimationFrame(this.glideFrame);
    this.window = null;
    this.host.requestUpdate();
  }

  zoom(anchor: number, factor: number): void {
    this.set(zoomAt(this.current, anchor, factor));
  }

  pan(fraction: number): void {
    this.set(panBy(this.current, fraction));
  }

  /** Pans only as far as needed, keeping the zoom, so `time` is in view. */
  reveal(time: number): void {
    const next = revealSpan(this.current, time, time);
    if (next !== this.current) this.set(next);
  }

  /**
   * Moves the view only as far as needed to show [start, end] (a milestone and its neighbours), gliding there
   * in 250 ms, easing out (at once under prefers-reduced-motion), then settles.
   */
  showSpan(start: number, end: number): void {
    const from = this.current;
    const to = clampView(revealSpan(from, start, end), this.extent());
    if (Math.abs(to.start - from.start) < 1 && Math.abs(to.end - from.end) < 1) return;
    cancelAnimationFrame(this.glideFrame);
    if (!this.host.isConnected || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.set(to);
      return;
    }
    const began = performance.now();
    const frame = (now: number): void => {
      const t = Math.min(1, (now - began) / GLIDE_MS);
      const e = 1 - (1 - t) ** 3; // ease-out: quick to leave, gentle to arrive
      if (t < 1) {
        this.move();
        this.window = { start: from.start + (to.start - from.start) * e, end: from.end + (to.end - from.end) * e };
        this.host.requestUpdate();
        this.glideFrame = requestAnimationFrame(frame);
      } else {
        this.set(to);
        this.settle();
        this.quiet = true;
      }
    };
    this.window = from;
    this.glideFrame = requestAnimationFrame(frame);
  }

  /** Zooms to [start, end] with a margin; returns false when that shows nothing new (already at that zoom). */
  zoomToSpan(start: number, end: number): boolean {
    const before = this.current;
    this.set(zoomToSpan(start, end, 0.25));
    const after = this.current;
    return Math.abs(after.end - after.start - (before.end - before.start)) > 1 || Math.abs(after.start - before.start) > 1;
  }

  /** Asks for the window from `start` to `end` (ISO dates, either may be null: that edge stays). Applied by `apply()`. */
  ask(edge: 'start' | 'end', iso: string | null): void {
    this.asked ??= { start: null, end: null };
    this.asked[edge] = iso;
    this.host.requestUpdate();
  }

  /** Applies what `ask` asked for; returns false when the dates do not make a window. Call in willUpdate. */
  apply(): boolean {
    if (!this.asked) return true;
    const a = parseCalendarDate(this.asked.start);
    const b = parseCalendarDate(this.asked.end);
    this.asked = null;
    if (!a && !b) return true;
    const start = a?.start ?? this.current.start;
    const end = b?.end ?? this.current.end;
    if (end <= start) return false;
    this.window = clampView({ start, end }, this.extent());
    return true;
  }

  /**
   * A gesture is moving the view. If it never settles (a cancelled touch), the view counts as still
   * after a second, and the labels are laned again.
   */
  move(): void {
    this.moving = true;
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => ((this.moving = false), this.host.requestUpdate()), 1000);
  }

  /** Reports the window (event, and the host's announcement) once the update that shows it has rendered. */
  settle(): void {
    [this.settling, this.quiet] = [true, false];
    this.moving = false;
    clearTimeout(this.restTimer);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.restTimer);
    cancelAnimationFrame(this.glideFrame);
    this.moving = false;
  }

  hostUpdated(): void {
    if (!this.settling) return;
    this.settling = false;
    emit(this.host, 'vr-view-change', { start: this.iso('start'), end: this.iso('end') });
  }
}
