import { adoptStyles, isServer, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, type RenderOptions } from 'lit';

/**
 * Server rendering (@lit-labs/ssr) and hydration (@lit-labs/ssr-client). The server knows no width, so it
 * renders the "snapshot": the vertical layout with every card, each carrying its milestone's text and
 * sources. Lit hydrates a server render only when the client's first render is the same template with
 * the same values, so over a server-rendered shadow root the client's first render is that snapshot too,
 * in the server's language; the next render is the client's own layout (the same card nodes when it is
 * vertical as well).
 *
 * Without `milestones` the server renders a shell: a slot, so the page's fallback `<ol>` shows without
 * JavaScript (a server render is synchronous: it cannot fetch `src` or the built-in dataset).
 */
/** Whether this build can hydrate a server render (the one-file bundle's stand-in says no, and its checks fold away). */
export const HYDRATES = true;

export class Hydration implements ReactiveController {
  /** True on the server, and on the client while it renders over the server's DOM. */
  snapshot = isServer;
  /** The server rendered the shell (it was given no milestones). */
  shell = false;
  /** The language the server rendered in, kept by the hydrating render. */
  lang: string | null = null;
  /** The milestone ids the server rendered cards for, in order. */
  private keys: string[] = [];
  /** The client found a server render at connect: one more render follows the hydrating one. */
  private hydrating = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; readonly renderOptions: RenderOptions }) {
    host.addController(this);
  }

  hostConnected(): void {
    // Content in the shadow root before the first render: the server's (a declarative shadow root).
    const root = this.host.shadowRoot;
    const top = root?.querySelector('.root');
    if (this.host.hasUpdated || !root || (!top && !root.querySelector('slot'))) return;
    // Without Lit's hydrate support, LitElement renders a second copy before the server's first node (its
    // renderBefore); with it, that is left unset and the first render hydrates instead.
    if (this.host.renderOptions.renderBefore) {
      console.warn('<vr-timeline>: server-rendered, but @lit-labs/ssr-client/lit-element-hydrate-support.js was not imported first: it renders afresh.');
      root.replaceChildren();
      this.host.renderOptions.renderBefore = null;
      return;
    }
    [this.snapshot, this.hydrating, this.shell, this.lang] = [true, true, !top, top?.getAttribute('lang') ?? null];
    this.keys = [...root.querySelectorAll<HTMLElement>('button.card')].map((button) => button.dataset.key ?? '');
  }

  /**
   * Call in willUpdate with the ids of the milestones shown (read only while hydrating: every update of a
   * zoom calls this) and whether `milestones` was given. On the
   * server, no milestones given makes the shell. On the client's hydrating render, milestones that are not
   * the ones the server rendered (the page gave the client other data, or none yet) cannot hydrate the
   * server's DOM: it is removed and the element renders afresh.
   */
  check(idsOf: () => readonly string[], given: boolean): void {
    if (isServer) this.shell = !given;
    if (isServer || !this.snapshot || this.shell) return;
    const ids = idsOf();
    if (ids.length === this.keys.length && ids.every((id, i) => id === this.keys[i])) return;
    console.warn('<vr-timeline>: not the milestones the server rendered (set the same ones before it upgrades): it renders afresh.');
    const root = this.host.shadowRoot!;
    root.replaceChildren();
    // The server's <style> went with its DOM, and Lit's hydrate support adopts no styles over a server render.
    adoptStyles(root, (this.host.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles); // a LitElement's class; `constructor` is typed Function
    [this.snapshot, this.lang] = [false, null];
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    [this.hydrating, this.snapshot, this.lang] = [false, false, null];
    // After this update, not inside it (Lit warns about an update asked for from inside one).
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}
