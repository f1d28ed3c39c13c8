import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the size of one element inside the host (the track) and asks the host to update when it
 * changes. The ResizeObserver is made in hostConnected, never in a constructor, so the element can be
 * server-rendered.
 */
export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      if (Math.round(box.width) !== this.width || Math.round(box.height) !== this.height) {
        this.width = Math.round(box.width);
        this.height = Math.round(box.height);
        this.host.requestUpdate();
      }
    });
    void this.host.updateComplete.then(() => this.observe());
  }

  /** Starts observing the target; call again when it is re-created. */
  observe(): void {
    const el = this.target();
    if (el && this.observer) this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
