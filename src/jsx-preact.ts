// 'vr-timeline/jsx-preact': registers <vr-timeline> (its JavaScript is dist/define.js) and types it in Preact's JSX.
// `import 'vr-timeline/jsx-preact'` does both; `import type {} from 'vr-timeline/jsx-preact'` or tsconfig
// "types": ["vr-timeline/jsx-preact"] only types it. It is an entry of its own because it augments the module
// 'preact', which a user without Preact does not have.
import type { HTMLAttributes } from 'preact';
import type { VrTimeline } from './components/vr-timeline.js';
import type { VrTimelineAttributes } from './jsx/vr-timeline-attributes.js';

export { VrTimeline } from './define.js';

export type { VrTimelineAttributes };

/** The props of `<vr-timeline>` in Preact: Preact's own (key, ref to the element, class, children, aria-*) and the element's. */
export type VrTimelinePreactProps = Omit<HTMLAttributes<VrTimeline>, keyof VrTimelineAttributes> & VrTimelineAttributes;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX is a namespace in Preact's types; augmenting it is the only way.
  namespace JSX {
    interface IntrinsicElements {
      'vr-timeline': VrTimelinePreactProps;
    }
  }
}
