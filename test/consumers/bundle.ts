// The one-file bundle, imported from npm: it registers the element and is typed like the main entry.
import { normalize, VrTimeline } from 'vr-timeline/bundle';

const el: VrTimeline = document.createElement('vr-timeline');
el.milestones = normalize([{ id: 'a', date: '1923-06-30', title: 'Arrival in Petrograd' }]).milestones;
// @ts-expect-error theme is 'light', 'dark' or 'auto'
el.theme = 'sepia';
