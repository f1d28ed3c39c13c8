import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the element's own width (never the window's: an embed in a 360 px column of a wide page is
 * narrow) through a zero-height sentinel that spans it, and the height of the track, and asks the host to
 * update when either changes. The sentinel, unlike the host, does not change size when the content grows,
 * so re-rendering never feeds back into the observer (no ResizeObserver loop). The ResizeObserver is made
 * in hostConnected, never in a constructor, so the element can be server-rendered.
 */
export class SizeController implements ReactiveController {
  /** Width of the element's content box, in whole pixels. */
  width = 0;
  /** Height of the track, in whole pixels (0 while it is not rendered). */
  height = 0;
  private observer: ResizeObserver | null = null;
  private observed: [Element | null, Element | null] = [null, null];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The sentinel whose width is the element's, and the element whose height is the track's. */
    private readonly targets: () => [Element | null, Element | null],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = entry.target === this.observed[0] ? 'width' : 'height';
        const size = Math.round(key === 'width' ? entry.contentRect.width : entry.contentRect.height);
        if (this[key] !== size) {
          this[key] = size;
          changed = true;
        }
      }
      if (changed) this.host.requestUpdate();
    });
    this.observed = [null, null];
    this.hostUpdated();
  }

  /** Observes the targets once they exist or were re-created; runs after each render. */
  hostUpdated(): void {
    if (!this.observer) return;
    const now = this.targets();
    now.forEach((el, i) => {
      if (el === this.observed[i]) return;
      if (this.observed[i]) this.observer!.unobserve(this.observed[i]);
      this.observed[i] = el;
      if (el) this.observer!.observe(el);
      else if (i === 1) this.height = 0;
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
