// Where the element gets Tour (`play()`) from. In the npm build it comes with the element, at once; the one-file
// bundle's build replaces this module with src/bundle-shims/tour.ts, which loads dist/vr-timeline.play.js from
// beside the bundle when a tour first starts.
import { Tour } from './controllers/tour.js';

/** Tour once loaded (here: always), else undefined. */
export const tourPart = (): typeof Tour | undefined => Tour;

export const loadTour = (): Promise<typeof Tour> => Promise.resolve(Tour);
