// Where the element gets HashSync (the opt-in `hash-sync`) from. In the npm build it comes with the element, at
// once; the one-file bundle's build replaces this module with src/bundle-shims/hash-sync.ts, which loads
// dist/vr-timeline.hash.js from beside the bundle only for an element with `hash-sync`.
import { HashSync } from './controllers/hash-sync.js';

/** HashSync once loaded (here: always), else undefined. */
export const hashSync = (): typeof HashSync | undefined => HashSync;

export const loadHashSync = (): Promise<typeof HashSync> => Promise.resolve(HashSync);
