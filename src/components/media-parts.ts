// Where the element gets the media players' code from. In the npm build it comes with the element, at once; the
// one-file bundle's build replaces this module with src/bundle-shims/media-parts.ts, which loads
// dist/vr-timeline.media.js from beside the bundle when a detail with audio, video or a host's player first opens.
import * as parts from './templates/media.js';

export type MediaParts = typeof parts;

/** The media code once loaded (here: always), else undefined. */
export const mediaParts = (): MediaParts | undefined => parts;

export const loadMediaParts = (): Promise<MediaParts> => Promise.resolve(parts);
