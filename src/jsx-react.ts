// 'vr-timeline/jsx-react': registers <vr-timeline> (its JavaScript is dist/define.js) and types it in React 19's JSX.
// `import 'vr-timeline/jsx-react'` does both; `import type {} from 'vr-timeline/jsx-react'` or tsconfig
// "types": ["vr-timeline/jsx-react"] only types it. It is an entry of its own because it augments the module
// 'react', which a user without React does not have.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VrTimeline } from './components/vr-timeline.js';
import type { VrTimelineAttributes } from './jsx/vr-timeline-attributes.js';

export { VrTimeline } from './define.js';

export type { VrTimelineAttributes };

/** The props of `<vr-timeline>` in React: React's own (key, ref to the element, className, children, aria-*) and the element's. */
export type VrTimelineJsxProps = Omit<DetailedHTMLProps<HTMLAttributes<VrTimeline>, VrTimeline>, keyof VrTimelineAttributes> & VrTimelineAttributes;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- JSX is a namespace in React's types; augmenting it is the only way.
  namespace JSX {
    interface IntrinsicElements {
      'vr-timeline': VrTimelineJsxProps;
    }
  }
}
