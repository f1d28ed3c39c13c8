// 'vr-timeline/define': registers <vr-timeline>, with the built-in dataset as its lazy default data.
import { VrTimeline } from './components/vr-timeline.js';
import { loadVietnamRussiaMilestones } from './data/load.js';
import { registerVrTimeline } from './register.js';

VrTimeline.builtInData ??= loadVietnamRussiaMilestones;
registerVrTimeline();

export { VrTimeline };
