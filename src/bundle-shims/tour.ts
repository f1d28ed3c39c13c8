// The one-file bundle's Tour: dist/vr-timeline.play.js, built on its own from src/components/controllers/tour.ts
// (vite build --mode play) and fetched when a tour first starts (play(), or the Play control).
import type { Tour } from '../components/controllers/tour.js';
import { beside } from './beside.js';

let loaded: typeof Tour | undefined;

export const tourPart = (): typeof Tour | undefined => loaded;

export const loadTour = (): Promise<typeof Tour> =>
  (import(/* @vite-ignore */ beside('vr-timeline.play.js')) as Promise<typeof import('../components/controllers/tour.js')>).then((m) => (loaded = m.Tour));
