import { executeServerCommand } from '@web/test-runner-commands';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { Milestone } from '../../src/model/milestone.js';

export interface ServerRender {
  milestones?: Milestone[];
  lang?: string;
  orientation?: string;
}

/**
 * What a server sends for <vr-timeline> (@lit-labs/ssr in Node, from the sources: the `vr-ssr-render` command
 * of scripts/ssr.mjs), parsed with its declarative shadow root into a detached box of this width.
 */
export async function serverPage(render: ServerRender, width: number, pageLang = 'en'): Promise<{ box: HTMLDivElement; el: VrTimeline }> {
  const markup = await executeServerCommand<string, ServerRender>('vr-ssr-render', render);
  const box = document.createElement('div');
  box.lang = pageLang;
  box.style.width = `${width}px`;
  box.setHTMLUnsafe(markup);
  return { box, el: box.querySelector('vr-timeline')! };
}
