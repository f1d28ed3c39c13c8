import type { ReactiveController, ReactiveControllerHost, RenderOptions } from 'lit';

/**
 * The one-file bundle's Hydration (src/components/controllers/hydration.ts). The bundle carries its own lit, before
 * which no page can load Lit's hydrate support, so a server render under the bundle is never hydrated: it is
 * removed, the console says why, and the element renders afresh (the source's behaviour without the hydrate
 * support). HYDRATES is false here, so the element's checks of a hydrating client (snapshot, shell, lang, check())
 * fold away when the bundle is minified, and this class has none of them.
 */
export const HYDRATES = false;

export class Hydration implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; readonly renderOptions: RenderOptions }) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (this.host.hasUpdated || !root?.querySelector('.root, slot')) return;
    console.warn('<vr-timeline>: server-rendered, but @lit-labs/ssr-client/lit-element-hydrate-support.js was not imported first: it renders afresh.');
    root.replaceChildren();
    this.host.renderOptions.renderBefore = null;
  }
}
