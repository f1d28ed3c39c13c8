// React 19 with <vr-timeline> written directly: 'vr-timeline/jsx-react' registers the element and types it.
// (React 19 sets a prop as a property when the element has one, so milestones={...} passes the array.)
import { useRef } from 'react';
import type { Milestone, VrTimeline, VrViewChangeEvent } from 'vr-timeline';
import 'vr-timeline/jsx-react';

export function Timeline({ milestones }: { milestones: Milestone[] }) {
  const timeline = useRef<VrTimeline>(null);
  return (
    <vr-timeline
      ref={timeline}
      milestones={milestones}
      lang="vi"
      selected="relations"
      orientation="horizontal"
      view-start="1950"
      view-end="1990"
      hash-sync
      className="timeline"
      onvr-select={(event) => console.log(event.detail.milestone?.id)}
      onvr-view-change={(event) => console.log(event.detail.start)}
      onvr-data-error={(event) => console.warn(event.detail.problems)}
    />
  );
}

// @ts-expect-error orientation is 'auto', 'horizontal' or 'vertical'
export const wrongOrientation = <vr-timeline orientation="diagonal" />;
// @ts-expect-error milestones is Milestone[], not a string
export const wrongMilestones = <vr-timeline milestones="relations" />;
// @ts-expect-error onvr-select receives a VrSelectEvent, not a VrViewChangeEvent
export const wrongHandler = <vr-timeline onvr-select={(event: VrViewChangeEvent) => event.detail.start} />;
// @ts-expect-error no such element
export const misspelt = <vr-timelime />;
