import type { BuiltInDataLoader } from '../components/vr-timeline.js';

/** The npm build's loader: the whole trilingual dataset and its eras, as a lazy chunk the page's bundler emits. */
export const loadVietnamRussiaMilestones: BuiltInDataLoader = () => import('./index.js').then((m) => ({ milestones: m.vietnamRussiaMilestones, eras: m.vietnamRussiaEras }));
