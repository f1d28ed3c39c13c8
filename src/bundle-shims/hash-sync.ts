// The one-file bundle's HashSync: dist/vr-timeline.hash.js, built on its own from
// src/components/controllers/hash-sync.ts (vite build --mode hash) and fetched only for an element with `hash-sync`.
import type { HashSync } from '../components/controllers/hash-sync.js';
import { beside } from './beside.js';

let loaded: typeof HashSync | undefined;

export const hashSync = (): typeof HashSync | undefined => loaded;

export const loadHashSync = (): Promise<typeof HashSync> =>
  (import(/* @vite-ignore */ beside('vr-timeline.hash.js')) as Promise<typeof import('../components/controllers/hash-sync.js')>).then((m) => (loaded = m.HashSync));
