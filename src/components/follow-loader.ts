// Where the element gets FollowArticle (`follow`) from. In the npm build it comes with the element, at once; the
// one-file bundle's build replaces this module with src/bundle-shims/follow.ts, which loads
// dist/vr-timeline.follow.js from beside the bundle only for an element with `follow`.
import { FollowArticle } from './controllers/follow.js';

/** FollowArticle once loaded (here: always), else undefined. */
export const followPart = (): typeof FollowArticle | undefined => FollowArticle;

export const loadFollow = (): Promise<typeof FollowArticle> => Promise.resolve(FollowArticle);
