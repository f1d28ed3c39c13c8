import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VrTimeline } from '../../src/components/vr-timeline.js';

/** The one place that knows the shadow DOM of <vr-timeline>: tests talk to this, not to selectors. */
export class TimelineHarness {
  constructor(readonly el: VrTimeline) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The shadow root, for the few checks that need layout boxes of inner elements. */
  shadow(): ShadowRoot {
    return this.root;
  }

  /** Waits until the element has drawn `count` milestones, those in clusters included (data loaded and size known). */
  async ready(count = 1): Promise<this> {
    await waitUntil(() => this.shownCount() >= count, 'the timeline drew no milestones', { timeout: 5000 });
    await this.el.updateComplete;
    return this;
  }

  markers(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.marker')];
  }

  /** How many milestones are drawn: one per milestone button, a cluster's count for a cluster. */
  shownCount(): number {
    return this.markers().reduce((n, b) => n + (b.part.contains('cluster') ? clusterSize(b) : 1), 0);
  }

  clusters(): HTMLButtonElement[] {
    return this.markers().filter((b) => b.part.contains('cluster'));
  }

  /** The cards of the vertical layout. */
  cards(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="card"]')];
  }

  /** The Previous / Next buttons of the open detail. */
  nav(which: 'previous' | 'next'): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>(`[part~="nav"].${which}`)!;
  }

  /** Every button in the element: milestones, controls, legend, detail. */
  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button')];
  }

  links(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a[href]')];
  }

  /** The text the reader sees (on paper too, under print media): what CSS hides is left out. */
  visibleText(): string {
    return this.root.querySelector<HTMLElement>('[role="region"]')?.innerText ?? '';
  }

  legendItems(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="legend-item"]')];
  }

  legendItem(name: string): HTMLButtonElement {
    const found = this.legendItems().find((b) => b.textContent.includes(name));
    if (!found) throw new Error(`no legend entry ${name}`);
    return found;
  }

  /** The accessible name of the timeline region. */
  regionName(): string {
    return this.root.querySelector('[role="region"]')!.getAttribute('aria-label') ?? '';
  }

  /** The element at a viewport point, looked up inside the shadow root. */
  hit(x: number, y: number): Element | null {
    return this.root.elementFromPoint(x, y);
  }

  /** Clicks the centre of an element with the real mouse. */
  async mouseClick(target: Element): Promise<void> {
    target.scrollIntoView({ block: 'nearest' });
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await this.el.updateComplete;
    await this.el.updateComplete;
  }

  /** Accessible names of the milestones, in list order. */
  names(): string[] {
    return this.markers().map((b) => b.getAttribute('aria-label') ?? '');
  }

  marker(name: string | RegExp): HTMLButtonElement {
    const found = this.markers().find((b) => (typeof name === 'string' ? b.getAttribute('aria-label')!.includes(name) : name.test(b.getAttribute('aria-label')!)));
    if (!found) throw new Error(`no milestone named ${String(name)}; have: ${this.names().join(' | ')}`);
    return found;
  }

  labels(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="label"]')];
  }

  labelBoxes(): DOMRect[] {
    return this.labels().map((l) => l.getBoundingClientRect());
  }

  ticks(): string[] {
    return [...this.root.querySelectorAll('[part~="tick"]')].map((t) => t.textContent.trim());
  }

  detail(): HTMLElement | null {
    return this.root.querySelector('[part~="detail"]');
  }

  error(): HTMLElement | null {
    return this.root.querySelector('[part~="error"]');
  }

  announcement(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  focused(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  track(): HTMLElement {
    return this.root.querySelector('.track')!;
  }

  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find(
      (b) => b.getAttribute('aria-label') === name || b.textContent.trim() === name,
    );
    if (!found) throw new Error(`no control ${name}`);
    return found;
  }

  async click(target: HTMLElement): Promise<void> {
    target.click();
    await this.el.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
    await this.el.updateComplete;
  }

  /** A real wheel turn over the middle of the track (through the browser's input pipeline), with modifier keys held. */
  async realWheel(delta: { deltaX?: number; deltaY?: number }, modifiers: ('Control' | 'Shift')[] = []): Promise<void> {
    const box = this.track().getBoundingClientRect();
    await executeServerCommand('vr-wheel', { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), ...delta, modifiers });
    await this.el.updateComplete;
  }

  /** Two fingers on the middle of the track moving from `from` to `to` px apart. */
  async pinch(from: number, to: number): Promise<void> {
    const box = this.track().getBoundingClientRect();
    await executeServerCommand('vr-pinch', { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2), from, to });
    await this.el.updateComplete;
  }

  /** Dispatches a wheel event on the track; returns whether the element took it (preventDefault). */
  wheel(init: WheelEventInit): boolean {
    const box = this.track().getBoundingClientRect();
    const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + 10, ...init });
    this.track().dispatchEvent(event);
    return event.defaultPrevented;
  }
}

type VrEventName = 'vr-select' | 'vr-view-change' | 'vr-data-error';

/** nextEvent(el, 'vr-select') → the next such event, typed by its detail. */
export function nextEvent<K extends VrEventName>(target: EventTarget, name: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** overlapping(boxes) → the pairs of boxes that overlap (indexes), for "labels never overlap". */
export function overlapping(boxes: DOMRect[]): [number, number][] {
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, k) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([i, i + 1 + k]);
    }),
  );
  return pairs;
}

/** clusterSize(button) → how many milestones a cluster holds, from its accessible name ('120 milestones, …'); its badge shows 99+ above 99. */
export function clusterSize(button: Element): number {
  // A titled cluster shows "+N" after its lead's title; a bare one its count, which its name begins with.
  const more = button.querySelector<HTMLElement>('.label')?.dataset.more;
  if (more) return Number(/\d+/.exec(more)?.[0] ?? NaN) + 1;
  return Number(/^(\d+)/.exec(button.getAttribute('aria-label') ?? '')?.[1] ?? NaN);
}
