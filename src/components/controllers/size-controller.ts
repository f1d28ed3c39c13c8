import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the element's own width (never the window's: an embed in a 360 px column of a wide page is
 * narrow) and the track height it allows (`--vr-height`), through a hidden sentinel of that width and
 * height, and asks the host to update when either changes. The sentinel, unlike the host, does not
 * change size when the content grows, so re-rendering never feeds back into the observer (no
 * ResizeObserver loop). The observer is made in hostConnected, never in a constructor, so the element
 * can be server-rendered.
 */
export class SizeController implements ReactiveController {
  /** Width of the element's content box, in whole pixels. */
  width = 0;
  /** The most the track may be tall (`--vr-height`), in whole pixels. */
  height = 0;
  private observer: ResizeObserver | null = null;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sentinel: () => Element | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.measureNow();
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      const [width, height] = [Math.round(box.width), Math.round(box.height)];
      if (width === this.width && height === this.height) return;
      [this.width, this.height] = [width, height];
      this.host.requestUpdate();
    });
    this.observed = null;
    this.hostUpdated();
  }

  /**
   * Measures the element once, at connect time, so that the first render already draws the timeline
   * instead of an empty track that waits a frame for the observer. The track height is read
   * from `--vr-height` when it is given in px (300 px when unset); any other unit waits for the observer,
   * which also corrects this guess if the layout changes before the first frame.
   */
  private measureNow(): void {
    if (this.width > 0) return;
    const width = this.host.clientWidth;
    if (width <= 0) return;
    const style = getComputedStyle(this.host);
    const given = style.getPropertyValue('--vr-height').trim();
    const height = given === '' ? 300 : /^[\d.]+px$/.test(given) ? parseFloat(given) : 0;
    if (height <= 0) return;
    // clientWidth is the padding box; the sentinel, like the observer's contentRect, is the content box.
    [this.width, this.height] = [Math.round(width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)), Math.round(height)];
  }

  /** Observes the sentinel once it is rendered; runs after each render. */
  hostUpdated(): void {
    const el = this.sentinel();
    if (!this.observer || !el || el === this.observed) return;
    this.observed = el;
    this.observer.observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
