// Types of dist/vr-timeline.data.vi.js (scripts/split-data.mjs), which src/bundle-shims/load-data.ts imports.
import type { Milestone } from '../model/milestone.js';

declare const milestones: Milestone[];
export default milestones;
