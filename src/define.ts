import { VrTimeline } from './components/vr-timeline.js';

/**
 * Registers `<vr-timeline>`. Safe to load twice (say, a CDN copy and an npm copy on one news page):
 * the second registration is skipped with a console note instead of throwing.
 */
if (!customElements.get('vr-timeline')) {
  customElements.define('vr-timeline', VrTimeline);
} else if (customElements.get('vr-timeline') !== VrTimeline) {
  console.info('<vr-timeline> was already defined by another copy of vr-timeline; this copy is not used.');
}

export { VrTimeline };
