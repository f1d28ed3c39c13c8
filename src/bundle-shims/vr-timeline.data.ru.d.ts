// Types of dist/vr-timeline.data.ru.js (scripts/split-data.mjs), which src/bundle-shims/load-data.ts imports.
import type { Era, Milestone } from '../model/milestone.js';

declare const data: { milestones: Milestone[]; eras: Era[] };
export default data;
