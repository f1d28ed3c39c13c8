// 'vr-timeline/react': <vr-timeline> as a React component, with typed props and event callbacks. Importing it
// registers the element (as 'vr-timeline/define' does), so this one import is all a React app needs.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { VrDataErrorEvent, VrSelectEvent, VrViewChangeEvent } from './components/events.js';
import { VrTimeline } from './components/vr-timeline.js';
import { loadVietnamRussiaMilestones } from './data/load.js';
import { registerVrTimeline } from './register.js';

export type { VrTimelineJsxProps } from './jsx-react.js';

// What define.ts does, done here rather than by importing it: the build would otherwise move define.ts's
// registration into a shared chunk that package.json's "sideEffects" does not name, and a bundler could drop it.
VrTimeline.builtInData ??= loadVietnamRussiaMilestones;
registerVrTimeline();

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
});
