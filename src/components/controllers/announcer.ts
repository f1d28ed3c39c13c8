import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the element's one polite live region. Announce what a reader would not otherwise hear (a
 * detail opened, the view settled); never what focus already says (a step with the arrow keys).
 */
export class Announcer implements ReactiveController {
  text = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.text = '';
  }
}
