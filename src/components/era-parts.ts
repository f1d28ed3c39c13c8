// Where the element gets the eras' code from. In the npm build it comes with the element, at once (a server
// render draws the eras too); the one-file bundle's build replaces this module with
// src/bundle-shims/era-parts.ts, which loads dist/vr-timeline.eras.js from beside the bundle when data has eras.
import * as parts from './templates/eras.js';

export type EraParts = typeof parts;

/** The eras' code once loaded (here: always), else undefined. */
export const eraParts = (): EraParts | undefined => parts;

export const loadEraParts = (): Promise<EraParts> => Promise.resolve(parts);
