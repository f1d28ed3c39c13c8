import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the width of the host element itself (never the window: an embed in a 360 px column of a wide
 * page is narrow) and the height of one element inside it (the track), and asks the host to update when
 * either changes. The ResizeObserver is made in hostConnected, never in a constructor, so the element can be
 * server-rendered.
 */
export class SizeController implements ReactiveController {
  /** Content width of the host, in whole pixels. */
  width = 0;
  /** Content height of the inner target, in whole pixels (0 while it is not rendered). */
  height = 0;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inner: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const size = Math.round(entry.target === this.host ? entry.contentRect.width : entry.contentRect.height);
        const key = entry.target === this.host ? 'width' : 'height';
        if (this[key] !== size) {
          this[key] = size;
          changed = true;
        }
      }
      if (changed) this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  /** Observes the inner target once it exists or was re-created; call after each render. */
  hostUpdated(): void {
    const el = this.inner() ?? null;
    if (el === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = el;
    if (el) this.observer.observe(el);
    else this.height = 0;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
  }
}
