import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Milestone } from '../../model/milestone.js';

/** The element as following the article sees it. */
export interface FollowHost extends ReactiveControllerHost, HTMLElement {
  follow: boolean;
  selected: string | null;
}

/** Marks a paragraph of the page as telling one milestone: `<p data-vr-milestone="<id>">`. */
const MARK = '[data-vr-milestone]';

/**
 * `follow`: the paragraphs of the page marked `data-vr-milestone="<id>"` select their milestone as they cross
 * the middle of the viewport. An IntersectionObserver whose root is the viewport shrunk to the line across its
 * middle says when one does: no scroll listener, no layout read while the page scrolls, nothing done to the
 * scroll. Marked elements added later (an infinite article page) are observed too. Each crossing of a new
 * paragraph selects once, as a reader's selection does (`vr-select`, the view brought round it); between
 * crossings nothing happens, so a reader's own click or key holds until the next paragraph. Without `follow`,
 * nothing. The one-file bundle loads this only for an element with `follow` (dist/vr-timeline.follow.js).
 */
export class FollowArticle implements ReactiveController {
  private io: IntersectionObserver | null = null;
  private mo: MutationObserver | null = null;
  /** The paragraph that crossed last, so a paragraph selects once however long the reader stays on it. */
  private current: string | null = null;

  constructor(
    private readonly host: FollowHost,
    /** The milestone with this id in the element's data (shown or not), or undefined. */
    private readonly find: (id: string) => Milestone | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const io = (this.io = new IntersectionObserver(this.crossed, { rootMargin: '-50% 0px -50% 0px' }));
    const watch = (node: Node): void => {
      if (!(node instanceof Element)) return;
      if (node.matches(MARK)) io.observe(node);
      for (const marked of node.querySelectorAll(MARK)) io.observe(marked);
    };
    watch(document.documentElement);
    this.mo = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(watch)));
    this.mo.observe(document.documentElement, { childList: true, subtree: true });
  }

  hostDisconnected(): void {
    this.io?.disconnect();
    this.mo?.disconnect();
    this.current = null;
  }

  private readonly crossed = (entries: IntersectionObserverEntry[]): void => {
    if (!this.host.follow) return;
    // The paragraph now on the middle line (the last one to reach it, if the page jumped past several).
    const id = entries
      .filter((e) => e.isIntersecting)
      .at(-1)
      ?.target.getAttribute('data-vr-milestone');
    if (!id || id === this.current) return;
    this.current = id;
    const milestone = this.find(id);
    if (!milestone) return console.warn('<vr-timeline>: follow: no milestone has the id', id);
    if (this.host.selected === id) return;
    this.host.selected = id;
    this.host.dispatchEvent(new CustomEvent('vr-select', { detail: { milestone }, bubbles: true, composed: true }));
  };
}
