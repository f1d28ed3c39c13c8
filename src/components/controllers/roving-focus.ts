import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop among the milestones (roving tabindex), and focus that must move after a render: to a
 * milestone that was just drawn, or to a button of the detail that was just re-created. Knows keys and
 * selectors, not dates.
 */
export class RovingFocus implements ReactiveController {
  /** Key of the milestone button that holds the tab stop. */
  tabKey: string | null = null;
  /** Selectors to try, in order, once the host has rendered; the first that matches an enabled element gets focus. */
  private pending: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  /** Keeps the tab stop where it was if that milestone is still drawn, else on `preferred`, else on the first. */
  pick(keys: ReadonlySet<string>, first: string | null, preferred: string | null): void {
    if (this.tabKey !== null && keys.has(this.tabKey)) return;
    this.tabKey = preferred !== null && keys.has(preferred) ? preferred : first;
  }

  /** Focuses the milestone button with this key once it is rendered, and gives it the tab stop. */
  focusKey(key: string): void {
    this.tabKey = key;
    this.focusLater(`button.marker[data-key="${CSS.escape(key)}"]`);
  }

  /** Focuses the first of these selectors that matches an enabled element after the next render. */
  focusLater(...selectors: string[]): void {
    this.pending = selectors;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.pending.length) return;
    const selectors = this.pending;
    this.pending = [];
    for (const selector of selectors) {
      const target = this.root().querySelector<HTMLButtonElement>(selector);
      if (target && !target.disabled) {
        target.focus();
        return;
      }
    }
  }
}
