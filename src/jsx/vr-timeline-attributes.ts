import type { VrDataErrorEvent, VrSelectEvent, VrViewChangeEvent } from '../components/events.js';
import type { VrTimeline } from '../components/vr-timeline.js';

/**
 * What `<vr-timeline>` accepts when written directly in JSX (React 19, Preact), framework-neutral.
 * React 19 and Preact set a prop as a property when the element has one (so `milestones={data}` passes the
 * array, once 'vr-timeline/define' has run) and as an attribute otherwise; a prop `onvr-select` listens for
 * the `vr-select` event. The types come from the element, so they cannot drift from it.
 */
export interface VrTimelineAttributes {
  /** The milestones to show (a property; the element must be defined before the first render). */
  milestones?: VrTimeline['milestones'];
  /** Named periods drawn behind the milestones (a property). */
  eras?: VrTimeline['eras'];
  /** URL of milestones as JSON or CSV. */
  src?: VrTimeline['src'] | undefined;
  /** The id of the selected milestone. */
  selected?: VrTimeline['selected'] | undefined;
  /** 'light' or 'dark' force a theme; 'auto' follows the reader's preference. */
  theme?: VrTimeline['theme'];
  /** 'auto' (vertical below 600 px, or where the key titles do not fit), 'horizontal' or 'vertical'. */
  orientation?: VrTimeline['orientation'] | undefined;
  /** Accessible name of the timeline region. */
  label?: VrTimeline['label'] | undefined;
  /** Space-separated categories to show. */
  categories?: VrTimeline['categories'] | undefined;
  /** Start of the visible window (ISO date), as a property. */
  viewStart?: string | null | undefined;
  /** End of the visible window (ISO date), as a property. */
  viewEnd?: string | null | undefined;
  /** Start of the visible window (ISO date), as an attribute. */
  'view-start'?: string | undefined;
  /** End of the visible window (ISO date), as an attribute. */
  'view-end'?: string | undefined;
  /** Opt-in: the selection follows `location.hash` (`#vr-<id>`), as a property. */
  hashSync?: boolean | undefined;
  /** Opt-in: the selection follows `location.hash` (`#vr-<id>`), as an attribute. */
  'hash-sync'?: boolean | undefined;
  /** 'timeline' (default) or 'table'. */
  mode?: VrTimeline['mode'] | undefined;
  /** Search text: only the milestones that contain it are shown. */
  query?: VrTimeline['query'] | undefined;
  /** Article-driven: paragraphs marked `data-vr-milestone` select their milestone as the reader scrolls. */
  follow?: boolean | undefined;
  /** Listens for `vr-select`: a reader selected a milestone (`e.detail.milestone`) or closed its detail (null). */
  'onvr-select'?: ((event: VrSelectEvent) => void) | undefined;
  /** Listens for `vr-view-change`: the visible window after a zoom or pan settled (`e.detail.start`, `.end`). */
  'onvr-view-change'?: ((event: VrViewChangeEvent) => void) | undefined;
  /** Listens for `vr-data-error`: milestones left out, or data that did not load (`e.detail.problems`). */
  'onvr-data-error'?: ((event: VrDataErrorEvent) => void) | undefined;
}
