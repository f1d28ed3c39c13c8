// React with the wrapper: import { VrTimelineReact } from 'vr-timeline/react' (it registers the element too).
import { useRef, useState } from 'react';
import type { Milestone, VrTimeline, VrViewChangeEvent } from 'vr-timeline';
import { VrTimelineReact } from 'vr-timeline/react';

const milestones: Milestone[] = [
  { id: 'relations', date: '1950-01-30', title: { en: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao' } },
  { id: 'soyuz-37', date: '1980-07-23', endDate: '1980-07-31', title: 'Soyuz 37', category: 'science' },
];

export function Timeline() {
  const [selected, setSelected] = useState<Milestone | null>(null);
  const timeline = useRef<VrTimeline>(null);
  return (
    <>
      <VrTimelineReact
        ref={timeline}
        milestones={milestones}
        lang="vi"
        orientation="vertical"
        selected={selected?.id ?? null}
        onVrSelect={(event) => setSelected(event.detail.milestone)}
        onVrViewChange={(event) => console.log(event.detail.start, event.detail.end)}
        onVrDataError={(event) => console.warn(event.detail.problems)}
      />
      <button onClick={() => timeline.current?.select('soyuz-37')}>Soyuz 37</button>
    </>
  );
}

// @ts-expect-error orientation is 'auto', 'horizontal' or 'vertical'
export const wrongOrientation = <VrTimelineReact orientation="diagonal" />;
// @ts-expect-error milestones is Milestone[], not a string
export const wrongMilestones = <VrTimelineReact milestones="relations" />;
// @ts-expect-error onVrSelect receives a VrSelectEvent, not a VrViewChangeEvent
export const wrongHandler = <VrTimelineReact onVrSelect={(event: VrViewChangeEvent) => event.detail.start} />;
// @ts-expect-error the detail of vr-select holds a milestone, not an id
export const wrongDetail = <VrTimelineReact onVrSelect={(event) => event.detail.id} />;

// viewStart and viewEnd take an ISO date, or null for the whole timeline, as the element's setters do.
export const window1950s = <VrTimelineReact viewStart="1950-01-01" viewEnd={null} />;
