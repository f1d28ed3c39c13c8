// The one-file bundle's FollowArticle: dist/vr-timeline.follow.js, built on its own from
// src/components/controllers/follow.ts (vite build --mode follow) and fetched only for an element with `follow`.
import type { FollowArticle } from '../components/controllers/follow.js';
import { beside } from './beside.js';

let loaded: typeof FollowArticle | undefined;

export const followPart = (): typeof FollowArticle | undefined => loaded;

export const loadFollow = (): Promise<typeof FollowArticle> =>
  (import(/* @vite-ignore */ beside('vr-timeline.follow.js')) as Promise<typeof import('../components/controllers/follow.js')>).then((m) => (loaded = m.FollowArticle));
