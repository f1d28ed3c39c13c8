// A TypeScript user without a framework: the data model, the element's typed properties and events.
import { normalize, type DataProblem, type Milestone, type VrSelectEvent } from 'vr-timeline';
import { vietnamRussiaMilestones } from 'vr-timeline/data';
import 'vr-timeline/define';

const { milestones, problems } = normalize([{ id: 'relations', date: '1950-01-30', title: { en: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao' } }]);
problems.forEach((problem: DataProblem) => console.warn(problem.index, problem.field, problem.message));

const el = document.createElement('vr-timeline');
el.milestones = [...milestones, ...vietnamRussiaMilestones];
el.lang = 'vi';
el.orientation = 'vertical';
el.selected = 'relations';
el.addEventListener('vr-select', (event: VrSelectEvent) => {
  const picked: Milestone | null = event.detail.milestone;
  console.log(picked?.id);
});
el.addEventListener('vr-view-change', (event) => console.log(event.detail.start, event.detail.end));
el.addEventListener('vr-data-error', (event) => console.warn(event.detail.source, event.detail.problems.length));
el.select('relations');
el.zoomTo('1950', '1960');
document.body.append(el);

// @ts-expect-error orientation is 'auto', 'horizontal' or 'vertical'
el.orientation = 'diagonal';
// @ts-expect-error milestones is Milestone[], not a string
el.milestones = 'relations';
// @ts-expect-error a milestone needs a title
const untitled: Milestone = { id: 'x', date: '1950' };
// @ts-expect-error vr-view-change's detail has start and end, not a milestone
el.addEventListener('vr-view-change', (event) => event.detail.milestone);
// @ts-expect-error select() takes an id
el.select(42);

export { untitled };
