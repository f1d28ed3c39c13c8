/** @jsxImportSource preact */
// Preact with <vr-timeline> written directly: 'vr-timeline/jsx-preact' registers the element and types it.
// (Preact sets a prop as a property when the element has one, so milestones={...} passes the array.)
import { useRef } from 'preact/hooks';
import type { Milestone, VrTimeline, VrViewChangeEvent } from 'vr-timeline';
import 'vr-timeline/jsx-preact';

export function Timeline({ milestones }: { milestones: Milestone[] }) {
  const timeline = useRef<VrTimeline>(null);
  return (
    <vr-timeline
      ref={timeline}
      milestones={milestones}
      lang="ru"
      selected="relations"
      orientation="vertical"
      class="timeline"
      onvr-select={(event) => console.log(event.detail.milestone?.id)}
      onvr-view-change={(event) => console.log(event.detail.start)}
    />
  );
}

// @ts-expect-error orientation is 'auto', 'horizontal' or 'vertical'
export const wrongOrientation = <vr-timeline orientation="diagonal" />;
// @ts-expect-error milestones is Milestone[], not a string
export const wrongMilestones = <vr-timeline milestones="relations" />;
// @ts-expect-error onvr-select receives a VrSelectEvent, not a VrViewChangeEvent
export const wrongHandler = <vr-timeline onvr-select={(event: VrViewChangeEvent) => event.detail.start} />;
