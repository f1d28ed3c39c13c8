import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed (or previewed as print): `beforeprint` / `afterprint` and the `print`
 * media query. While it is, the element renders every milestone as a dated list with its text and sources
 * (a long list is not windowed then), and the print stylesheet hides the controls.
 */
export class PrintMode implements ReactiveController {
  active = false;
  private media: MediaQueryList | null = null;
  /** The key of the milestone button that had focus when printing began: it gets focus back after. */
  private focusedKey: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = matchMedia('print');
    this.media.addEventListener('change', this.follow);
    addEventListener('beforeprint', this.start);
    addEventListener('afterprint', this.follow);
    this.active = this.media.matches;
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.follow);
    removeEventListener('beforeprint', this.start);
    removeEventListener('afterprint', this.follow);
  }

  private readonly start = (): void => this.set(true);
  private readonly follow = (): void => this.set(!!this.media?.matches);

  /** The update runs in a microtask, so after `beforeprint` it is done before the page is laid out for paper. */
  private set(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (active) this.focusedKey = (this.host.shadowRoot?.activeElement as HTMLElement | null)?.dataset.key ?? null;
    this.tries = active ? 0 : 5;
    this.host.requestUpdate();
  }

  /** Updates left in which to give focus back after printing (the track may wait for its width). */
  private tries = 0;

  /** After printing, the reader's place comes back: the focused milestone's button, once it is drawn again. */
  hostUpdated(): void {
    if (this.active || this.focusedKey === null || this.tries <= 0) return;
    this.tries--;
    const button = this.host.shadowRoot?.querySelector<HTMLElement>(`button[data-key="${CSS.escape(this.focusedKey)}"]`);
    if (!button) return;
    this.focusedKey = null;
    // Unless the reader has since put focus somewhere else on the page.
    const now = document.activeElement;
    if (!now || now === document.body || now === this.host) button.focus();
  }
}
