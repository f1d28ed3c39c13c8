// The 'vr-timeline/data' entry: the built-in, sourced dataset of Vietnam–Russia relations.
export { vietnamRussiaMilestones } from './vietnam-russia.js';
export { vietnamRussiaEras } from './eras.js';
