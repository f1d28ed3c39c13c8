import { VrTimeline } from './components/vr-timeline.js';

/**
 * registerVrTimeline() defines <vr-timeline> once. Safe to run twice (say, a CDN copy and an npm copy on
 * one news page): a second copy is skipped with a console note instead of throwing.
 */
export function registerVrTimeline(): void {
  const existing = customElements.get('vr-timeline');
  if (!existing) customElements.define('vr-timeline', VrTimeline);
  else if (existing !== VrTimeline) console.info('<vr-timeline> was already defined by another copy of vr-timeline; this copy is not used.');
}
