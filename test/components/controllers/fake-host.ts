import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A stand-in for the element, for a controller on its own: a detached element that counts the updates asked for. */
export type FakeHost<T> = HTMLElement & ReactiveControllerHost & T & { updates: number; controllers: ReactiveController[] };

/** fakeHost({ selected: null }) → a detached <div> with the host methods a controller calls, and `extra`'s fields. */
export function fakeHost<T extends object>(extra: T = {} as T): FakeHost<T> {
  const controllers: ReactiveController[] = [];
  const host = Object.assign(document.createElement('div'), extra, {
    updates: 0,
    controllers,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
  return host;
}
