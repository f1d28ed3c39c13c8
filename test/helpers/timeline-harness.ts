import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VrTimeline } from '../../src/components/vr-timeline.js';

/** The one place that knows the shadow DOM of <vr-timeline>: tests talk to this, not to selectors. */
export class TimelineHarness {
  constructor(readonly el: VrTimeline) {}

  private get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits until the element has drawn its milestones (data loaded and size known). */
  async ready(count = 1): Promise<this> {
    await waitUntil(() => this.markers().length >= count, 'the timeline drew no milestones', { timeout: 5000 });
    await this.el.updateComplete;
    return this;
  }

  markers(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.marker')];
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
