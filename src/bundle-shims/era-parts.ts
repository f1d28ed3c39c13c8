// The one-file bundle's eras code: dist/vr-timeline.eras.js, built on its own from src/components/templates/eras.ts
// (vite build --mode eras) and fetched from beside the bundle only when the data has eras (the built-in data
// has). The file name is built from this module's own URL (beside.ts).
import type { EraParts } from '../components/era-parts.js';
import { beside } from './beside.js';

let loaded: EraParts | undefined;

export const eraParts = (): EraParts | undefined => loaded;

export const loadEraParts = (): Promise<EraParts> => (import(/* @vite-ignore */ beside('vr-timeline.eras.js')) as Promise<EraParts>).then((m) => (loaded = m));
