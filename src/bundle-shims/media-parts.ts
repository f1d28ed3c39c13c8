// The one-file bundle's media players: dist/vr-timeline.media.js, built on its own from
// src/components/templates/media.ts (vite build --mode media) and fetched when a detail with audio, video or a
// host's page (YouTube, Vimeo, SoundCloud, Wikimedia Commons) first opens. Images need none of it.
import type { MediaParts } from '../components/media-parts.js';
import { beside } from './beside.js';

let loaded: MediaParts | undefined;

export const mediaParts = (): MediaParts | undefined => loaded;

export const loadMediaParts = (): Promise<MediaParts> => (import(/* @vite-ignore */ beside('vr-timeline.media.js')) as Promise<MediaParts>).then((m) => (loaded = m));
