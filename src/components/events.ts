import type { DataProblem, Milestone } from '../model/milestone.js';

/** Detail of `vr-select`: the milestone a reader selected, or null when the detail closed. */
export interface VrSelectDetail {
  milestone: Milestone | null;
}

/** Detail of `vr-view-change`: the visible window as ISO dates, after a zoom or pan settles. */
export interface VrViewChangeDetail {
  start: string;
  end: string;
}

/** Where data that failed came from. */
export type DataSource = 'property' | 'src' | 'inline' | 'list' | 'built-in';

/** Detail of `vr-data-error`: the milestones that were left out, and why. */
export interface VrDataErrorDetail {
  problems: DataProblem[];
  source: DataSource;
}

export type VrSelectEvent = CustomEvent<VrSelectDetail>;
export type VrViewChangeEvent = CustomEvent<VrViewChangeDetail>;
export type VrDataErrorEvent = CustomEvent<VrDataErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'vr-select': VrSelectEvent;
    'vr-view-change': VrViewChangeEvent;
    'vr-data-error': VrDataErrorEvent;
  }
}

/** emit(target, name, detail) dispatches a bubbling, composed CustomEvent, so pages outside the shadow root hear it. */
export function emit<K extends 'vr-select' | 'vr-view-change' | 'vr-data-error'>(target: EventTarget, name: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
