import type { ReactiveController, ReactiveControllerHost } from 'lit';

const HASH = /^#vr-([a-z0-9-]+)$/;

/**
 * Selection ↔ `location.hash` as `#vr-<id>`, when the host opts in. Reads the hash on connect and on
 * every `hashchange`; writes with history.replaceState, so selecting adds no history entries and never
 * scrolls the page.
 */
export class HashSync implements ReactiveController {
  /** The id the hash asks for, until the host takes it. */
  private wanted: string | null = null;
  /** The selection last written (null before any). */
  private written: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  private read = (): void => {
    this.wanted = HASH.exec(location.hash)?.[1] ?? null;
    if (this.wanted !== null) this.host.requestUpdate();
  };

  /** The id the hash asks for, once, when hash-sync is on and `has(id)`; else null. */
  take(has: (id: string) => boolean): string | null {
    const id = this.wanted;
    if (id === null || !this.enabled() || !has(id)) return null;
    this.wanted = null;
    return id;
  }

  /** Writes the selection into the hash, or removes the hash it wrote when the selection closes. */
  write(id: string | null): void {
    if (!this.enabled() || id === this.written) return;
    // Before anything is selected (the data may still be loading) a hash the page arrived with stays.
    if (id !== null && location.hash !== `#vr-${id}`) history.replaceState(history.state, '', `#vr-${id}`);
    else if (id === null && HASH.test(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    this.written = id;
  }
}
