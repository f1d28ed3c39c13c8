// 'vr-timeline/react': <vr-timeline> as a React component, with typed props and event callbacks. Importing it
// registers the element (as 'vr-timeline/define' does), so this one import is all a React app needs.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { VrDataErrorEvent, VrSelectEvent, VrViewChangeEvent } from './components/events.js';
import { VrTimeline } from './components/vr-timeline.js';
import { loadVietnamRussiaMilestones } from './data/load.js';
import type { VrTimelineAttributes } from './jsx/vr-timeline-attributes.js';
import { registerVrTimeline } from './register.js';

export type { VrTimelineJsxProps } from './jsx-react.js';

/**
 * The wrapper's own props: the element's properties (set as properties) and its three events, typed as
 * `<vr-timeline>` in JSX types them (onVrSelect is that type's `onvr-select`), so the two cannot drift apart.
 */
export type VrTimelineReactOwnProps = Pick<
  VrTimelineAttributes,
  'milestones' | 'src' | 'selected' | 'theme' | 'orientation' | 'label' | 'categories' | 'viewStart' | 'viewEnd' | 'hashSync'
> & {
  onVrSelect?: VrTimelineAttributes['onvr-select'];
  onVrViewChange?: VrTimelineAttributes['onvr-view-change'];
  onVrDataError?: VrTimelineAttributes['onvr-data-error'];
};

/** The props of `<VrTimelineReact>`: React's own (className, style, aria-*, lang, children) and the wrapper's. */
export type VrTimelineReactProps = Omit<React.HTMLAttributes<VrTimeline>, keyof VrTimelineReactOwnProps> & VrTimelineReactOwnProps;

// What define.ts does, done here rather than by importing it: the build would otherwise move define.ts's
// registration into a shared chunk that package.json's "sideEffects" does not name, and a bundler could drop it.
VrTimeline.builtInData ??= loadVietnamRussiaMilestones;
registerVrTimeline();

// The type is written out rather than inferred from @lit/react's, so the published .d.ts needs only React's
// types: @lit/react is bundled into dist/react.js, and its peer dependency on @types/react would otherwise be
// installed for every user of the package, React or not. (It also lets viewStart and viewEnd take null, as
// their setters do; @lit/react types a prop by its getter.)
/**
 * `<VrTimelineReact milestones={data} lang="vi" onVrSelect={(e) => e.detail.milestone} />`: the element's
 * properties as props (set as properties, so `milestones` takes the array), and `onVrSelect`,
 * `onVrViewChange`, `onVrDataError` for its events. `ref` gives the element, for `select()` and `zoomTo()`.
 */
export const VrTimelineReact = createComponent({
  tagName: 'vr-timeline',
  elementClass: VrTimeline,
  react: React,
  events: {
    onVrSelect: 'vr-select' as EventName<VrSelectEvent>,
    onVrViewChange: 'vr-view-change' as EventName<VrViewChangeEvent>,
    onVrDataError: 'vr-data-error' as EventName<VrDataErrorEvent>,
  },
  displayName: 'VrTimelineReact',
}) as unknown as React.ForwardRefExoticComponent<VrTimelineReactProps & React.RefAttributes<VrTimeline>>; // our own type, not @lit/react's (see above)
